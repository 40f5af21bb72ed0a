/**
 * One error format for the whole API:
 *   { "error": { "code": "VALIDATION_FAILED", "message": "<translated>", "details": [{ "field", "message" }], "requestId" } }
 * Codes are a closed set; each has one HTTP status. 5xx responses never carry internal detail.
 */

export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  MALFORMED_REQUEST: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  SIGNATURE_INVALID: 401,
  FORBIDDEN: 403,
  CSRF_REFUSED: 403,
  NOT_FOUND: 404,
  MUNICIPALITY_NOT_FOUND: 404,
  PERSON_NOT_FOUND: 404,
  PERSON_DECEASED: 409,
  STAFF_USER_NOT_FOUND: 404,
  PROVIDER_NOT_FOUND: 404,
  ROLE_ASSIGNMENT_NOT_FOUND: 404,
  ACTIVITY_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  ORGANISATION_NOT_FOUND: 404,
  ORGANISATION_DELETED: 409,
  PROVIDER_EXISTS: 409,
  PROVIDER_NOT_APPROVED: 409,
  INVITATION_NOT_FOUND: 404,
  INVITATION_EXPIRED: 410,
  IMAGE_NOT_FOUND: 404,
  IMAGE_UNREADABLE: 400,
  UPLOAD_INCOMPLETE: 400,
  NEWS_NOT_FOUND: 404,
  SUPPORT_OFFER_NOT_FOUND: 404,
  ADDRESS_NOT_FOUND: 404,
  REGISTER_UNAVAILABLE: 503,
  CONFLICT: 409,
  INSUFFICIENT_BALANCE: 409,
  TRANSFER_NOT_ALLOWED: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  SCHEME_NOT_FOUND: 404,
  SCHEME_EXISTS: 409,
  SCHEME_NOT_IN_FORCE: 409,
  SCHEME_NOT_MEANS_TESTED: 409,
  PLACEMENT_EXISTS: 409,
  PLACEMENT_NOT_FOUND: 404,
  OUTSIDE_SCHEME_AGE: 409,
  NOT_RESIDENT: 409,
  PERIOD_CLOSED: 409,
  ACTIVITY_FULL: 409,
  ACTIVITY_ENDED: 409,
  ALREADY_ENROLLED: 409,
  ENROLMENT_NOT_FOUND: 404,
  ENROLMENT_NOT_OFFERED: 409,
  PAYMENT_IN_PROGRESS: 409,
  PAYMENT_UNAVAILABLE: 503,
  PAYMENT_REQUEST_NOT_FOUND: 404,
  PAYMENT_REQUEST_WITHDRAWN: 409,
  PAYMENT_REQUEST_PAID: 409,
  NOT_ENROLLED: 409,
  NO_PARTICIPANTS: 409,
  MUNICIPALITY_EXISTS: 409,
  ROLE_ASSIGNMENT_EXISTS: 409,
  LAST_MUNICIPALITY_ADMIN: 409,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  /** JSON pointer into the request part, prefixed by the part: 'body/kommunenummer', 'query/page'. */
  field: string;
  /** Message key under `field.` in the locale files. */
  rule: string;
  params?: Record<string, string | number>;
}

/** An expected failure of a use case; the handler turns it into the error format. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly params: Record<string, string | number>;
  readonly fields: FieldError[];

  constructor(code: ErrorCode, params: Record<string, string | number> = {}, fields: FieldError[] = []) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_STATUS[code];
    this.params = params;
    this.fields = fields;
  }
}
