import { Type } from 'typebox';

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable machine-readable code', examples: ['VALIDATION_FAILED'] }),
      message: Type.String({ description: 'Human-readable message in the language of the request' }),
      details: Type.Optional(
        Type.Array(
          Type.Object({
            field: Type.String(),
            message: Type.String(),
          }),
        ),
      ),
      requestId: Type.String(),
    }),
  },
  { $id: 'ErrorResponse', title: 'Error' },
);

/** Standard error responses to attach to every route's schema. */
export function errorResponses(...statuses: number[]): Record<number, { $ref: string }> {
  const all = new Set([400, 500, ...statuses]);
  return Object.fromEntries([...all].map((s) => [s, { $ref: 'ErrorResponse#' }]));
}
