import { ApiError } from '../../api/client.ts';

/** Messages per field of a form, keyed by the field's name. */
export type FieldErrors<F extends string = string> = Partial<Record<F, string>>;

/** Whether there is any message at all. */
export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** The field's name without the request part: `body/schedule/0/end` → `schedule/0/end`. */
export function fieldName(serverField: string): string {
  return serverField.replace(/^(body|query|path)\//, '');
}

/**
 * The server's field errors that belong to fields of a form: `fieldOf` names the form's field for the server's
 * field name (without its request part), or nothing when the form has no such field. The first message per field
 * is kept.
 */
export function serverFieldErrors<F extends string>(
  error: unknown,
  fieldOf: (name: string) => F | undefined,
): FieldErrors<F> {
  const fields: FieldErrors<F> = {};
  if (!(error instanceof ApiError)) return fields;
  for (const detail of error.details) {
    const field = fieldOf(fieldName(detail.field));
    if (field !== undefined) fields[field] ??= detail.message;
  }
  return fields;
}
