import type { SupportOfferKind } from '../../api/admin.ts';
import type { SupportOffer } from '../../api/client.ts';

/** The server's limits. */
export const TITLE_MAX = 200;
export const SUMMARY_MAX = 2000;
export const URL_MAX = 500;
export const CONTACT_MAX = 300;
export const AGE_MAX = 25;

export type Field = 'kind' | 'title' | 'summary' | 'url' | 'contact' | 'categories' | 'minAge' | 'maxAge';
export const FIELDS: readonly Field[] = [
  'kind',
  'title',
  'summary',
  'url',
  'contact',
  'categories',
  'minAge',
  'maxAge',
];

export interface Draft {
  kind: SupportOfferKind;
  title: string;
  summary: string;
  url: string;
  contact: string;
  categories: string[];
  minAge: string;
  maxAge: string;
  active: boolean;
}

export function draftOf(offer: SupportOffer | undefined): Draft {
  return {
    kind: offer?.kind ?? 'support_scheme',
    title: offer?.title ?? '',
    summary: offer?.summary ?? '',
    url: offer?.url ?? '',
    contact: offer?.contact ?? '',
    categories: offer?.categories ?? [],
    minAge: offer?.minAge === null || offer?.minAge === undefined ? '' : String(offer.minAge),
    maxAge: offer?.maxAge === null || offer?.maxAge === undefined ? '' : String(offer.maxAge),
    active: offer?.active ?? true,
  };
}

/** A whole age in years from a field, null when empty, NaN when not a valid age. */
export function parseAge(value: string): number | null {
  const text = value.trim();
  if (!text) return null;
  if (!/^\d{1,2}$/.test(text)) return Number.NaN;
  const age = Number(text);
  return age <= AGE_MAX ? age : Number.NaN;
}

/** The server names list items by index (categories/2); they belong to the list's field. */
export function fieldOf(name: string): Field | undefined {
  const field = name.split('/')[0];
  return FIELDS.find((known) => known === field);
}
