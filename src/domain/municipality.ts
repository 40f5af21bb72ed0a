/** Rules about municipalities (kommuner). Pure. */

export const KOMMUNENUMMER_PATTERN = '^[0-9]{4}$';

/** A kommunenummer is four digits: two for the county (fylke) and two for the municipality within it. */
export function isValidKommunenummer(value: string): boolean {
  if (!/^[0-9]{4}$/.test(value)) return false;
  const county = Number(value.slice(0, 2));
  const local = Number(value.slice(2));
  return county >= 1 && local >= 1;
}

export interface MunicipalitySettings {
  /** Written standard the municipality uses by default (målform). */
  defaultLanguage: 'nb' | 'nn';
  /** Age from which a youth may act on their own card. */
  youthSelfServiceAge: number;
  /** Public contact address shown to families and providers. */
  contactEmail: string | null;
  /** Days after leaving the scope (moved, deceased, aged out) before a person is anonymised. */
  retentionDays: number;
}

export const DEFAULT_MUNICIPALITY_SETTINGS: MunicipalitySettings = {
  defaultLanguage: 'nb',
  youthSelfServiceAge: 15,
  contactEmail: null,
  retentionDays: 365,
};

export function resolveSettings(stored: Partial<MunicipalitySettings> | null | undefined): MunicipalitySettings {
  return { ...DEFAULT_MUNICIPALITY_SETTINGS, ...(stored ?? {}) };
}
