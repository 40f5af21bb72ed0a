/**
 * Reads one entity (Enhet) of Brønnøysund's entity register (Enhetsregisteret, with the Frivillighetsregisteret
 * flags) into the facts the platform keeps about an organisation. The input is untrusted JSON (an API answer or one
 * element of the bulk download); the reader never throws and rejects an entity with a reason code.
 *
 * The mapping is described in docs/organisation-register.md.
 */
import { isValidOrganisationNumber } from '../../domain/organisation-number.ts';

/** The facts kept about one organisation, as the register states them. Dates are 'YYYY-MM-DD'. */
export interface OrganisationRecord {
  organisationNumber: string;
  name: string;
  /** organisasjonsform.kode, e.g. 'FLI' (forening/lag/innretning), 'AS', 'ENK'. */
  organisationForm: string | null;
  /** registrertIFrivillighetsregisteret */
  inVoluntaryRegister: boolean;
  /** registreringsdatoFrivillighetsregisteret */
  voluntaryRegisteredOn: string | null;
  /** registreringsdatoEnhetsregisteret */
  registeredOn: string | null;
  /** The non-empty address lines joined by ", " (business address, else postal address). */
  businessAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  municipalityNumber: string | null;
  /** hjemmeside as an http(s) URL; https:// is added when the register has no scheme. */
  website: string | null;
  /** The non-empty lines of vedtektsfestetFormaal, joined by line breaks. */
  purpose: string | null;
  /**
   * slettedato: the entity is deleted from the register; else nedleggelsesdato: a sub-unit (underenhet) closed
   * down, still listed but no longer operating, which the platform treats like a deleted one.
   */
  deletedOn: string | null;
}

export type EntityRejectionReason =
  /** The text is not JSON. */
  | 'invalid_json'
  /** The value is not a JSON object. */
  | 'not_an_object'
  /** organisasjonsnummer is missing, not nine digits, or fails the control digit. */
  | 'invalid_organisation_number'
  /** navn is missing or empty. */
  | 'missing_name'
  /** navn is not text or is longer than MAX_NAME_LENGTH. */
  | 'invalid_name'
  /** A date the platform keeps is not a calendar date 'YYYY-MM-DD'. */
  | 'invalid_date';

export type EntityParseResult = { ok: true; record: OrganisationRecord } | { ok: false; reason: EntityRejectionReason };

export const MAX_NAME_LENGTH = 500;
const MAX_LINE_LENGTH = 500;
const MAX_PURPOSE_LENGTH = 4_000;
const MAX_WEBSITE_LENGTH = 500;

const REJECTION_TEXT: Record<EntityRejectionReason, string> = {
  invalid_json: 'not JSON',
  not_an_object: 'not an entity object',
  invalid_organisation_number: 'missing or invalid organisation number',
  missing_name: 'no name',
  invalid_name: 'name is not text or too long',
  invalid_date: 'a registration, deletion or closing date is not a calendar date',
};

/** A short English description of a rejection, for reports. */
export function describeEntityRejection(reason: EntityRejectionReason): string {
  return REJECTION_TEXT[reason];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Text as kept: control characters (NUL included, which PostgreSQL refuses) and unpaired surrogates become
 * spaces, runs of white space one space, trimmed. Null when the value is not a string or nothing is left.
 */
export function cleanText(value: unknown, maxLength: number): string | null {
  if (typeof value !== 'string') return null;
  const text = value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed here
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return null;
  return text.length > maxLength ? text.slice(0, maxLength).trimEnd() : text;
}

/** A calendar date 'YYYY-MM-DD' that exists. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const INVALID = Symbol('invalid');

/** A date field: absent, null or "" is no date; anything else must be a calendar date. */
function dateField(value: unknown): string | null | typeof INVALID {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !isCalendarDate(value)) return INVALID;
  return value;
}

/** hjemmeside → an absolute http(s) URL, or null when it cannot be one (another scheme, no host name, spaces). */
export function normaliseWebsite(value: unknown): string | null {
  const text = cleanText(value, MAX_WEBSITE_LENGTH);
  if (!text || /\s/.test(text)) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) return null;
  if (url.pathname === '/' && url.search === '' && url.hash === '') return `${url.protocol}//${url.host}`;
  return url.href;
}

interface Address {
  lines: string[];
  postalCode: string | null;
  postalPlace: string | null;
  municipalityNumber: string | null;
}

/**
 * One address object (forretningsadresse or postadresse). A Norwegian address (landkode NO or none) keeps its
 * postal code, place and municipality apart; a foreign one has no Norwegian postal code or municipality, so its
 * postal code, place and country become address lines.
 */
function readAddress(value: unknown): Address | null {
  if (!isObject(value)) return null;
  const lines = Array.isArray(value.adresse)
    ? value.adresse.flatMap((line) => {
        const text = cleanText(line, MAX_LINE_LENGTH);
        return text ? [text] : [];
      })
    : [];
  const landkode = cleanText(value.landkode, 10);
  const postnummer = cleanText(value.postnummer, 20);
  const poststed = cleanText(value.poststed, 200);
  if (landkode === null || landkode.toUpperCase() === 'NO') {
    const kommunenummer = cleanText(value.kommunenummer, 10);
    const address: Address = {
      lines,
      postalCode: postnummer && /^\d{4}$/.test(postnummer) ? postnummer : null,
      postalPlace: poststed,
      municipalityNumber: kommunenummer && /^\d{4}$/.test(kommunenummer) ? kommunenummer : null,
    };
    const empty = lines.length === 0 && !address.postalCode && !address.postalPlace && !address.municipalityNumber;
    return empty ? null : address;
  }
  const place = [postnummer, poststed].filter(Boolean).join(' ');
  const land = cleanText(value.land, 200) ?? landkode;
  const foreign = [...lines, ...(place ? [place] : []), land];
  return { lines: foreign, postalCode: null, postalPlace: null, municipalityNumber: null };
}

function readPurpose(value: unknown): string | null {
  if (!Array.isArray(value)) return cleanText(value, MAX_PURPOSE_LENGTH);
  const lines = value.flatMap((line) => {
    const text = cleanText(line, MAX_PURPOSE_LENGTH);
    return text ? [text] : [];
  });
  if (lines.length === 0) return null;
  const joined = lines.join('\n');
  return joined.length > MAX_PURPOSE_LENGTH ? joined.slice(0, MAX_PURPOSE_LENGTH).trimEnd() : joined;
}

/** Reads one Enhet object (already parsed JSON). Never throws. */
export function parseEntity(value: unknown): EntityParseResult {
  if (!isObject(value)) return { ok: false, reason: 'not_an_object' };
  const number = typeof value.organisasjonsnummer === 'string' ? value.organisasjonsnummer.trim() : '';
  if (!isValidOrganisationNumber(number)) return { ok: false, reason: 'invalid_organisation_number' };
  if (value.navn !== undefined && value.navn !== null && typeof value.navn !== 'string') {
    return { ok: false, reason: 'invalid_name' };
  }
  const rawName = typeof value.navn === 'string' ? value.navn : '';
  const name = cleanText(rawName, Number.POSITIVE_INFINITY);
  if (!name) return { ok: false, reason: 'missing_name' };
  if (name.length > MAX_NAME_LENGTH) return { ok: false, reason: 'invalid_name' };

  const registeredOn = dateField(value.registreringsdatoEnhetsregisteret);
  const voluntaryRegisteredOn = dateField(value.registreringsdatoFrivillighetsregisteret);
  const deletedOn = dateField(value.slettedato);
  const closedOn = dateField(value.nedleggelsesdato);
  if (registeredOn === INVALID || voluntaryRegisteredOn === INVALID || deletedOn === INVALID || closedOn === INVALID) {
    return { ok: false, reason: 'invalid_date' };
  }

  const form = isObject(value.organisasjonsform) ? cleanText(value.organisasjonsform.kode, 20) : null;
  const address = readAddress(value.forretningsadresse) ?? readAddress(value.postadresse);
  return {
    ok: true,
    record: {
      organisationNumber: number,
      name,
      organisationForm: form ? form.toUpperCase() : null,
      inVoluntaryRegister: value.registrertIFrivillighetsregisteret === true,
      voluntaryRegisteredOn,
      registeredOn,
      businessAddress: address && address.lines.length > 0 ? address.lines.join(', ') : null,
      postalCode: address?.postalCode ?? null,
      postalPlace: address?.postalPlace ?? null,
      municipalityNumber: address?.municipalityNumber ?? null,
      website: normaliseWebsite(value.hjemmeside),
      purpose: readPurpose(value.vedtektsfestetFormaal),
      deletedOn: deletedOn ?? closedOn,
    },
  };
}

/** Reads one Enhet from JSON text (an API answer). Never throws. */
export function parseEntityJson(text: string): EntityParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid_json' };
  }
  return parseEntity(value);
}
