/**
 * Signing and verifying Vipps MobilePay webhook notifications (Webhooks API, request authentication).
 *
 * Each notification carries four headers:
 *   x-ms-date            the time of sending, RFC 1123 ("Thu, 30 Mar 2023 08:38:32 GMT")
 *   x-ms-content-sha256  base64(SHA-256(raw body))
 *   host                 the authority of the webhook URL
 *   authorization        "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=<signature>"
 * where signature = base64(HMAC-SHA256(key = the registration's secret as UTF-8 bytes, message = string to sign))
 * and the string to sign is "POST\n" + path and query + "\n" + x-ms-date + ";" + host + ";" + content hash.
 *
 * The receiver checks the content hash against the raw body it read, the signature in constant time, and refuses
 * a date too far from its own clock so that a recorded notification cannot be replayed later.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNED_HEADERS = 'x-ms-date;host;x-ms-content-sha256';
const AUTHORIZATION_PREFIX = `HMAC-SHA256 SignedHeaders=${SIGNED_HEADERS}&Signature=`;
/** How far x-ms-date may be from the receiver's clock, either way, unless the caller says otherwise. */
export const DEFAULT_WEBHOOK_TOLERANCE_MS = 5 * 60_000;

/** The four headers of a signed notification (a type, not an interface, so it passes as a header record). */
export type WebhookSignatureHeaders = {
  'x-ms-date': string;
  'x-ms-content-sha256': string;
  host: string;
  authorization: string;
};

type Body = string | Uint8Array;

/** base64(SHA-256(body)); a string body is hashed as UTF-8. */
export function webhookContentHash(body: Body): string {
  return createHash('sha256').update(body).digest('base64');
}

export function webhookStringToSign(pathAndQuery: string, date: string, host: string, contentHash: string): string {
  return `POST\n${pathAndQuery}\n${date};${host};${contentHash}`;
}

function hmac(secret: string, message: string): Buffer {
  return createHmac('sha256', Buffer.from(secret, 'utf8')).update(message, 'utf8').digest();
}

/** The headers that sign `body` for delivery to `url` at `date` with a registration's secret. */
export function signWebhook(input: { secret: string; url: string; body: Body; date?: Date }): WebhookSignatureHeaders {
  const url = new URL(input.url);
  const date = (input.date ?? new Date()).toUTCString();
  const contentHash = webhookContentHash(input.body);
  const signature = hmac(
    input.secret,
    webhookStringToSign(`${url.pathname}${url.search}`, date, url.host, contentHash),
  );
  return {
    'x-ms-date': date,
    'x-ms-content-sha256': contentHash,
    host: url.host,
    authorization: `${AUTHORIZATION_PREFIX}${signature.toString('base64')}`,
  };
}

export type WebhookVerificationFailure =
  | 'missing-header'
  | 'malformed-authorization'
  | 'content-hash-mismatch'
  | 'signature-mismatch'
  | 'date-invalid'
  | 'date-out-of-range';

export type WebhookVerification = { ok: true } | { ok: false; reason: WebhookVerificationFailure };

/** Headers as Node gives them (IncomingHttpHeaders) or as a fetch Headers object. */
export type ReceivedHeaders = Headers | Record<string, string | string[] | undefined>;

function header(headers: ReceivedHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? value[0] : value;
}

function equalBase64(expected: Buffer, given: string): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(given)) return false;
  const decoded = Buffer.from(given, 'base64');
  return decoded.length === expected.length && timingSafeEqual(decoded, expected);
}

export interface VerifyWebhookInput {
  /** The registration's secret. */
  secret: string;
  /** Path and query of the request as received (Node's request.url), e.g. "/api/payments/webhook?x=1". */
  pathAndQuery: string;
  headers: ReceivedHeaders;
  /** The raw body exactly as received: verifying a re-serialised object would fail or, worse, pass by luck. */
  body: Body;
  /** The receiver's clock; defaults to now. */
  now?: Date;
  /** How far x-ms-date may be from `now`, either way. */
  toleranceMs?: number;
}

/** Checks a received notification: content hash, signature (constant time) and the age of its date. */
export function verifyWebhook(input: VerifyWebhookInput): WebhookVerification {
  const date = header(input.headers, 'x-ms-date');
  const contentHash = header(input.headers, 'x-ms-content-sha256');
  const host = header(input.headers, 'host');
  const authorization = header(input.headers, 'authorization');
  if (!date || !contentHash || !host || !authorization) return { ok: false, reason: 'missing-header' };
  if (!authorization.startsWith(AUTHORIZATION_PREFIX)) return { ok: false, reason: 'malformed-authorization' };
  const signature = authorization.slice(AUTHORIZATION_PREFIX.length);

  const actualHash = createHash('sha256').update(input.body).digest();
  if (!equalBase64(actualHash, contentHash)) return { ok: false, reason: 'content-hash-mismatch' };

  const expected = hmac(input.secret, webhookStringToSign(input.pathAndQuery, date, host, contentHash));
  if (!equalBase64(expected, signature)) return { ok: false, reason: 'signature-mismatch' };

  const sentAt = Date.parse(date);
  if (!Number.isFinite(sentAt)) return { ok: false, reason: 'date-invalid' };
  const now = (input.now ?? new Date()).getTime();
  if (Math.abs(now - sentAt) > (input.toleranceMs ?? DEFAULT_WEBHOOK_TOLERANCE_MS)) {
    return { ok: false, reason: 'date-out-of-range' };
  }
  return { ok: true };
}
