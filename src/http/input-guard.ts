/**
 * What schema validation lets through but the database cannot take: numbers that are not finite or too large to
 * be exact (the validator coerces "1e309" to Infinity and counts it as an integer; JSON.parse does the same), and
 * text with the NUL character, which PostgreSQL cannot store or compare, or with a lone UTF-16 surrogate (JSON's
 * "\ud800" escape), which is no Unicode text: PostgreSQL's json refuses it, so it would fail at the audit log after
 * the change itself was stored. Checked after validation, before any use case runs, so such input is a 400 naming
 * its field rather than a failed query.
 */
import type { FieldError } from '../errors.ts';

const MAX_DEPTH = 32;

/** A high surrogate not followed by a low one, or a low surrogate without a high one before it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text the database cannot store: NUL, or a lone surrogate. */
export function unstorableText(value: string): boolean {
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}

function walk(value: unknown, path: string, depth: number, found: FieldError[]): void {
  if (found.length >= 20 || depth > MAX_DEPTH) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) {
      found.push({ field: path, rule: 'invalid' });
    }
    return;
  }
  if (typeof value === 'string') {
    if (unstorableText(value)) found.push({ field: path, rule: 'invalid' });
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, `${path}/${i}`, depth + 1, found);
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) walk(item, `${path}/${key}`, depth + 1, found);
  }
}

/** The fields of a validated request that hold such input, named as validation errors name them. */
export function unsafeInput(request: { params?: unknown; query?: unknown; body?: unknown }): FieldError[] {
  const found: FieldError[] = [];
  walk(request.params, 'path', 0, found);
  walk(request.query, 'query', 0, found);
  walk(request.body, 'body', 0, found);
  return found;
}
