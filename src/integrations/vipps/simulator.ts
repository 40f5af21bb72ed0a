/**
 * A local simulator of Vipps MobilePay's ePayment API, Access Token API and Webhooks API, for development and
 * tests: a real HTTP server on 127.0.0.1 that speaks the API as described in spec/epayment.v1.yml, with all state
 * in memory.
 *
 * - POST /accesstoken/get gives a bearer token for the configured credentials; every other API call needs it,
 *   the subscription key and the merchant serial number.
 * - Payments follow the API's state machine: CREATED → AUTHORIZED (approved) | ABORTED (rejected) | EXPIRED
 *   (not acted on within the expiry time, default 10 minutes) | TERMINATED (cancelled before approval). On an
 *   AUTHORIZED payment, capture (up to what is authorised and neither captured nor cancelled), cancel (releases
 *   what is not captured) and refund (up to what is captured) are events that move the aggregate amounts.
 * - create answers with a redirectUrl to the simulator's own approval page (/landing), where "Godkjenn" approves
 *   and "Avvis" rejects, and both send the guardian on to the payment's returnUrl. Tests can instead call
 *   approve(), reject() and expire(), or the API's force approve.
 * - Mutating calls need an Idempotency-Key: the same key with the same request gets the first answer again, the
 *   same key with another request is refused with 409.
 * - Errors are problem+json in the API's Problem shape (ProblemDetails for the Webhooks API).
 * - Every event is sent as a WebhookEvent to each registered webhook whose events include it, signed with that
 *   registration's secret (webhook-signature.ts) and tried again a few times when the receiver fails.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  MAX_AMOUNT,
  MAX_IDEMPOTENCY_KEY_LENGTH,
  MSN_PATTERN,
  type PaymentEventName,
  type PaymentState,
  type Problem,
  REFERENCE_PATTERN,
  USER_FLOWS,
  type UserFlow,
  type WireAccessTokenResponse,
  type WireAggregate,
  type WireGetPaymentResponse,
  type WireModificationResponse,
  type WirePaymentEvent,
  type WireWebhook,
  type WireWebhookEvent,
  webhookEventType,
} from './api-types.ts';
import { approvalPage, notFoundPage, outcomePage } from './approval-page.ts';
import { signWebhook } from './webhook-signature.ts';

export interface SimulatorCredentials {
  clientId: string;
  clientSecret: string;
  subscriptionKey: string;
  merchantSerialNumber: string;
}

/** Credentials the development server and tests use unless they give others. */
export const DEV_SIMULATOR_CREDENTIALS: SimulatorCredentials = {
  clientId: 'fritidskort-dev-client',
  clientSecret: 'fritidskort-dev-secret',
  subscriptionKey: 'fritidskort-dev-subscription',
  merchantSerialNumber: '123456',
};

export interface VippsSimulatorOptions {
  /** Default 0: any free port. */
  port?: number;
  credentials?: Partial<SimulatorCredentials>;
  /** Shown on the approval page. */
  merchantName?: string;
  /** How long a created payment waits for the guardian, default 10 minutes. */
  paymentExpiryMs?: number;
  /** Lifetime of an access token, default 3600 s as in the test environment. */
  tokenLifetimeSeconds?: number;
  /** Attempts per webhook notification, default 4. */
  webhookAttempts?: number;
  /** Pause before a further attempt, multiplied by the attempt number; default 500 ms. */
  webhookRetryDelayMs?: number;
  /** The simulator's clock (payment expiry, timestamps, token lifetime, x-ms-date). */
  now?: () => number;
}

/** One notification to one registered webhook. */
export interface SimulatorWebhookDelivery {
  webhookId: string;
  url: string;
  event: WireWebhookEvent;
  attempts: number;
  /** HTTP status of the last attempt; undefined when it got no answer. */
  lastStatus: number | undefined;
  delivered: boolean;
}

export interface VippsSimulator {
  /** Base URL for the adapter, e.g. http://127.0.0.1:41234 */
  url: string;
  credentials: SimulatorCredentials;
  /** The guardian approves (as "Godkjenn" on the approval page). */
  approve(reference: string): void;
  /** The guardian rejects (as "Avvis"). */
  reject(reference: string): void;
  /** The payment expires now, without waiting for the expiry time. */
  expire(reference: string): void;
  /** The payment as getPayment answers it. */
  payment(reference: string): WireGetPaymentResponse | undefined;
  /** Every notification so far, in the order they were queued. */
  deliveries(): readonly SimulatorWebhookDelivery[];
  /** Resolves when every queued notification is delivered or given up. */
  webhooksSettled(): Promise<void>;
  close(): Promise<void>;
}

/** A test or the approval page asked for a change the payment's state does not allow. */
export class SimulatorStateError extends Error {
  constructor(reference: string, state: PaymentState, action: string) {
    super(`payment ${reference} is ${state}; cannot ${action}`);
    this.name = 'SimulatorStateError';
  }
}

interface SimPayment {
  reference: string;
  pspReference: string;
  amount: number;
  state: PaymentState;
  userFlow: UserFlow;
  returnUrl: string | undefined;
  paymentDescription: string | undefined;
  metadata: Record<string, string> | undefined;
  /** Identifies the payment on the approval page. */
  token: string;
  expiresAt: number;
  authorized: number;
  captured: number;
  cancelled: number;
  refunded: number;
  events: WirePaymentEvent[];
}

interface Registration extends WireWebhook {
  secret: string;
  /** Notifications to one webhook go out one after another. */
  queue: Promise<void>;
}

interface StoredAnswer {
  fingerprint: string;
  status: number;
  body: unknown;
  contentType: string;
}

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extraDetails?: { name: string; reason: string }[],
  ) {
    super(detail);
  }
}

const PROBLEM_TYPE = 'https://developer.vippsmobilepay.com/docs/knowledge-base/errors';
const MAX_BODY_BYTES = 1 << 20;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with object keys sorted, so that the same request written differently has one fingerprint. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const nok = (value: number) => ({ currency: 'NOK' as const, value });

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpProblem(413, 'Payload Too Large', 'The body is larger than 1 MB');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpProblem(400, 'Bad Request', 'The body is not valid JSON');
  }
}

/** Field checks that gather every failure as the API's extraDetails. */
class Checks {
  readonly failures: { name: string; reason: string }[] = [];
  fail(name: string, reason: string) {
    this.failures.push({ name, reason });
  }
  throwIfAny() {
    if (this.failures.length > 0) {
      throw new HttpProblem(400, 'Bad Request', 'One or more validation errors occurred.', this.failures);
    }
  }
  amount(value: unknown, name: string): number {
    if (!isObject(value)) {
      this.fail(name, 'The amount is required.');
      return 0;
    }
    if (value.currency !== 'NOK') this.fail(`${name}.currency`, 'Only NOK is supported.');
    const v = value.value;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_AMOUNT) {
      this.fail(`${name}.value`, `The value must be a whole number of minor units from 1 to ${MAX_AMOUNT}.`);
      return 0;
    }
    return v;
  }
}

function isAbsoluteUrl(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

export async function startVippsSimulator(options: VippsSimulatorOptions = {}): Promise<VippsSimulator> {
  const credentials: SimulatorCredentials = { ...DEV_SIMULATOR_CREDENTIALS, ...options.credentials };
  if (!MSN_PATTERN.test(credentials.merchantSerialNumber)) throw new Error('merchantSerialNumber must be 4-6 digits');
  const now = options.now ?? Date.now;
  const merchantName = options.merchantName ?? 'Fritidskortet';
  const expiryMs = options.paymentExpiryMs ?? 10 * 60_000;
  const tokenLifetime = options.tokenLifetimeSeconds ?? 3600;
  const webhookAttempts = Math.max(1, options.webhookAttempts ?? 4);
  const webhookRetryDelayMs = options.webhookRetryDelayMs ?? 500;

  const payments = new Map<string, SimPayment>();
  const byToken = new Map<string, SimPayment>();
  const tokens = new Map<string, number>();
  const answers = new Map<string, StoredAnswer>();
  const registrations = new Map<string, Registration>();
  const deliveries: SimulatorWebhookDelivery[] = [];
  const pending = new Set<Promise<void>>();
  let baseUrl = '';
  let closed = false;

  const timestamp = () => new Date(now()).toISOString();

  // ---- webhooks ----------------------------------------------------------------------------------------------

  async function deliver(registration: Registration, delivery: SimulatorWebhookDelivery) {
    const body = JSON.stringify(delivery.event);
    for (let attempt = 1; attempt <= webhookAttempts && !closed; attempt++) {
      delivery.attempts = attempt;
      try {
        const response = await fetch(registration.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...signWebhook({ secret: registration.secret, url: registration.url, body, date: new Date(now()) }),
          },
          body,
          signal: AbortSignal.timeout(5_000),
        });
        await response.arrayBuffer().catch(() => undefined);
        delivery.lastStatus = response.status;
        if (response.ok) {
          delivery.delivered = true;
          return;
        }
      } catch {
        delivery.lastStatus = undefined;
      }
      if (attempt < webhookAttempts) await new Promise((resolve) => setTimeout(resolve, webhookRetryDelayMs * attempt));
    }
  }

  function notify(payment: SimPayment, event: WirePaymentEvent) {
    const type = webhookEventType(event.name);
    for (const registration of registrations.values()) {
      if (!registration.events.includes(type)) continue;
      const delivery: SimulatorWebhookDelivery = {
        webhookId: registration.id,
        url: registration.url,
        event: {
          msn: credentials.merchantSerialNumber,
          reference: payment.reference,
          pspReference: event.pspReference,
          name: event.name,
          amount: event.amount,
          timestamp: event.timestamp,
          idempotencyKey: event.idempotencyKey,
          success: event.success,
        },
        attempts: 0,
        lastStatus: undefined,
        delivered: false,
      };
      deliveries.push(delivery);
      const sent = registration.queue.then(() => deliver(registration, delivery));
      registration.queue = sent;
      pending.add(sent);
      void sent.finally(() => pending.delete(sent));
    }
  }

  // ---- payments ----------------------------------------------------------------------------------------------

  function record(payment: SimPayment, name: PaymentEventName, amount: number, idempotencyKey: string | null) {
    const event: WirePaymentEvent = {
      reference: payment.reference,
      pspReference: payment.pspReference,
      name,
      paymentAction: name,
      amount: nok(amount),
      timestamp: timestamp(),
      idempotencyKey,
      success: true,
    };
    payment.events.push(event);
    notify(payment, event);
  }

  /** A payment left CREATED past its expiry time expires when next looked at (and by the sweep below). */
  function settleExpiry(payment: SimPayment) {
    if (payment.state === 'CREATED' && now() >= payment.expiresAt) {
      payment.state = 'EXPIRED';
      record(payment, 'EXPIRED', payment.amount, null);
    }
  }

  function lookup(reference: string): SimPayment {
    const payment = payments.get(reference);
    if (!payment) throw new HttpProblem(404, 'Not Found', `No payment with reference ${reference}`);
    settleExpiry(payment);
    return payment;
  }

  function decide(payment: SimPayment, decision: 'approve' | 'reject' | 'expire') {
    settleExpiry(payment);
    if (payment.state !== 'CREATED') throw new SimulatorStateError(payment.reference, payment.state, decision);
    if (decision === 'approve') {
      payment.state = 'AUTHORIZED';
      payment.authorized = payment.amount;
      record(payment, 'AUTHORIZED', payment.amount, null);
    } else if (decision === 'reject') {
      payment.state = 'ABORTED';
      record(payment, 'ABORTED', payment.amount, null);
    } else {
      payment.state = 'EXPIRED';
      record(payment, 'EXPIRED', payment.amount, null);
    }
  }

  const aggregate = (p: SimPayment): WireAggregate => ({
    authorizedAmount: nok(p.authorized),
    cancelledAmount: nok(p.cancelled),
    capturedAmount: nok(p.captured),
    refundedAmount: nok(p.refunded),
  });

  const redirectUrl = (p: SimPayment) => `${baseUrl}/landing?token=${encodeURIComponent(p.token)}`;
  const hasRedirect = (p: SimPayment) => p.userFlow !== 'PUSH_MESSAGE';

  const paymentView = (p: SimPayment): WireGetPaymentResponse => ({
    aggregate: aggregate(p),
    amount: nok(p.amount),
    state: p.state,
    paymentMethod: { type: 'WALLET' },
    profile: {},
    pspReference: p.pspReference,
    ...(hasRedirect(p) ? { redirectUrl: redirectUrl(p) } : {}),
    reference: p.reference,
    ...(p.metadata ? { metadata: p.metadata } : {}),
  });

  const modificationView = (p: SimPayment): WireModificationResponse => ({
    amount: nok(p.amount),
    state: p.state,
    aggregate: aggregate(p),
    pspReference: p.pspReference,
    reference: p.reference,
  });

  function createPayment(body: unknown, idempotencyKey: string) {
    const checks = new Checks();
    if (!isObject(body)) throw new HttpProblem(400, 'Bad Request', 'The body must be a CreatePaymentRequest object');
    const amount = checks.amount(body.amount, 'amount');
    const method = body.paymentMethod;
    if (!isObject(method) || (method.type !== 'WALLET' && method.type !== 'CARD')) {
      checks.fail('paymentMethod.type', 'The payment method must be WALLET or CARD.');
    }
    const reference = body.reference;
    if (typeof reference !== 'string' || !REFERENCE_PATTERN.test(reference)) {
      checks.fail('reference', 'The reference must be 8-50 characters a-z, A-Z, 0-9 or -.');
    }
    const userFlow = USER_FLOWS.find((f) => f === body.userFlow);
    if (!userFlow) checks.fail('userFlow', `The user flow must be one of ${USER_FLOWS.join(', ')}.`);
    const returnUrl = body.returnUrl;
    if (returnUrl !== undefined && (typeof returnUrl !== 'string' || !isAbsoluteUrl(returnUrl))) {
      checks.fail('returnUrl', 'The return URL must be an absolute URL.');
    }
    if ((userFlow === 'WEB_REDIRECT' || userFlow === 'NATIVE_REDIRECT') && returnUrl === undefined) {
      checks.fail('returnUrl', `The return URL is required for ${userFlow}.`);
    }
    const customer = body.customer;
    const phoneNumber = isObject(customer) ? customer.phoneNumber : undefined;
    if (customer !== undefined && (typeof phoneNumber !== 'string' || !/^\d{10,15}$/.test(phoneNumber))) {
      checks.fail('customer.phoneNumber', 'The phone number must be 10-15 digits, country code first.');
    }
    if (userFlow === 'PUSH_MESSAGE' && customer === undefined) {
      checks.fail('customer', 'The customer is required for PUSH_MESSAGE.');
    }
    const description = body.paymentDescription;
    if (
      description !== undefined &&
      (typeof description !== 'string' || description.length < 3 || description.length > 100)
    ) {
      checks.fail('paymentDescription', 'The payment description must be 3-100 characters.');
    }
    const metadata = body.metadata;
    if (
      metadata !== undefined &&
      metadata !== null &&
      (!isObject(metadata) ||
        Object.keys(metadata).length > 5 ||
        Object.entries(metadata).some(([k, v]) => k.length > 100 || typeof v !== 'string' || v.length > 500))
    ) {
      checks.fail('metadata', 'Metadata takes up to 5 text pairs (keys to 100, values to 500 characters).');
    }
    checks.throwIfAny();
    const ref = reference as string;
    if (payments.has(ref)) throw new HttpProblem(409, 'Conflict', `A payment with reference ${ref} already exists`);
    const payment: SimPayment = {
      reference: ref,
      pspReference: randomUUID(),
      amount,
      state: 'CREATED',
      userFlow: userFlow as UserFlow,
      returnUrl: returnUrl as string | undefined,
      paymentDescription: description as string | undefined,
      metadata: isObject(metadata) ? (metadata as Record<string, string>) : undefined,
      token: randomBytes(24).toString('base64url'),
      expiresAt: now() + expiryMs,
      authorized: 0,
      captured: 0,
      cancelled: 0,
      refunded: 0,
      events: [],
    };
    payments.set(ref, payment);
    byToken.set(payment.token, payment);
    record(payment, 'CREATED', amount, idempotencyKey);
    return { reference: ref, ...(hasRedirect(payment) ? { redirectUrl: redirectUrl(payment) } : {}) };
  }

  function modificationAmount(body: unknown): number {
    const checks = new Checks();
    const amount = checks.amount(isObject(body) ? body.modificationAmount : undefined, 'modificationAmount');
    checks.throwIfAny();
    return amount;
  }

  function requireAuthorized(payment: SimPayment, action: string) {
    if (payment.state !== 'AUTHORIZED') {
      throw new HttpProblem(409, 'Conflict', `The payment is ${payment.state} and cannot be ${action}`);
    }
  }

  function capture(payment: SimPayment, body: unknown, idempotencyKey: string) {
    const amount = modificationAmount(body);
    requireAuthorized(payment, 'captured');
    const capturable = payment.authorized - payment.captured - payment.cancelled;
    if (amount > capturable) {
      throw new HttpProblem(
        400,
        'Bad Request',
        `The capture amount ${amount} exceeds what remains authorized (${capturable})`,
        [{ name: 'modificationAmount.value', reason: 'Capture amount too high.' }],
      );
    }
    payment.captured += amount;
    record(payment, 'CAPTURED', amount, idempotencyKey);
    return modificationView(payment);
  }

  function refund(payment: SimPayment, body: unknown, idempotencyKey: string) {
    const amount = modificationAmount(body);
    requireAuthorized(payment, 'refunded');
    const refundable = payment.captured - payment.refunded;
    if (amount > refundable) {
      throw new HttpProblem(
        400,
        'Bad Request',
        `The refund amount ${amount} exceeds what is captured and not refunded (${refundable})`,
        [{ name: 'modificationAmount.value', reason: 'Refund amount too high.' }],
      );
    }
    payment.refunded += amount;
    record(payment, 'REFUNDED', amount, idempotencyKey);
    return modificationView(payment);
  }

  function cancel(payment: SimPayment, idempotencyKey: string) {
    if (payment.state === 'CREATED') {
      payment.state = 'TERMINATED';
      payment.cancelled = payment.amount;
      record(payment, 'TERMINATED', payment.amount, idempotencyKey);
      return modificationView(payment);
    }
    requireAuthorized(payment, 'cancelled');
    const remaining = payment.authorized - payment.captured - payment.cancelled;
    if (remaining === 0) {
      throw new HttpProblem(409, 'Conflict', 'Nothing remains to cancel: the payment is captured or cancelled');
    }
    payment.cancelled += remaining;
    record(payment, 'CANCELLED', remaining, idempotencyKey);
    return modificationView(payment);
  }

  // ---- HTTP --------------------------------------------------------------------------------------------------

  function send(res: ServerResponse, status: number, body: unknown, contentType = 'application/json') {
    if (body === undefined) {
      res.writeHead(status, { 'content-length': 0 });
      res.end();
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': `${contentType}; charset=utf-8`,
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  }

  function sendHtml(res: ServerResponse, status: number, html: string) {
    res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(html),
      'cache-control': 'no-store',
    });
    res.end(html);
  }

  function sendProblem(res: ServerResponse, problem: HttpProblem, instance: string) {
    const body: Problem = {
      type: PROBLEM_TYPE,
      title: problem.title,
      status: problem.status,
      detail: problem.detail,
      instance,
      traceId: randomUUID(),
      ...(problem.extraDetails ? { extraDetails: problem.extraDetails } : {}),
    };
    send(res, problem.status, body, 'application/problem+json');
  }

  function authenticate(req: IncomingMessage) {
    const auth = header(req, 'authorization') ?? '';
    const token = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : undefined;
    const expiresAt = token ? tokens.get(token) : undefined;
    if (expiresAt === undefined || now() >= expiresAt) {
      throw new HttpProblem(401, 'Unauthorized', 'A valid access token is required');
    }
    if (header(req, 'ocp-apim-subscription-key') !== credentials.subscriptionKey) {
      throw new HttpProblem(401, 'Unauthorized', 'The subscription key is missing or wrong');
    }
    if (header(req, 'merchant-serial-number') !== credentials.merchantSerialNumber) {
      throw new HttpProblem(403, 'Forbidden', 'The merchant serial number is missing or not yours');
    }
  }

  function issueToken(req: IncomingMessage): WireAccessTokenResponse {
    if (
      header(req, 'client_id') !== credentials.clientId ||
      header(req, 'client_secret') !== credentials.clientSecret ||
      header(req, 'ocp-apim-subscription-key') !== credentials.subscriptionKey
    ) {
      throw new HttpProblem(401, 'Unauthorized', 'The client id, client secret or subscription key is wrong');
    }
    const token = randomBytes(32).toString('base64url');
    const issued = Math.floor(now() / 1000);
    tokens.set(token, (issued + tokenLifetime) * 1000);
    return {
      token_type: 'Bearer',
      expires_in: String(tokenLifetime),
      ext_expires_in: String(tokenLifetime),
      expires_on: String(issued + tokenLifetime),
      not_before: String(issued),
      resource: '00000002-0000-0000-c000-000000000000',
      access_token: token,
    };
  }

  /**
   * Runs a mutating call once per Idempotency-Key: the same key with the same request (path and body) gets the
   * stored answer, with another request a 409. Only successful answers are kept, so a refused call can be retried
   * with the same key once the payment allows it. Everything from the lookup to storing the answer is synchronous,
   * so concurrent identical requests cannot both run.
   */
  function idempotent(
    req: IncomingMessage,
    path: string,
    body: unknown,
    status: number,
    contentType: string,
    run: (key: string) => unknown,
  ): { status: number; body: unknown; contentType: string } {
    const key = header(req, 'idempotency-key');
    if (!key) throw new HttpProblem(400, 'Bad Request', 'The Idempotency-Key header is required');
    if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
      throw new HttpProblem(400, 'Bad Request', `The Idempotency-Key is longer than ${MAX_IDEMPOTENCY_KEY_LENGTH}`);
    }
    const slot = `${path}\n${key}`;
    const fingerprint = createHash('sha256').update(canonical(body)).digest('base64');
    const stored = answers.get(slot);
    if (stored) {
      if (stored.fingerprint !== fingerprint) {
        throw new HttpProblem(
          409,
          'Conflict',
          'The Idempotency-Key was already used with a different request; use a new key for a new request',
        );
      }
      return stored;
    }
    const answer = { fingerprint, status, body: run(key), contentType };
    answers.set(slot, answer);
    return answer;
  }

  async function route(req: IncomingMessage, res: ServerResponse, url: URL) {
    const method = req.method ?? 'GET';
    const path = url.pathname;

    if (path === '/landing') return landing(req, res, url);

    if (method === 'POST' && path === '/accesstoken/get') {
      await readBody(req);
      return send(res, 200, issueToken(req));
    }

    if (path === '/webhooks/v1/webhooks' || path.startsWith('/webhooks/v1/webhooks/')) {
      authenticate(req);
      return webhooks(req, res, method, path);
    }

    authenticate(req);
    if (method === 'POST' && path === '/epayment/v1/payments') {
      const body = parseJson(await readBody(req));
      const answer = idempotent(req, path, body, 201, 'application/json', (key) => createPayment(body, key));
      return send(res, answer.status, answer.body, answer.contentType);
    }
    const approveMatch = /^\/epayment\/v1\/test\/payments\/([^/]+)\/approve$/.exec(path);
    if (method === 'POST' && approveMatch?.[1]) {
      const body = parseJson(await readBody(req));
      const payment = lookup(decodeURIComponent(approveMatch[1]));
      if (isObject(body) && typeof body.token === 'string' && body.token !== payment.token) {
        throw new HttpProblem(400, 'Bad Request', 'The token does not belong to this payment');
      }
      if (payment.state !== 'CREATED') {
        throw new HttpProblem(400, 'Bad Request', `The payment is ${payment.state} and cannot be approved`);
      }
      decide(payment, 'approve');
      return send(res, 200, undefined);
    }
    const match = /^\/epayment\/v1\/payments\/([^/]+)(?:\/(events|capture|cancel|refund))?$/.exec(path);
    if (!match?.[1]) throw new HttpProblem(404, 'Not Found', `No such resource: ${method} ${path}`);
    const reference = decodeURIComponent(match[1]);
    const action = match[2];
    if (!REFERENCE_PATTERN.test(reference)) {
      throw new HttpProblem(400, 'Bad Request', 'The reference must be 8-50 characters a-z, A-Z, 0-9 or -', [
        { name: 'reference', reason: 'Invalid format.' },
      ]);
    }
    if (method === 'GET' && action === undefined) return send(res, 200, paymentView(lookup(reference)));
    if (method === 'GET' && action === 'events') return send(res, 200, lookup(reference).events);
    if (method === 'POST' && action !== undefined && action !== 'events') {
      const body = parseJson(await readBody(req));
      const payment = lookup(reference);
      // The API describes the 200 answer of adjustments as application/problem+json.
      const answer = idempotent(req, path, body, 200, 'application/problem+json', (key) =>
        action === 'capture'
          ? capture(payment, body, key)
          : action === 'refund'
            ? refund(payment, body, key)
            : cancel(payment, key),
      );
      return send(res, answer.status, answer.body, answer.contentType);
    }
    throw new HttpProblem(405, 'Method Not Allowed', `${method} is not allowed on ${path}`);
  }

  async function webhooks(req: IncomingMessage, res: ServerResponse, method: string, path: string) {
    if (path === '/webhooks/v1/webhooks' && method === 'GET') {
      const list: WireWebhook[] = [...registrations.values()].map(({ id, url, events }) => ({ id, url, events }));
      return send(res, 200, { webhooks: list });
    }
    if (path === '/webhooks/v1/webhooks' && method === 'POST') {
      const body = parseJson(await readBody(req));
      const checks = new Checks();
      if (!isObject(body)) throw new HttpProblem(400, 'Bad Request', 'The body must be a RegisterRequest object');
      for (const key of Object.keys(body)) {
        if (key !== 'url' && key !== 'events') checks.fail(key, 'Unknown property.');
      }
      const url = body.url;
      if (typeof url !== 'string' || !isAbsoluteUrl(url) || !/^https?:$/.test(new URL(url).protocol)) {
        checks.fail('url', 'The property is required and must be an absolute http(s) URL.');
      }
      const events = body.events;
      if (!Array.isArray(events) || events.length === 0 || events.some((e) => typeof e !== 'string')) {
        checks.fail('events', 'The property is required and must list at least one event.');
      }
      checks.throwIfAny();
      const registration: Registration = {
        id: randomUUID(),
        url: url as string,
        events: events as string[],
        secret: randomBytes(48).toString('base64'),
        queue: Promise.resolve(),
      };
      registrations.set(registration.id, registration);
      return send(res, 201, { id: registration.id, secret: registration.secret });
    }
    const id = /^\/webhooks\/v1\/webhooks\/([^/]+)$/.exec(path)?.[1];
    if (id && method === 'DELETE') {
      if (!registrations.delete(decodeURIComponent(id))) {
        throw new HttpProblem(400, 'Bad Request', 'No webhook with that id');
      }
      return send(res, 204, undefined);
    }
    throw new HttpProblem(404, 'Not Found', `No such resource: ${method} ${path}`);
  }

  async function landing(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (req.method === 'GET') {
      const payment = byToken.get(url.searchParams.get('token') ?? '');
      if (!payment) return sendHtml(res, 404, notFoundPage());
      settleExpiry(payment);
      if (payment.state !== 'CREATED') return sendHtml(res, 200, outcomePage(payment.state, payment.returnUrl));
      return sendHtml(
        res,
        200,
        approvalPage({
          merchantName,
          paymentDescription: payment.paymentDescription,
          amount: payment.amount,
          action: '/landing',
          token: payment.token,
        }),
      );
    }
    if (req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const payment = byToken.get(form.get('token') ?? '');
      if (!payment) return sendHtml(res, 404, notFoundPage());
      const decision = form.get('decision');
      settleExpiry(payment);
      if (payment.state === 'CREATED' && (decision === 'approve' || decision === 'reject')) decide(payment, decision);
      if (payment.returnUrl) {
        res.writeHead(303, { location: payment.returnUrl, 'content-length': 0 });
        res.end();
        return;
      }
      return sendHtml(res, 200, outcomePage(payment.state, undefined));
    }
    res.writeHead(405, { allow: 'GET, POST', 'content-length': 0 });
    res.end();
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://simulator');
    route(req, res, url).catch((error: unknown) => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const problem =
        error instanceof HttpProblem
          ? error
          : error instanceof SimulatorStateError
            ? new HttpProblem(409, 'Conflict', error.message)
            : new HttpProblem(500, 'Internal Server Error', 'The simulator failed');
      sendProblem(res, problem, url.pathname);
    });
  });
  server.listen(options.port ?? 0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // Payments nobody looks at still expire (and notify) on time.
  const sweep = setInterval(() => {
    for (const payment of payments.values()) settleExpiry(payment);
  }, 1_000);
  sweep.unref();

  const find = (reference: string) => {
    const payment = payments.get(reference);
    if (!payment) throw new Error(`no payment with reference ${reference}`);
    return payment;
  };

  return {
    url: baseUrl,
    credentials,
    approve: (reference) => decide(find(reference), 'approve'),
    reject: (reference) => decide(find(reference), 'reject'),
    expire: (reference) => decide(find(reference), 'expire'),
    payment(reference) {
      const payment = payments.get(reference);
      if (!payment) return undefined;
      settleExpiry(payment);
      return paymentView(payment);
    },
    deliveries: () => deliveries,
    async webhooksSettled() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    async close() {
      closed = true;
      clearInterval(sweep);
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await stopped;
      await Promise.allSettled([...pending]);
    },
  };
}
