/**
 * Invented entities in the register's Enhet shape, and a writer for bulk files in the shape of the register's
 * bulk download (a JSON array, gzip-compressed or not), so that tests, the local stand-in and the benchmark go
 * through the same reader as the real download. The organisation numbers carry valid control digits but the
 * organisations, names and web addresses (.example) are invented.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { organisationNumberControlDigit } from '../../domain/organisation-number.ts';

/** Valid organisation numbers, in order, from an eight-digit prefix (numbers whose control digit would be 10 are skipped). */
export function* organisationNumbers(firstPrefix = 90_000_000): Generator<string> {
  for (let prefix = firstPrefix; prefix <= 99_999_999; prefix++) {
    const control = organisationNumberControlDigit(String(prefix));
    if (control !== null) yield `${prefix}${control}`;
  }
}

const PLACES = [
  { kommunenummer: '3301', kommune: 'DRAMMEN', postnummer: '3015', poststed: 'DRAMMEN' },
  { kommunenummer: '3907', kommune: 'SANDEFJORD', postnummer: '3210', poststed: 'SANDEFJORD' },
  { kommunenummer: '0301', kommune: 'OSLO', postnummer: '0150', poststed: 'OSLO' },
  { kommunenummer: '4601', kommune: 'BERGEN', postnummer: '5003', poststed: 'BERGEN' },
  { kommunenummer: '5001', kommune: 'TRONDHEIM', postnummer: '7010', poststed: 'TRONDHEIM' },
  { kommunenummer: '1103', kommune: 'STAVANGER', postnummer: '4006', poststed: 'STAVANGER' },
  { kommunenummer: '5501', kommune: 'TROMSØ', postnummer: '9008', poststed: 'TROMSØ' },
  { kommunenummer: '3403', kommune: 'HAMAR', postnummer: '2317', poststed: 'HAMAR' },
] as const;

const VOLUNTARY_KINDS = [
  'IDRETTSLAG',
  'SKOLEKORPS',
  'SPEIDERGRUPPE',
  'SJAKKLUBB',
  'KULTURSKOLEFORENING',
  'TURLAG',
  'BARNEKOR',
  'FOTBALLKLUBB',
  'DANSEFORENING',
  'FRIVILLIGSENTRAL',
  'SVØMMEKLUBB',
  'SKIKLUBB',
  'UNGDOMSLAG',
  'MUSIKKORPS',
] as const;
const BUSINESS_WORDS = [
  'KINO',
  'KLATRESENTER',
  'BADELAND',
  'RIDESENTER',
  'MUSIKKSKOLE',
  'BOWLING',
  'REGNSKAP',
  'BYGG',
  'TRANSPORT',
  'EIENDOM',
  'HOLDING',
  'SNEKKERI',
] as const;
const STREETS = ['Storgata', 'Skolegata', 'Idrettsveien', 'Kirkegata', 'Parkveien', 'Fjordgata'] as const;
/** Parts of invented place names, so that names vary about as much as in the register. */
const PLACE_STARTS = [
  'BJØRKE',
  'FJELL',
  'SOL',
  'LIND',
  'EIKE',
  'ELVE',
  'STOR',
  'VEST',
  'ØST',
  'NORD',
  'SØR',
  'HAUG',
  'BERG',
  'DAL',
  'STRAND',
  'HOLM',
  'ÅS',
  'FURU',
  'GRAN',
  'ROS',
  'MYR',
  'SKOG',
  'SJØ',
  'BRU',
  'KVERN',
  'LØKKE',
  'HASSEL',
  'ASKE',
  'RYE',
  'TJØNN',
] as const;
const PLACE_ENDS = [
  'LUND',
  'VIK',
  'DAL',
  'BERG',
  'HAUG',
  'NES',
  'STAD',
  'RUD',
  'MOEN',
  'LI',
  'HEIM',
  'SAND',
  'BAKKEN',
  'VANG',
  'SLETTA',
  'ÅSEN',
  'TUN',
  'ENGA',
  'HOLT',
  'VOLL',
] as const;
const GIVEN = [
  'KARI',
  'OLA',
  'AHMED',
  'INGRID',
  'LARS',
  'NORA',
  'JONAS',
  'SARA',
  'EMIL',
  'MARIA',
  'OMAR',
  'SIRI',
] as const;
const FAMILY = [
  'HANSEN',
  'JOHANSEN',
  'OLSEN',
  'LARSEN',
  'ANDERSEN',
  'PEDERSEN',
  'NILSEN',
  'BERG',
  'HAUGEN',
  'ALI',
] as const;

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** A spread of i over many values (a multiplicative hash), so neighbouring entities differ. */
const spread = (i: number, salt: number) => Math.abs(Math.imul(i + 1, 2_654_435_761) ^ Math.imul(salt, 40_503)) >>> 3;

function placeName(i: number): string {
  const one = (salt: number) =>
    `${pick(PLACE_STARTS, spread(i, salt))}${pick(PLACE_ENDS, spread(i, salt + 1))}`.replace(/(.)\1\1/, '$1$1');
  // Half of them in two words ("SOLVIK OG BERGLI", "NORDLUND HOLMVIK").
  const two = spread(i, 9) % 4;
  return two === 0 ? `${one(1)} OG ${one(11)}` : two === 1 ? `${one(1)} ${one(11)}` : one(1);
}

/**
 * The i-th invented entity. About half are associations (FLI), most of them in Frivillighetsregisteret; the rest
 * are companies (AS), sole proprietorships (ENK), foundations (STI) and cooperatives (SA).
 */
export function syntheticEntity(i: number, organisationNumber: string): Record<string, unknown> {
  const place = pick(PLACES, i);
  const kind = i % 10;
  const form = kind < 5 ? 'FLI' : kind < 8 ? 'AS' : kind === 8 ? 'ENK' : i % 20 === 9 ? 'STI' : 'SA';
  const voluntary = form === 'FLI' && i % 5 !== 0;
  // A third of the names carry the municipality's name, the rest an invented place.
  const town = i % 3 === 0 ? place.poststed : placeName(i);
  const name =
    form === 'FLI'
      ? `${town} ${pick(VOLUNTARY_KINDS, spread(i, 3))}`
      : form === 'ENK'
        ? `${pick(GIVEN, spread(i, 4))} ${pick(FAMILY, spread(i, 5))} ${pick(BUSINESS_WORDS, spread(i, 6))}`
        : `${town} ${pick(BUSINESS_WORDS, spread(i, 6))} ${form}`;
  const street = `${pick(STREETS, i)} ${1 + (i % 120)}`;
  const year = 1960 + (i % 60);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  return {
    organisasjonsnummer: organisationNumber,
    navn: name,
    organisasjonsform: { kode: form, beskrivelse: form === 'FLI' ? 'Forening/lag/innretning' : form },
    ...(i % 3 === 0 ? { hjemmeside: `www.org${i}.example` } : {}),
    postadresse: {
      land: 'Norge',
      landkode: 'NO',
      postnummer: place.postnummer,
      poststed: place.poststed,
      adresse: [`Postboks ${1 + (i % 900)}`],
      kommune: place.kommune,
      kommunenummer: place.kommunenummer,
    },
    registreringsdatoEnhetsregisteret: `${year}-${month}-${day}`,
    registrertIMvaregisteret: form !== 'FLI',
    ...(i % 4 === 0
      ? {}
      : {
          forretningsadresse: {
            land: 'Norge',
            landkode: 'NO',
            postnummer: place.postnummer,
            poststed: place.poststed,
            adresse: [street, null, ''],
            kommune: place.kommune,
            kommunenummer: place.kommunenummer,
          },
        }),
    registrertIForetaksregisteret: form === 'AS' || form === 'SA',
    registrertIStiftelsesregisteret: form === 'STI',
    registrertIFrivillighetsregisteret: voluntary,
    ...(voluntary ? { registreringsdatoFrivillighetsregisteret: `${Math.max(year, 2009)}-${month}-${day}` } : {}),
    konkurs: false,
    underAvvikling: false,
    underTvangsavviklingEllerTvangsopplosning: false,
    maalform: 'Bokmål',
    ...(form === 'FLI'
      ? { vedtektsfestetFormaal: ['Aktiviteter for barn og unge i nærmiljøet.', ''], aktivitet: [] }
      : { aktivitet: ['Drift av fritidstilbud.'] }),
    _links: { self: { href: `https://data.brreg.no/enhetsregisteret/api/enheter/${organisationNumber}` } },
  };
}

/** count invented entities with consecutive valid numbers from firstPrefix. */
export function* syntheticEntities(count: number, firstPrefix = 90_000_000): Generator<Record<string, unknown>> {
  let i = 0;
  for (const number of organisationNumbers(firstPrefix)) {
    if (i >= count) return;
    yield syntheticEntity(i, number);
    i++;
  }
}

async function write(target: Writable, text: string): Promise<void> {
  if (!target.write(text)) await once(target, 'drain');
}

/**
 * Writes entities as one JSON array, one entity per line, to a stream (respecting back-pressure). Values that
 * are strings are written as they are, which lets tests put broken elements in a file.
 */
export async function writeBulkArray(
  target: Writable,
  entities: Iterable<object | string> | AsyncIterable<object | string>,
): Promise<number> {
  let count = 0;
  await write(target, '[');
  for await (const entity of entities) {
    const text = typeof entity === 'string' ? entity : JSON.stringify(entity);
    await write(target, `${count === 0 ? '\n' : ',\n'}${text}`);
    count++;
  }
  await write(target, '\n]\n');
  return count;
}

/** Writes a bulk file (gzip-compressed unless gzip is false); returns the number of entities written. */
export async function writeBulkFile(
  path: string,
  entities: Iterable<object | string> | AsyncIterable<object | string>,
  options: { gzip?: boolean } = {},
): Promise<number> {
  const file = createWriteStream(path);
  const gzip = options.gzip === false ? undefined : createGzip({ level: 6 });
  if (gzip) gzip.pipe(file);
  const target = gzip ?? file;
  const count = await writeBulkArray(target, entities);
  target.end();
  await once(file, 'close');
  return count;
}
