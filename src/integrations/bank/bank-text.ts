/**
 * Text the platform puts in a bank file (names, free-text remittance): the characters a Norwegian bank takes, at
 * most the length it takes.
 *
 * The schema (pain.001.001.03.xsd) restricts only the length of a text (Max140Text, Max70Text, Max35Text), and the
 * payment notes in shared/standards name no character set. The rule here: the Latin character set of the EPC
 * (SEPA) guidelines, all printable ASCII (so '&', '<' and '"' stay and the XML library escapes them), plus every
 * letter of the Latin script (æøå ÆØÅ, é, ü, ł …), kept as UTF-8. Anything else is replaced, one character at a
 * time:
 *   1. the text is normalised to NFKC (full-width and compatibility forms become their plain letters, ﬁ → fi);
 *   2. control characters, line breaks, tabs and other space characters become one space; runs of spaces become
 *      one and the ends are trimmed;
 *   3. a character outside the set whose accents can be dropped becomes its plain letter (ő stays, as a Latin
 *      letter; a Latin letter is never changed; a Greek ά becomes α and then step 4);
 *   4. any other character (other scripts, emoji, symbols) becomes '?', which the EPC set contains.
 * Then the text is cut to the maximum at a character boundary (code points, never half a surrogate pair).
 */

const ALLOWED = /^[\x20-\x7e]$|^\p{Script=Latin}$/u;
const SPACES = /[\p{Cc}\p{Zs}\p{Zl}\p{Zp}\u200b\ufeff]+/gu;
export const REPLACEMENT_CHARACTER = '?';

function replaceCharacter(ch: string): string {
  if (ALLOWED.test(ch)) return ch;
  const plain = ch.normalize('NFD').replace(/\p{M}/gu, '');
  if (plain.length > 0 && [...plain].every((c) => ALLOWED.test(c))) return plain;
  return REPLACEMENT_CHARACTER;
}

/** The text in the bank's character set (see above), without a maximum length. */
export function toBankCharacters(text: string): string {
  const normalised = text.normalize('NFKC').replace(SPACES, ' ').trim();
  let out = '';
  for (const ch of normalised) out += replaceCharacter(ch);
  return out;
}

/** Cut to at most maxLength characters (code points), then trim a space left at the cut. */
export function truncateCharacters(text: string, maxLength: number): string {
  const characters = [...text];
  if (characters.length <= maxLength) return text;
  return characters.slice(0, maxLength).join('').trimEnd();
}

/** The text as written in the file: the bank's character set, at most maxLength characters. */
export function toBankText(text: string, maxLength: number): string {
  return truncateCharacters(toBankCharacters(text), maxLength);
}
