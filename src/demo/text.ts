/** Small text helpers. */
import type { Random } from './random.ts';

/** A host name part from a Norwegian name: 'Nordåsen FK' -> 'nordasen-fk'. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function listInNorwegian(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** A fictional mobile number in the Norwegian format, e.g. '+47 412 34 567'. */
export function phoneNumber(rng: Random): string {
  const first = rng.pick(['4', '9']);
  const rest = String(rng.int(0, 9_999_999)).padStart(7, '0');
  return `+47 ${first}${rest.slice(0, 2)} ${rest.slice(2, 4)} ${rest.slice(4)}`;
}
