/**
 * Posten/Bring's postal code register (postnummerregister), read from the copy in ./postnummer.csv
 * (see SOURCE.md). Loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { DEMO_POSTAL_PLACES } from '../../demo/postal-places.ts';

/** G street addresses, P PO boxes only, B both, S service code (not used in addresses). */
export type PostalCodeCategory = 'G' | 'P' | 'B' | 'S';

export interface PostalCode {
  postalCode: string;
  /** Upper case, as in the register ("DRAMMEN"). */
  postalPlace: string;
  kommunenummer: string;
  municipalityName: string;
  category: PostalCodeCategory;
}

export interface PostalCodeRegister {
  /** The register's entry for a four-digit postal code, or undefined when there is none. */
  find(postalCode: string): PostalCode | undefined;
  /** The entry when the code is in use for street addresses (category G or B). */
  findStreetAddressCode(postalCode: string): PostalCode | undefined;
  readonly size: number;
}

const REGISTER_FILE = join(dirname(fileURLToPath(import.meta.url)), 'postnummer.csv');
const CATEGORIES = new Set<string>(['G', 'P', 'B', 'S']);

/** Parses the register's CSV (header postnummer, poststed, kommunenummer, kommunenavn, kategori). */
export function parsePostalCodes(csv: string): PostalCode[] {
  const records = parse<Record<string, string>>(csv, { columns: true, skip_empty_lines: true, bom: true, trim: true });
  return records.map((r, i) => {
    const postalCode = r.postnummer ?? '';
    const category = r.kategori ?? '';
    if (!/^[0-9]{4}$/.test(postalCode) || !CATEGORIES.has(category) || !r.poststed) {
      throw new Error(`postal code register, row ${i + 2}: unexpected values`);
    }
    return {
      postalCode,
      postalPlace: r.poststed,
      kommunenummer: r.kommunenummer ?? '',
      municipalityName: r.kommunenavn ?? '',
      category: category as PostalCodeCategory,
    };
  });
}

export function createPostalCodeRegister(entries: readonly PostalCode[]): PostalCodeRegister {
  const byCode = new Map(entries.map((e) => [e.postalCode, e]));
  return {
    find: (postalCode) => byCode.get(postalCode),
    findStreetAddressCode(postalCode) {
      const entry = byCode.get(postalCode);
      return entry && (entry.category === 'G' || entry.category === 'B') ? entry : undefined;
    },
    size: byCode.size,
  };
}

let loaded: PostalCodeRegister | undefined;

/**
 * The register from the bundled file, read on first use and kept, with the demo municipality's fictional postal
 * places added (codes the register leaves unused; a code the register has is never replaced), so providers in the
 * demo can save activity addresses in Fjordvik.
 */
export function postalCodeRegister(): PostalCodeRegister {
  if (!loaded) {
    const real = parsePostalCodes(readFileSync(REGISTER_FILE, 'utf8'));
    const known = new Set(real.map((e) => e.postalCode));
    loaded = createPostalCodeRegister([...real, ...DEMO_POSTAL_PLACES.filter((p) => !known.has(p.postalCode))]);
  }
  return loaded;
}
