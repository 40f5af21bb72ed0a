/** Schemas shared by several modules' routes. */
import { type Static, type TSchema, Type } from 'typebox';
import { KOMMUNENUMMER_PATTERN } from '../domain/municipality.ts';

export const KommunenummerParams = Type.Object({
  kommunenummer: Type.String({ pattern: KOMMUNENUMMER_PATTERN, description: 'Four-digit kommunenummer' }),
});

export const Uuid = Type.String({ format: 'uuid' });

export const Paging = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  offset: Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 }),
});

export const IsoDate = Type.String({ format: 'date', description: 'Calendar date YYYY-MM-DD (Europe/Oslo)' });

/** A response field that may be null. */
export function Nullable<T extends TSchema>(schema: T) {
  return Type.Union([schema, Type.Null()]);
}

/**
 * A request field that may be null, as one JSON type list. With `anyOf` (Type.Union), the validator's type
 * coercion turns null into 0 or '' while trying the first branch; a type list keeps null as null.
 */
export function OrNull<T extends TSchema & { type: string }>(schema: T) {
  return Type.Unsafe<Static<T> | null>({ ...schema, type: [schema.type, 'null'] });
}
