/**
 * Adapter for Vipps MobilePay's ePayment API (v1) and the Webhooks API, for the part of an activity fee that a
 * guardian pays because the leisure card does not cover it.
 *
 *   POST {base}/accesstoken/get                              access token (cached until shortly before expiry)
 *   POST {base}/epayment/v1/payments                         create
 *   GET  {base}/epayment/v1/payments/{reference}             get
 *   GET  {base}/epayment/v1/payments/{reference}/events      event log
 *   POST {base}/epayment/v1/payments/{reference}/capture     capture (full or partial)
 *   POST {base}/epayment/v1/payments/{reference}/cancel      cancel (release what is not captured)
 *   POST {base}/epayment/v1/payments/{reference}/refund      refund (up to what is captured)
 *   POST {base}/epayment/v1/test/payments/{reference}/approve   force approve (test environment only)
 *   POST/GET/DELETE {base}/webhooks/v1/webhooks              webhook registrations
 *
 * Amounts are integers in øre; the currency is NOK. Every mutating ePayment call carries the caller's
 * Idempotency-Key, so a retried call moves money once. Each request has a timeout; a failed connection, a timeout,
 * a 429 or a 5xx answer is tried again (safe: the same key goes with it). What still fails is a VippsError:
 * VippsApiError with the parsed problem+json for an answer the API refused, VippsTimeoutError or
 * VippsNetworkError when no answer came, VippsResponseError when the answer cannot be read, VippsInputError when
 * the caller's input would be refused anyway.
 */
import {
  MAX_AMOUNT,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  PAYMENT_EVENT_NAMES,
  PAYMENT_STATES,
  type PaymentEventName,
  type PaymentState,
  type Problem,
  REFERENCE_PATTERN,
  type UserFlow,
  type WebhookEventType,
  type WireCreatePaymentRequest,
  type WireForceApproveRequest,
  type WireModificationRequest,
} from './api-types.ts';

export const VIPPS_TEST_BASE_URL = 'https://apitest.vipps.no';
export const VIPPS_PRODUCTION_BASE_URL = 'https://api.vipps.no';
const CURRENCY = 'NOK';

export interface EPaymentClientOptions {
  /** https://api.vipps.no in production, https://apitest.vipps.no for the test environment, or the simulator. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Ocp-Apim-Subscription-Key. */
  subscriptionKey: string;
  merchantSerialNumber: string;
  /** Vipps-System-* headers: who is calling. */
  system?: { name: string; version: string; pluginName?: string; pluginVersion?: string };
  /** Per request, default 10 s. */
  timeoutMs?: number;
  /** Further attempts after a failed connection, a timeout, a 429 or a 5xx, default 2. */
  retries?: number;
  /** Pause before a further attempt (multiplied by the attempt number), default 250 ms. */
  retryDelayMs?: number;
  /** The token is fetched again this long before it expires, default 5 minutes (at most half its lifetime). */
  tokenRefreshMarginMs?: number;
  /** For tests: a fetch that checks what is sent and received. Default: the global fetch. */
  fetch?: typeof fetch;
  now?: () => number;
}

/** A payment as the platform reads it; amounts in øre. */
export interface Payment {
  reference: string;
  pspReference: string;
  state: PaymentState;
  amount: number;
  aggregate: PaymentAggregate;
  redirectUrl: string | undefined;
  paymentMethod: { type: string; cardBin?: string };
  metadata: Record<string, string>;
}

/** What has happened to the money of an authorised payment, in øre. */
export interface PaymentAggregate {
  authorized: number;
  captured: number;
  cancelled: number;
  refunded: number;
}

/** The answer to capture, cancel and refund. */
export interface PaymentAdjustment {
  reference: string;
  pspReference: string;
  state: PaymentState;
  amount: number;
  aggregate: PaymentAggregate;
}

export interface PaymentEvent {
  reference: string;
  pspReference: string;
  name: PaymentEventName;
  /** In øre: the payment's amount for CREATED/AUTHORIZED, the adjustment's for CAPTURED/REFUNDED/CANCELLED. */
  amount: number;
  timestamp: Date;
  idempotencyKey: string | null;
  success: boolean;
}

export interface CreatePaymentInput {
  /** 8-50 characters a-z, A-Z, 0-9 and '-'; unique per merchant. */
  reference: string;
  /** In øre, 1 to 65 000 000. */
  amount: number;
  /** Shown to the guardian in the app, 3-100 characters. */
  paymentDescription: string;
  /** Where the guardian comes back to (https, or http on loopback for development). */
  returnUrl: string;
  /** Default WEB_REDIRECT: the guardian is sent to redirectUrl. */
  userFlow?: Extract<UserFlow, 'WEB_REDIRECT' | 'NATIVE_REDIRECT' | 'PUSH_MESSAGE'>;
  /** MSISDN without +, e.g. 4791234567; needed for PUSH_MESSAGE, otherwise optional. */
  customerPhoneNumber?: string;
  /** Up to 5 pairs passed through to getPayment. */
  metadata?: Record<string, string>;
}

export interface CreatedPayment {
  reference: string;
  /** Where to send the guardian (absent for PUSH_MESSAGE). */
  redirectUrl: string | undefined;
}

export interface WebhookRegistration {
  id: string;
  /** The key notifications are signed with (webhook-signature.ts); keep it secret. */
  secret: string;
}

export interface RegisteredWebhook {
  id: string;
  url: string;
  events: string[];
}

export interface EPaymentClient {
  createPayment(input: CreatePaymentInput, idempotencyKey: string): Promise<CreatedPayment>;
  getPayment(reference: string): Promise<Payment>;
  getPaymentEvents(reference: string): Promise<PaymentEvent[]>;
  /** Capture `amount` øre of what is authorised and not yet captured or cancelled. */
  capturePayment(reference: string, amount: number, idempotencyKey: string): Promise<PaymentAdjustment>;
  /** Release what is authorised and not captured; before authorisation the payment is TERMINATED. */
  cancelPayment(reference: string, idempotencyKey: string): Promise<PaymentAdjustment>;
  /** Refund `amount` øre of what is captured and not yet refunded. */
  refundPayment(reference: string, amount: number, idempotencyKey: string): Promise<PaymentAdjustment>;
  /** Test environment only: approve as the guardian would in the app. */
  forceApprovePayment(reference: string, input?: { customerPhoneNumber?: string; token?: string }): Promise<void>;
  registerWebhook(url: string, events: readonly WebhookEventType[]): Promise<WebhookRegistration>;
  listWebhooks(): Promise<RegisteredWebhook[]>;
  deleteWebhook(id: string): Promise<void>;
  /** A valid access token (from the cache when it has time left). */
  accessToken(): Promise<string>;
}

/** Everything the adapter throws. */
export abstract class VippsError extends Error {
  abstract readonly kind: 'api' | 'timeout' | 'network' | 'response' | 'input';
}

/** The API answered with an error status; `problem` is its problem+json (or what could be made of the answer). */
export class VippsApiError extends VippsError {
  readonly kind = 'api';
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(`Vipps MobilePay ${operation}: ${status} ${problem.title}${problem.detail ? ` (${problem.detail})` : ''}`);
    this.name = 'VippsApiError';
  }
}

export class VippsTimeoutError extends VippsError {
  readonly kind = 'timeout';
  constructor(
    readonly operation: string,
    readonly timeoutMs: number,
  ) {
    super(`Vipps MobilePay ${operation}: no answer within ${timeoutMs} ms`);
    this.name = 'VippsTimeoutError';
  }
}

export class VippsNetworkError extends VippsError {
  readonly kind = 'network';
  constructor(
    readonly operation: string,
    options: { cause: unknown },
  ) {
    super(`Vipps MobilePay ${operation}: connection failed`, options);
    this.name = 'VippsNetworkError';
  }
}

/** The answer came but is not what the API describes. */
export class VippsResponseError extends VippsError {
  readonly kind = 'response';
  constructor(
    readonly operation: string,
    reason: string,
  ) {
    super(`Vipps MobilePay ${operation}: unexpected answer: ${reason}`);
    this.name = 'VippsResponseError';
  }
}

/** The caller's input breaks the API's rules; nothing was sent. */
export class VippsInputError extends VippsError {
  readonly kind = 'input';
  constructor(
    readonly operation: string,
    reason: string,
  ) {
    super(`Vipps MobilePay ${operation}: ${reason}`);
    this.name = 'VippsInputError';
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class Reader {
  constructor(readonly operation: string) {}
  fail(reason: string): never {
    throw new VippsResponseError(this.operation, reason);
  }
  object(value: unknown, what: string): Json {
    return isObject(value) ? value : this.fail(`${what} is not an object`);
  }
  string(value: unknown, what: string): string {
    return typeof value === 'string' ? value : this.fail(`${what} is not a string`);
  }
  list(value: unknown, what: string): unknown[] {
    return Array.isArray(value) ? value : this.fail(`${what} is not a list`);
  }
  optionalString(value: unknown, what: string): string | undefined {
    return value === undefined || value === null ? undefined : this.string(value, what);
  }
  /** An amount object in NOK, as øre. */
  amount(value: unknown, what: string): number {
    const amount = this.object(value, what);
    if (amount.currency !== CURRENCY) this.fail(`${what}.currency is not ${CURRENCY}`);
    const v = amount.value;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) this.fail(`${what}.value is not an amount`);
    return v;
  }
  state(value: unknown): PaymentState {
    return PAYMENT_STATES.find((s) => s === value) ?? this.fail(`state ${String(value)} is unknown`);
  }
  eventName(value: unknown): PaymentEventName {
    return PAYMENT_EVENT_NAMES.find((s) => s === value) ?? this.fail(`event name ${String(value)} is unknown`);
  }
  aggregate(value: unknown): PaymentAggregate {
    const a = this.object(value, 'aggregate');
    return {
      authorized: this.amount(a.authorizedAmount, 'aggregate.authorizedAmount'),
      captured: this.amount(a.capturedAmount, 'aggregate.capturedAmount'),
      cancelled: this.amount(a.cancelledAmount, 'aggregate.cancelledAmount'),
      refunded: this.amount(a.refundedAmount, 'aggregate.refundedAmount'),
    };
  }
  metadata(value: unknown): Record<string, string> {
    if (value === undefined || value === null) return {};
    const m = this.object(value, 'metadata');
    return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, this.string(v, `metadata.${k}`)]));
  }
}

/** Reads a problem+json answer; an answer that is not one still becomes a Problem with the status. */
export function parseProblem(status: number, statusText: string, text: string): Problem {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const b = isObject(body) ? body : {};
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const problem: Problem = {
    type: str(b.type) ?? 'about:blank',
    title: str(b.title) ?? (statusText || `HTTP ${status}`),
    status: typeof b.status === 'number' ? b.status : status,
    traceId: str(b.traceId) ?? '',
  };
  const detail = str(b.detail);
  if (detail !== undefined) problem.detail = detail;
  const instance = str(b.instance);
  if (instance !== undefined) problem.instance = instance;
  if (Array.isArray(b.extraDetails)) {
    problem.extraDetails = b.extraDetails
      .filter(isObject)
      .map((d) => ({ name: str(d.name) ?? '', reason: str(d.reason) ?? '' }));
  }
  return problem;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function checkIdempotencyKey(operation: string, key: string) {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new VippsInputError(operation, `the idempotency key must be 1-${MAX_IDEMPOTENCY_KEY_LENGTH} characters`);
  }
}

function checkReference(operation: string, reference: string) {
  if (typeof reference !== 'string' || !REFERENCE_PATTERN.test(reference)) {
    throw new VippsInputError(operation, 'the reference must be 8-50 characters a-z, A-Z, 0-9 or -');
  }
}

function checkAmount(operation: string, amount: number, minimum: number) {
  if (!Number.isSafeInteger(amount) || amount < minimum || amount > MAX_AMOUNT) {
    throw new VippsInputError(operation, `the amount must be whole øre from ${minimum} to ${MAX_AMOUNT}`);
  }
}

const nok = (value: number) => ({ currency: CURRENCY, value }) as const;

interface Call<T> {
  operation: string;
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
  idempotencyKey?: string;
  /** false only for the token request itself. */
  authorised?: boolean;
  /** Headers only the token request carries. */
  extraHeaders?: Record<string, string>;
  expect: number[];
  read: (body: unknown, reader: Reader) => T;
}

export function createEPaymentClient(options: EPaymentClientOptions): EPaymentClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retries = options.retries ?? 2;
  const retryDelayMs = options.retryDelayMs ?? 250;
  const refreshMarginMs = options.tokenRefreshMarginMs ?? 5 * 60_000;
  const now = options.now ?? Date.now;
  const system = options.system ?? { name: 'fritidskortet', version: '0.1.0' };

  const commonHeaders: Record<string, string> = {
    'Ocp-Apim-Subscription-Key': options.subscriptionKey,
    'Merchant-Serial-Number': options.merchantSerialNumber,
    'Vipps-System-Name': system.name,
    'Vipps-System-Version': system.version,
    ...(system.pluginName ? { 'Vipps-System-Plugin-Name': system.pluginName } : {}),
    ...(system.pluginVersion ? { 'Vipps-System-Plugin-Version': system.pluginVersion } : {}),
  };

  let token: { value: string; refreshAt: number } | undefined;
  let tokenRequest: Promise<string> | undefined;

  /** One HTTP exchange with retries; answers the status and the text of the body. */
  async function exchange(call: Call<unknown>, headers: Record<string, string>) {
    const url = `${baseUrl}${call.path}`;
    const body = call.body === undefined ? undefined : JSON.stringify(call.body);
    // Only what is safe to repeat is tried again: reads, deletes, the token and calls with an idempotency key
    // (a webhook registration or a force approve sent twice would not be the same as once).
    const attempts =
      call.method !== 'POST' || call.idempotencyKey !== undefined || call.authorised === false ? retries : 0;
    for (let attempt = 0; ; attempt++) {
      let failure: VippsError;
      try {
        const response = await doFetch(url, {
          method: call.method,
          headers: { Accept: 'application/json', ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
          ...(body === undefined ? {} : { body }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await response.text();
        const retriable = response.status === 429 || response.status >= 500;
        if (!retriable || attempt >= attempts)
          return { status: response.status, statusText: response.statusText, text };
        failure = new VippsApiError(call.operation, response.status, parseProblem(response.status, '', text));
      } catch (error) {
        failure =
          error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')
            ? new VippsTimeoutError(call.operation, timeoutMs)
            : new VippsNetworkError(call.operation, { cause: error });
        if (attempt >= attempts) throw failure;
      }
      await sleep(retryDelayMs * (attempt + 1));
    }
  }

  async function request<T>(call: Call<T>): Promise<T> {
    const authorised = call.authorised ?? true;
    for (let renewed = false; ; renewed = true) {
      const headers: Record<string, string> = { ...commonHeaders, ...call.extraHeaders };
      if (authorised) headers.Authorization = `Bearer ${await accessToken()}`;
      if (call.idempotencyKey !== undefined) headers['Idempotency-Key'] = call.idempotencyKey;
      const answer = await exchange(call as Call<unknown>, headers);
      if (answer.status === 401 && authorised && !renewed) {
        // The token may have been revoked or expired early: fetch a new one once.
        token = undefined;
        continue;
      }
      if (!call.expect.includes(answer.status)) {
        throw new VippsApiError(
          call.operation,
          answer.status,
          parseProblem(answer.status, answer.statusText, answer.text),
        );
      }
      const reader = new Reader(call.operation);
      let body: unknown;
      if (answer.text !== '') {
        try {
          body = JSON.parse(answer.text);
        } catch {
          reader.fail('the body is not JSON');
        }
      }
      return call.read(body, reader);
    }
  }

  async function fetchToken(): Promise<string> {
    const issued = now();
    const answer = await request({
      operation: 'access token',
      method: 'POST',
      path: '/accesstoken/get',
      authorised: false,
      extraHeaders: { client_id: options.clientId, client_secret: options.clientSecret },
      expect: [200],
      read: (body, r) => {
        const b = r.object(body, 'body');
        const value = r.string(b.access_token, 'access_token');
        const seconds = Number(b.expires_in);
        if (!Number.isFinite(seconds) || seconds <= 0) r.fail('expires_in is not a number of seconds');
        return { value, lifetimeMs: seconds * 1000 };
      },
    });
    const margin = Math.min(refreshMarginMs, answer.lifetimeMs / 2);
    token = { value: answer.value, refreshAt: issued + answer.lifetimeMs - margin };
    return answer.value;
  }

  async function accessToken(): Promise<string> {
    if (token && now() < token.refreshAt) return token.value;
    // Concurrent callers share one token request.
    tokenRequest ??= fetchToken().finally(() => {
      tokenRequest = undefined;
    });
    return tokenRequest;
  }

  const paymentPath = (reference: string) => `/epayment/v1/payments/${encodeURIComponent(reference)}`;

  const readAdjustment = (body: unknown, r: Reader): PaymentAdjustment => {
    const b = r.object(body, 'body');
    return {
      reference: r.string(b.reference, 'reference'),
      pspReference: r.string(b.pspReference, 'pspReference'),
      state: r.state(b.state),
      amount: r.amount(b.amount, 'amount'),
      aggregate: r.aggregate(b.aggregate),
    };
  };

  const adjust = (
    operation: 'capture' | 'cancel' | 'refund',
    reference: string,
    idempotencyKey: string,
    amount?: number,
  ): Promise<PaymentAdjustment> => {
    checkReference(operation, reference);
    checkIdempotencyKey(operation, idempotencyKey);
    if (amount !== undefined) checkAmount(operation, amount, 1);
    const body: WireModificationRequest | undefined =
      amount === undefined ? undefined : { modificationAmount: nok(amount) };
    return request({
      operation,
      method: 'POST',
      path: `${paymentPath(reference)}/${operation}`,
      body,
      idempotencyKey,
      expect: [200],
      read: readAdjustment,
    });
  };

  return {
    accessToken,

    createPayment(input, idempotencyKey) {
      const operation = 'create payment';
      checkReference(operation, input.reference);
      checkIdempotencyKey(operation, idempotencyKey);
      checkAmount(operation, input.amount, 1);
      const description = input.paymentDescription.trim();
      if (description.length < 3 || description.length > 100) {
        throw new VippsInputError(operation, 'the payment description must be 3-100 characters');
      }
      const userFlow = input.userFlow ?? 'WEB_REDIRECT';
      if (userFlow === 'PUSH_MESSAGE' && !input.customerPhoneNumber) {
        throw new VippsInputError(operation, 'PUSH_MESSAGE needs the customer phone number');
      }
      if (input.customerPhoneNumber !== undefined && !/^\d{10,15}$/.test(input.customerPhoneNumber)) {
        throw new VippsInputError(operation, 'the phone number must be 10-15 digits with the country code');
      }
      const metadata = input.metadata ?? {};
      if (
        Object.keys(metadata).length > 5 ||
        Object.entries(metadata).some(([k, v]) => k.length > 100 || String(v).length > 500)
      ) {
        throw new VippsInputError(operation, 'metadata takes up to 5 pairs (keys to 100, values to 500 characters)');
      }
      const body: WireCreatePaymentRequest = {
        amount: nok(input.amount),
        paymentMethod: { type: 'WALLET' },
        reference: input.reference,
        userFlow,
        returnUrl: input.returnUrl,
        paymentDescription: description,
        ...(input.customerPhoneNumber ? { customer: { phoneNumber: input.customerPhoneNumber } } : {}),
        ...(input.metadata ? { metadata: input.metadata } : {}),
      };
      return request({
        operation,
        method: 'POST',
        path: '/epayment/v1/payments',
        body,
        idempotencyKey,
        expect: [201],
        read: (raw, r) => {
          const b = r.object(raw, 'body');
          return {
            reference: r.string(b.reference, 'reference'),
            redirectUrl: r.optionalString(b.redirectUrl, 'redirectUrl'),
          };
        },
      });
    },

    getPayment(reference) {
      checkReference('get payment', reference);
      return request({
        operation: 'get payment',
        method: 'GET',
        path: paymentPath(reference),
        expect: [200],
        read: (raw, r) => {
          const b = r.object(raw, 'body');
          const method = r.object(b.paymentMethod, 'paymentMethod');
          const cardBin = r.optionalString(method.cardBin, 'paymentMethod.cardBin');
          return {
            reference: r.string(b.reference, 'reference'),
            pspReference: r.string(b.pspReference, 'pspReference'),
            state: r.state(b.state),
            amount: r.amount(b.amount, 'amount'),
            aggregate: r.aggregate(b.aggregate),
            redirectUrl: r.optionalString(b.redirectUrl, 'redirectUrl'),
            paymentMethod: { type: r.string(method.type, 'paymentMethod.type'), ...(cardBin ? { cardBin } : {}) },
            metadata: r.metadata(b.metadata),
          };
        },
      });
    },

    getPaymentEvents(reference) {
      checkReference('get payment events', reference);
      return request({
        operation: 'get payment events',
        method: 'GET',
        path: `${paymentPath(reference)}/events`,
        expect: [200],
        read: (raw, r) => {
          return r.list(raw, 'the event log').map((value, i) => {
            const e = r.object(value, `event ${i}`);
            const timestamp = new Date(r.string(e.timestamp, 'timestamp'));
            if (Number.isNaN(timestamp.getTime())) r.fail('timestamp is not a date');
            return {
              reference: r.string(e.reference, 'reference'),
              pspReference: r.string(e.pspReference, 'pspReference'),
              name: r.eventName(e.name ?? e.paymentAction),
              amount: r.amount(e.amount, 'amount'),
              timestamp,
              idempotencyKey: r.optionalString(e.idempotencyKey, 'idempotencyKey') ?? null,
              success: e.success === true,
            };
          });
        },
      });
    },

    capturePayment: (reference, amount, idempotencyKey) => adjust('capture', reference, idempotencyKey, amount),
    cancelPayment: (reference, idempotencyKey) => adjust('cancel', reference, idempotencyKey),
    refundPayment: (reference, amount, idempotencyKey) => adjust('refund', reference, idempotencyKey, amount),

    async forceApprovePayment(reference, input = {}) {
      checkReference('force approve', reference);
      const body: WireForceApproveRequest = {
        ...(input.customerPhoneNumber ? { customer: { phoneNumber: input.customerPhoneNumber } } : {}),
        ...(input.token ? { token: input.token } : {}),
      };
      await request({
        operation: 'force approve',
        method: 'POST',
        path: `/epayment/v1/test/payments/${encodeURIComponent(reference)}/approve`,
        body,
        expect: [200],
        read: () => undefined,
      });
    },

    registerWebhook(url, events) {
      const operation = 'register webhook';
      if (events.length === 0) throw new VippsInputError(operation, 'name at least one event');
      try {
        new URL(url);
      } catch {
        throw new VippsInputError(operation, 'the URL is not absolute');
      }
      return request({
        operation,
        method: 'POST',
        path: '/webhooks/v1/webhooks',
        body: { url, events: [...events] },
        expect: [201],
        read: (raw, r) => {
          const b = r.object(raw, 'body');
          return { id: r.string(b.id, 'id'), secret: r.string(b.secret, 'secret') };
        },
      });
    },

    listWebhooks() {
      return request({
        operation: 'list webhooks',
        method: 'GET',
        path: '/webhooks/v1/webhooks',
        expect: [200],
        read: (raw, r) => {
          const b = r.object(raw, 'body');
          return r.list(b.webhooks, 'webhooks').map((value, i) => {
            const w = r.object(value, `webhook ${i}`);
            return {
              id: r.string(w.id, 'id'),
              url: r.string(w.url, 'url'),
              events: r.list(w.events, 'events').map((e) => r.string(e, 'event')),
            };
          });
        },
      });
    },

    async deleteWebhook(id) {
      await request({
        operation: 'delete webhook',
        method: 'DELETE',
        path: `/webhooks/v1/webhooks/${encodeURIComponent(id)}`,
        expect: [204],
        read: () => undefined,
      });
    },
  };
}
