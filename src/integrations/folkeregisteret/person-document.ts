/**
 * Reads one Folkeregisteret person document (the JSON form of PersondokumentMedHistorikk, with the register's
 * own element names) into the facts the platform keeps about a person. The mapping is described in
 * docs/population-register.md.
 *
 * Privacy rules applied here, before anything reaches the database, a log or a report:
 * - a person with address protection (fortrolig, strengt fortrolig, klientadresse) gets no address at all;
 * - a rejection names a reason from a closed set, never a value from the document.
 */
import { isIsoDate } from '../../domain/age.ts';
import { ACCEPT_TEST_NUMBERS, type NationalIdPolicy, parseNationalId } from '../../domain/national-id.ts';
import { isBornAfter } from '../../domain/population.ts';
import { isNorwegianUtmZone, utmToGeographic } from './coordinates.ts';

/** The person's standing in the register, in the platform's terms (not yet relative to a municipality). */
export type RegisterStatus = 'resident' | 'moved_out' | 'deceased' | 'non_resident';

export type AddressProtectionLevel = 'none' | 'fortrolig' | 'strengt_fortrolig' | 'strengt_fortrolig_utland';

export interface PopulationAddress {
  streetAddress: string;
  postalCode: string | null;
  postalPlace: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface PopulationRecord {
  /** The current fødselsnummer or D-number, validated (control digits, date). */
  nationalId: string;
  /** Earlier numbers of the same person (e.g. a D-number replaced by a fødselsnummer). */
  formerNationalIds: string[];
  /** fornavn and mellomnavn. */
  givenName: string;
  familyName: string;
  /** ISO calendar date. */
  birthDate: string;
  /** bosatt → resident, utflyttet → moved_out, doed → deceased, every other status → non_resident. */
  status: RegisterStatus;
  /** Kommunenummer of the current residence (bostedsadresse), null when the register has none. */
  residenceKommunenummer: string | null;
  /**
   * Registered as living in Norway (bosatt) with a protected address, and the register withholds where: no
   * bostedsadresse, or one without a municipality. The person is a resident all the same.
   */
  residenceWithheld: boolean;
  /** Kommunenumre of earlier residences (history entries of bostedsadresse). */
  formerResidenceKommunenumre: string[];
  /** Always null when addressProtection is not 'none'. */
  address: PopulationAddress | null;
  addressProtection: AddressProtectionLevel;
  /** National ids of the adults with parental responsibility (foreldreansvar) for this person. */
  guardianNationalIds: string[];
}

export const REJECTION_REASONS = {
  line_too_long: 'the line is longer than a person document can be',
  json_syntax: 'not valid JSON',
  not_a_document: 'not a person document (a JSON object is expected)',
  missing_national_id: 'no current identifikasjonsnummer',
  invalid_national_id: 'the national identity number is not valid (control digits or date)',
  invalid_former_national_id: 'an earlier identifikasjonsnummer is not valid',
  missing_name: 'no current navn with fornavn and etternavn',
  invalid_name: 'the name contains characters that are not allowed or is too long',
  missing_birth_date: 'no foedsel.foedselsdato',
  invalid_birth_date: 'foedselsdato is not a calendar date',
  missing_status: 'no current status',
  unknown_status: 'the status is not one of the register’s values',
  unknown_address_protection: 'graderingsnivaa is not one of the register’s values',
  invalid_address: 'the bostedsadresse is malformed',
  invalid_guardian_national_id: 'a foreldreansvar entry names an invalid national identity number',
  invalid_death_date: 'doedsdato is not a calendar date',
  birth_date_in_future: 'foedselsdato is after the day of the import',
  synthetic_national_id: 'a synthetic test number, not accepted in production',
} as const;

export type RejectionReason = keyof typeof REJECTION_REASONS;

export type ParseResult = { ok: true; record: PopulationRecord } | { ok: false; reason: RejectionReason };

export interface ParseOptions {
  /** Which national ids the installation accepts (production refuses synthetic test numbers); default: all. */
  policy?: NationalIdPolicy;
  /** The calendar date of the run (Norway): a person born after it is rejected. Unset: not checked. */
  today?: string;
}

/** A person document with its whole history is a few kilobytes; anything far larger is not one. */
export const MAX_DOCUMENT_LENGTH = 1_000_000;
const MAX_TEXT_LENGTH = 200;

type Json = Record<string, unknown>;

class Rejection extends Error {
  constructor(readonly reason: RejectionReason) {
    super(reason);
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entries of an element that may repeat (an array) or occur once (an object). */
function entries(value: unknown): Json[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

function timestamp(entry: Json): string {
  const value = entry.gyldighetstidspunkt ?? entry.ajourholdstidspunkt;
  return typeof value === 'string' ? value : '';
}

/**
 * The current entry of a register element: the one marked erGjeldende, else (documents without history
 * metadata) the latest entry not marked historical. An element whose entries are all historical has none.
 */
function current(value: unknown): Json | undefined {
  const list = entries(value);
  const marked = list.filter((e) => e.erGjeldende === true);
  const candidates = marked.length > 0 ? marked : list.filter((e) => e.erGjeldende === undefined);
  if (candidates.length <= 1) return candidates[0];
  return [...candidates].sort((a, b) => timestamp(b).localeCompare(timestamp(a)))[0];
}

function historical(value: unknown): Json[] {
  return entries(value).filter((e) => e.erGjeldende === false);
}

// C0 and C1 control characters and lone surrogates never belong in a name or an address.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
const FORBIDDEN_TEXT = /[\u0000-\u001f\u007f-\u009f]|\p{Cs}/u;

/** A trimmed, non-empty text of reasonable length, or undefined when absent; throws when malformed. */
function text(value: unknown, reason: RejectionReason): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new Rejection(reason);
  const trimmed = value.trim().replace(/\s+/g, ' ');
  if (trimmed.length === 0) return undefined;
  if (trimmed.length > MAX_TEXT_LENGTH || FORBIDDEN_TEXT.test(trimmed)) throw new Rejection(reason);
  return trimmed;
}

function kommunenummer(value: unknown): string | null {
  return typeof value === 'string' && /^\d{4}$/.test(value) ? value : null;
}

function validNationalId(value: unknown, reason: RejectionReason, policy: NationalIdPolicy): string {
  if (typeof value !== 'string') throw new Rejection(reason);
  const parsed = parseNationalId(value, policy);
  if (!parsed.ok) throw new Rejection(parsed.error === 'synthetic' ? 'synthetic_national_id' : reason);
  return parsed.id.value;
}

const STATUS: Record<string, RegisterStatus> = {
  bosatt: 'resident',
  utflyttet: 'moved_out',
  doed: 'deceased',
  // Not registered as living in Norway, or the number is no longer in use: known, but not a resident.
  forsvunnet: 'non_resident',
  opphoert: 'non_resident',
  foedselsregistrert: 'non_resident',
  midlertidig: 'non_resident',
  inaktiv: 'non_resident',
  ikkeBosatt: 'non_resident',
  aktiv: 'non_resident',
};

type Grading = 'ugradert' | 'klientadresse' | 'fortrolig' | 'strengtFortrolig' | 'strengtFortroligUtland';
const GRADING_RANK: Record<Grading, number> = {
  ugradert: 0,
  klientadresse: 1,
  fortrolig: 1,
  strengtFortrolig: 2,
  strengtFortroligUtland: 3,
};

function grading(value: unknown): Grading | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value in GRADING_RANK) return value as Grading;
  throw new Rejection('unknown_address_protection');
}

interface Residence {
  kommunenummer: string | null;
  /** The person lives abroad or the register does not know where (no Norwegian municipality). */
  abroadOrUnknown: boolean;
  address: PopulationAddress | null;
  grading: Grading | undefined;
}

function coordinates(value: unknown): { latitude: number; longitude: number } | null {
  if (!isObject(value)) return null;
  const nord = value.nord;
  const oest = value.oest;
  const sone = value.sone ?? 33;
  if (typeof nord !== 'number' || typeof oest !== 'number' || typeof sone !== 'number') return null;
  if (!Number.isFinite(nord) || !Number.isFinite(oest) || !isNorwegianUtmZone(sone)) return null;
  const { latitude, longitude } = utmToGeographic({ nord, oest, sone });
  // Outside Norway and its waters the point is wrong, whatever it is.
  if (latitude < 57 || latitude > 81.5 || longitude < -10 || longitude > 35) return null;
  return { latitude: Math.round(latitude * 1e6) / 1e6, longitude: Math.round(longitude * 1e6) / 1e6 };
}

function postalFields(value: unknown): { postalCode: string | null; postalPlace: string | null } {
  if (value !== undefined && !isObject(value)) throw new Rejection('invalid_address');
  const poststed = value ?? {};
  const code = poststed.postnummer;
  return {
    postalCode: typeof code === 'string' && /^\d{4}$/.test(code) ? code : null,
    postalPlace: text(poststed.poststedsnavn, 'invalid_address') ?? null,
  };
}

/** Reads the current bostedsadresse. Builds an address only when `withAddress` (no protection). */
function residence(entry: Json | undefined, withAddress: (g: Grading | undefined) => boolean): Residence {
  if (!entry) return { kommunenummer: null, abroadOrUnknown: true, address: null, grading: undefined };
  const ownGrading = grading(entry.adressegradering);
  const include = withAddress(ownGrading);
  if (entry.vegadresse !== undefined) {
    const veg = entry.vegadresse;
    if (!isObject(veg)) throw new Rejection('invalid_address');
    const nummer = veg.kommunenummer;
    let address: PopulationAddress | null = null;
    if (include) {
      const name = text(veg.adressenavn, 'invalid_address');
      const adressenummer = veg.adressenummer;
      if (adressenummer !== undefined && !isObject(adressenummer)) throw new Rejection('invalid_address');
      const house = adressenummer?.husnummer;
      const letter = text(adressenummer?.husbokstav, 'invalid_address') ?? '';
      const houseNumber = typeof house === 'number' || typeof house === 'string' ? String(house).trim() : '';
      if (houseNumber.length > 10 || letter.length > 5) throw new Rejection('invalid_address');
      if (name) {
        const position = coordinates(veg.koordinater);
        address = {
          streetAddress: houseNumber ? `${name} ${houseNumber}${letter}` : name,
          ...postalFields(veg.poststed),
          latitude: position?.latitude ?? null,
          longitude: position?.longitude ?? null,
        };
      }
    }
    return { kommunenummer: kommunenummer(nummer), abroadOrUnknown: false, address, grading: ownGrading };
  }
  if (entry.matrikkeladresse !== undefined) {
    const matrikkel = entry.matrikkeladresse;
    if (!isObject(matrikkel)) throw new Rejection('invalid_address');
    const nummer = isObject(matrikkel.matrikkelnummer) ? matrikkel.matrikkelnummer : {};
    let address: PopulationAddress | null = null;
    if (include) {
      const gnr = nummer.gaardsnummer;
      const bnr = nummer.bruksnummer;
      const place = text(matrikkel.adressetilleggsnavn, 'invalid_address');
      const street =
        place ?? (typeof gnr === 'number' && typeof bnr === 'number' ? `gnr. ${gnr} bnr. ${bnr}` : undefined);
      if (street) {
        const position = coordinates(matrikkel.koordinater);
        address = {
          streetAddress: street,
          ...postalFields(matrikkel.poststed),
          latitude: position?.latitude ?? null,
          longitude: position?.longitude ?? null,
        };
      }
    }
    return { kommunenummer: kommunenummer(nummer.kommunenummer), abroadOrUnknown: false, address, grading: ownGrading };
  }
  if (entry.ukjentBosted !== undefined) {
    const ukjent = isObject(entry.ukjentBosted) ? entry.ukjentBosted : {};
    const nummer = kommunenummer(ukjent.bostedskommune);
    return { kommunenummer: nummer, abroadOrUnknown: nummer === null, address: null, grading: ownGrading };
  }
  throw new Rejection('invalid_address');
}

function residenceKommune(entry: Json): string | null {
  if (isObject(entry.vegadresse)) return kommunenummer(entry.vegadresse.kommunenummer);
  if (isObject(entry.matrikkeladresse) && isObject(entry.matrikkeladresse.matrikkelnummer)) {
    return kommunenummer(entry.matrikkeladresse.matrikkelnummer.kommunenummer);
  }
  if (isObject(entry.ukjentBosted)) return kommunenummer(entry.ukjentBosted.bostedskommune);
  return null;
}

function readDocument(document: Json, options: ParseOptions): PopulationRecord {
  const policy = options.policy ?? ACCEPT_TEST_NUMBERS;
  // Identity: the current number, and earlier ones so that a changed number finds the same person.
  const identifiers = entries(document.identifikasjonsnummer);
  const identifier = current(identifiers.filter((e) => e.status !== 'opphoert'));
  if (!identifier || identifier.foedselsEllerDNummer === undefined) throw new Rejection('missing_national_id');
  const nationalId = validNationalId(identifier.foedselsEllerDNummer, 'invalid_national_id', policy);
  const formerNationalIds = [
    ...new Set(
      identifiers
        .filter((e) => e !== identifier && e.foedselsEllerDNummer !== undefined)
        .map((e) => validNationalId(e.foedselsEllerDNummer, 'invalid_former_national_id', policy))
        .filter((id) => id !== nationalId),
    ),
  ];

  const navn = current(document.navn);
  const fornavn = text(navn?.fornavn, 'invalid_name');
  const mellomnavn = text(navn?.mellomnavn, 'invalid_name');
  const etternavn = text(navn?.etternavn, 'invalid_name');
  if (!fornavn || !etternavn) throw new Rejection('missing_name');
  const givenName = mellomnavn ? `${fornavn} ${mellomnavn}` : fornavn;
  if (givenName.length > MAX_TEXT_LENGTH) throw new Rejection('invalid_name');

  const foedsel = current(document.foedsel);
  const birthDate = foedsel?.foedselsdato;
  if (birthDate === undefined || birthDate === null) throw new Rejection('missing_birth_date');
  if (typeof birthDate !== 'string' || !isIsoDate(birthDate)) throw new Rejection('invalid_birth_date');
  if (options.today !== undefined && isBornAfter(birthDate, options.today)) throw new Rejection('birth_date_in_future');

  const statusEntry = current(document.status);
  if (!statusEntry || statusEntry.status === undefined) throw new Rejection('missing_status');
  const registerStatus = typeof statusEntry.status === 'string' ? STATUS[statusEntry.status] : undefined;
  if (!registerStatus) throw new Rejection('unknown_status');
  const death = current(document.doedsfall);
  if (death?.doedsdato !== undefined && (typeof death.doedsdato !== 'string' || !isIsoDate(death.doedsdato))) {
    throw new Rejection('invalid_death_date');
  }
  const status: RegisterStatus = death?.doedsdato !== undefined ? 'deceased' : registerStatus;

  // Address protection: the stricter of adressebeskyttelse and the grading of the residence itself. The
  // address is only read when both say ugradert, so a protected address is never held in memory either.
  const protection = grading(current(document.adressebeskyttelse)?.graderingsnivaa);
  const bosted = current(document.bostedsadresse);
  const home = residence(
    bosted,
    (own) => (protection ?? 'ugradert') === 'ugradert' && (own ?? 'ugradert') === 'ugradert',
  );
  const strictest = [protection, home.grading].reduce<Grading>(
    (worst, g) => (g !== undefined && GRADING_RANK[g] > GRADING_RANK[worst] ? g : worst),
    'ugradert',
  );
  let addressProtection: AddressProtectionLevel = 'none';
  if (strictest === 'klientadresse' || strictest === 'fortrolig') addressProtection = 'fortrolig';
  // Registered as living in Norway (bosatt) is living in Norway, whether or not the register says where.
  const livesInNorway = status === 'resident' || (!home.abroadOrUnknown && status !== 'moved_out');
  if (strictest === 'strengtFortrolig') {
    addressProtection = livesInNorway ? 'strengt_fortrolig' : 'strengt_fortrolig_utland';
  }
  if (strictest === 'strengtFortroligUtland') addressProtection = 'strengt_fortrolig_utland';

  const formerResidenceKommunenumre = [
    ...new Set(
      historical(document.bostedsadresse)
        .map(residenceKommune)
        .filter((k): k is string => k !== null),
    ),
  ];

  // Parental responsibility for this person: current entries naming a responsible adult, where this person
  // is the subject (the entry in a parent's own document names the child as ansvarssubjekt instead).
  const guardianNationalIds: string[] = [];
  for (const entry of entries(document.foreldreansvar)) {
    if (entry.erGjeldende === false || entry.ansvarlig === undefined || entry.ansvarlig === null) continue;
    if (entry.ansvarssubjekt !== undefined && entry.ansvarssubjekt !== nationalId) continue;
    const guardian = validNationalId(entry.ansvarlig, 'invalid_guardian_national_id', policy);
    if (guardian !== nationalId && !guardianNationalIds.includes(guardian)) guardianNationalIds.push(guardian);
  }

  return {
    nationalId,
    formerNationalIds,
    givenName,
    familyName: etternavn,
    birthDate,
    status,
    residenceKommunenummer: home.kommunenummer,
    residenceWithheld: status === 'resident' && addressProtection !== 'none' && home.kommunenummer === null,
    formerResidenceKommunenumre,
    address: addressProtection === 'none' ? home.address : null,
    addressProtection,
    guardianNationalIds,
  };
}

/** Parses one line of a population extract (or one API response body). Never throws. */
export function parsePersonDocument(line: string, options: ParseOptions = {}): ParseResult {
  if (line.length > MAX_DOCUMENT_LENGTH) return { ok: false, reason: 'line_too_long' };
  let document: unknown;
  try {
    document = JSON.parse(line);
  } catch {
    // The parser's message quotes the input, which may hold a national id: keep only the reason.
    return { ok: false, reason: 'json_syntax' };
  }
  if (!isObject(document)) return { ok: false, reason: 'not_a_document' };
  try {
    return { ok: true, record: readDocument(document, options) };
  } catch (error) {
    if (error instanceof Rejection) return { ok: false, reason: error.reason };
    throw error;
  }
}

/** A sentence for a rejection reason, for reports and the command line. */
export function describeRejection(reason: RejectionReason): string {
  return REJECTION_REASONS[reason];
}
