/**
 * Writes generated demo people as a population extract (JSON Lines, one Folkeregisteret person document a line,
 * see docs/population-register.md), so that demo data, test files and benchmark files go through the same
 * import as a municipality's real extract. The numbers are the demo's synthetic test numbers.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { DemoData, DemoPerson } from '../../demo/generate.ts';
import { REFERENCE_KOMMUNENUMMER } from '../../demo/generate.ts';
import { geographicToUtm } from './coordinates.ts';

const REGISTERED = '2026-01-02T08:00:00+01:00';

function entry<T extends object>(fields: T) {
  return { ajourholdstidspunkt: REGISTERED, erGjeldende: true, kilde: 'skatteetaten', ...fields };
}

function splitStreetAddress(street: string): { adressenavn: string; husnummer?: number; husbokstav?: string } {
  const match = /^(.*\S)\s+(\d+)([A-Za-z]?)$/.exec(street);
  if (!match) return { adressenavn: street };
  return {
    adressenavn: match[1] as string,
    husnummer: Number(match[2]),
    ...(match[3] ? { husbokstav: (match[3] as string).toUpperCase() } : {}),
  };
}

const GRADING = {
  none: 'ugradert',
  fortrolig: 'fortrolig',
  strengt_fortrolig: 'strengtFortrolig',
  strengt_fortrolig_utland: 'strengtFortrolig',
} as const;

function bostedsadresse(person: DemoPerson, kommunenummer: string) {
  if (person.status === 'non_resident') {
    // A guardian living in another municipality; the platform keeps no address for them.
    return entry({
      vegadresse: {
        kommunenummer: REFERENCE_KOMMUNENUMMER,
        adressenavn: 'Bragernes torg',
        adressenummer: { husnummer: 1 },
        poststed: { poststedsnavn: 'DRAMMEN', postnummer: '3017' },
      },
      adressegradering: 'ugradert',
    });
  }
  if (person.addressProtection !== 'none' || person.streetAddress === null) {
    // The register gives no address for a protected person, only the municipality.
    return entry({
      ukjentBosted: person.addressProtection === 'strengt_fortrolig_utland' ? {} : { bostedskommune: kommunenummer },
      adressegradering: GRADING[person.addressProtection],
    });
  }
  const { adressenavn, husnummer, husbokstav } = splitStreetAddress(person.streetAddress);
  const koordinater =
    person.latitude !== null && person.longitude !== null
      ? (({ nord, oest }) => ({
          nord: Math.round(nord * 1000) / 1000,
          oest: Math.round(oest * 1000) / 1000,
          sone: 33,
        }))(geographicToUtm({ latitude: person.latitude, longitude: person.longitude }, 33))
      : undefined;
  return entry({
    vegadresse: {
      kommunenummer,
      adressenavn,
      ...(husnummer === undefined ? {} : { adressenummer: { husnummer, ...(husbokstav ? { husbokstav } : {}) } }),
      poststed: { poststedsnavn: person.postalPlace?.toUpperCase(), postnummer: person.postalCode },
      ...(koordinater ? { koordinater } : {}),
    },
    adressegradering: 'ugradert',
  });
}

/** The person document of one demo person, in the register's JSON form. */
export function demoPersonDocument(
  person: DemoPerson,
  relations: { guardians: DemoPerson[]; children: DemoPerson[] },
  kommunenummer: string,
): Record<string, unknown> {
  const [fornavn, ...middle] = person.givenName.split(' ');
  const responsibility = (guardians: DemoPerson[]) =>
    guardians.length > 1 ? 'felles' : guardians[0]?.sex === 'M' ? 'far' : 'mor';
  return {
    identifikasjonsnummer: [
      entry({ foedselsEllerDNummer: person.nationalId, identifikatortype: 'foedselsnummer', status: 'iBruk' }),
    ],
    status: [entry({ status: 'bosatt' })],
    kjoenn: [entry({ kjoenn: person.sex === 'M' ? 'mann' : 'kvinne' })],
    navn: [
      entry({ fornavn, ...(middle.length > 0 ? { mellomnavn: middle.join(' ') } : {}), etternavn: person.familyName }),
    ],
    foedsel: [entry({ foedselsdato: person.birthDate, foedselsaar: Number(person.birthDate.slice(0, 4)) })],
    bostedsadresse: [bostedsadresse(person, kommunenummer)],
    ...(person.addressProtection === 'none'
      ? {}
      : { adressebeskyttelse: [entry({ graderingsnivaa: GRADING[person.addressProtection] })] }),
    foreldreansvar: [
      ...relations.guardians.map((g) =>
        entry({
          ansvar: responsibility(relations.guardians),
          ansvarlig: g.nationalId,
          ansvarssubjekt: person.nationalId,
        }),
      ),
      ...relations.children.map((c) => entry({ ansvar: 'felles', ansvarssubjekt: c.nationalId })),
    ],
  };
}

/** One JSON line per demo person: children with their foreldreansvar, and every guardian. */
export function* demoExtractLines(data: DemoData): Generator<string> {
  const byId = new Map(data.persons.map((p) => [p.id, p]));
  const guardians = new Map<string, DemoPerson[]>();
  const children = new Map<string, DemoPerson[]>();
  for (const { childId, guardianId } of data.guardianships) {
    const child = byId.get(childId);
    const guardian = byId.get(guardianId);
    if (!child || !guardian) continue;
    guardians.set(childId, [...(guardians.get(childId) ?? []), guardian]);
    children.set(guardianId, [...(children.get(guardianId) ?? []), child]);
  }
  for (const person of data.persons) {
    const relations = { guardians: guardians.get(person.id) ?? [], children: children.get(person.id) ?? [] };
    yield JSON.stringify(demoPersonDocument(person, relations, data.municipality.kommunenummer));
  }
}

/** Writes the demo people to a file as a population extract; returns the number of lines and bytes. */
export async function writeDemoExtract(data: DemoData, path: string): Promise<{ lines: number; bytes: number }> {
  const out = createWriteStream(path, { encoding: 'utf8' });
  let lines = 0;
  let bytes = 0;
  for (const line of demoExtractLines(data)) {
    const text = `${line}\n`;
    lines++;
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { lines, bytes };
}
