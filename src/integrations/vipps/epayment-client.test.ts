import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { checkSchema, specCheckedFetch } from '../../../test/helpers/vipps-spec-check.ts';
import { ALL_PAYMENT_WEBHOOK_EVENTS, type WireWebhookEvent } from './api-types.ts';
import {
  createEPaymentClient,
  type EPaymentClient,
  type EPaymentClientOptions,
  VippsApiError,
  VippsInputError,
  VippsNetworkError,
  VippsTimeoutError,
} from './epayment-client.ts';
import { startVippsSimulator, type VippsSimulator } from './simulator.ts';
import { verifyWebhook } from './webhook-signature.ts';

/** Every exchange of every test, checked against the API descriptions. */
const violations: string[] = [];
let tokenRequests = 0;
const countingFetch: typeof fetch = (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  if (url.endsWith('/accesstoken/get')) tokenRequests++;
  return fetch(input, init);
};
const checkedFetch = specCheckedFetch(violations, countingFetch);

interface Received {
  pathAndQuery: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A platform-side receiver of notifications; answers 500 to the first `failFirst` of each path. */
async function startReceiver() {
  const received: Received[] = [];
  const failures = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = req.url ?? '/';
      const left = failures.get(path) ?? 0;
      if (left > 0) {
        failures.set(path, left - 1);
        res.writeHead(500).end();
        return;
      }
      received.push({ pathAndQuery: path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    failFirst: (path: string, times: number) => failures.set(path, times),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let simulator: VippsSimulator;
let client: EPaymentClient;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let webhookSecret: string;
const WEBHOOK_PATH = '/api/payments/vipps/webhook?municipality=3301';

const clientOptions = (changes: Partial<EPaymentClientOptions> = {}): EPaymentClientOptions => ({
  baseUrl: simulator.url,
  ...simulator.credentials,
  system: { name: 'fritidskortet', version: '0.1.0', pluginName: 'fritidskortet-payments', pluginVersion: '1.0.0' },
  fetch: checkedFetch,
  retryDelayMs: 10,
  ...changes,
});

const newReference = () => `fee-${randomUUID()}`;
const newKey = () => randomUUID();

async function createPayment(amount = 45_000, reference = newReference()) {
  const created = await client.createPayment(
    {
      reference,
      amount,
      paymentDescription: 'Fotball G10, vår 2027: egenandel',
      returnUrl: 'http://127.0.0.1:3000/betaling/ferdig?ref=1',
    },
    newKey(),
  );
  return created;
}

async function authorizedPayment(amount = 45_000) {
  const { reference } = await createPayment(amount);
  await client.forceApprovePayment(reference);
  return reference;
}

async function rejects(promise: Promise<unknown>, status: number): Promise<VippsApiError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof VippsApiError, `expected a VippsApiError, got ${String(error)}`);
    assert.equal(error.status, status, error.message);
    assert.equal(error.problem.status, status);
    assert.ok(error.problem.traceId);
    return error;
  }
  assert.fail(`expected a ${status} refusal`);
}

before(async () => {
  simulator = await startVippsSimulator({ webhookRetryDelayMs: 10 });
  receiver = await startReceiver();
  client = createEPaymentClient(clientOptions());
  const registration = await client.registerWebhook(`${receiver.url}${WEBHOOK_PATH}`, ALL_PAYMENT_WEBHOOK_EVENTS);
  webhookSecret = registration.secret;
});

after(async () => {
  await simulator.close();
  await receiver.close();
});

describe('ePayment adapter against the simulator', () => {
  test('create → approve → capture → refund, with the event log', async () => {
    const { reference, redirectUrl } = await createPayment(45_000);
    assert.ok(redirectUrl?.startsWith(`${simulator.url}/landing?token=`));
    let payment = await client.getPayment(reference);
    assert.equal(payment.state, 'CREATED');
    assert.equal(payment.amount, 45_000);
    assert.deepEqual(payment.aggregate, { authorized: 0, captured: 0, cancelled: 0, refunded: 0 });

    await client.forceApprovePayment(reference);
    payment = await client.getPayment(reference);
    assert.equal(payment.state, 'AUTHORIZED');
    assert.equal(payment.aggregate.authorized, 45_000);

    const captureKey = newKey();
    const captured = await client.capturePayment(reference, 45_000, captureKey);
    assert.equal(captured.state, 'AUTHORIZED');
    assert.deepEqual(captured.aggregate, { authorized: 45_000, captured: 45_000, cancelled: 0, refunded: 0 });

    const refunded = await client.refundPayment(reference, 10_000, newKey());
    assert.deepEqual(refunded.aggregate, { authorized: 45_000, captured: 45_000, cancelled: 0, refunded: 10_000 });

    const events = await client.getPaymentEvents(reference);
    assert.deepEqual(
      events.map((e) => [e.name, e.amount]),
      [
        ['CREATED', 45_000],
        ['AUTHORIZED', 45_000],
        ['CAPTURED', 45_000],
        ['REFUNDED', 10_000],
      ],
    );
    assert.equal(events[2]?.idempotencyKey, captureKey);
    assert.ok(events.every((e) => e.success && e.timestamp instanceof Date));
  });

  test('the guardian approves on the approval page and is sent to the return URL', async () => {
    const { reference, redirectUrl } = await createPayment(12_550);
    assert.ok(redirectUrl);
    const page = await fetch(redirectUrl);
    assert.equal(page.status, 200);
    const html = await page.text();
    assert.match(html, /<html lang="nb">/);
    assert.match(html, /125,50\u00a0kr/);
    assert.match(html, /Fotball G10, vår 2027: egenandel/);
    const token = new URL(redirectUrl).searchParams.get('token') ?? '';
    const answer = await fetch(`${simulator.url}/landing`, {
      method: 'POST',
      body: new URLSearchParams({ token, decision: 'approve' }),
      redirect: 'manual',
    });
    assert.equal(answer.status, 303);
    assert.equal(answer.headers.get('location'), 'http://127.0.0.1:3000/betaling/ferdig?ref=1');
    assert.equal((await client.getPayment(reference)).state, 'AUTHORIZED');
    // The page now says what happened instead of offering the buttons again.
    assert.doesNotMatch(await (await fetch(redirectUrl)).text(), /Godkjenn/);
  });

  test('the guardian rejects: ABORTED, nothing can be captured', async () => {
    const { reference, redirectUrl } = await createPayment();
    const token = new URL(redirectUrl ?? '').searchParams.get('token') ?? '';
    const answer = await fetch(`${simulator.url}/landing`, {
      method: 'POST',
      body: new URLSearchParams({ token, decision: 'reject' }),
      redirect: 'manual',
    });
    assert.equal(answer.status, 303);
    assert.equal((await client.getPayment(reference)).state, 'ABORTED');
    await rejects(client.capturePayment(reference, 100, newKey()), 409);
    assert.throws(() => simulator.approve(reference), /ABORTED/);
  });

  test('a test rejects or expires a payment at once', async () => {
    const rejected = await createPayment();
    simulator.reject(rejected.reference);
    assert.equal((await client.getPayment(rejected.reference)).state, 'ABORTED');
    const expired = await createPayment();
    simulator.expire(expired.reference);
    assert.equal((await client.getPayment(expired.reference)).state, 'EXPIRED');
    await rejects(client.forceApprovePayment(expired.reference), 400);
    const names = (await client.getPaymentEvents(expired.reference)).map((e) => e.name);
    assert.deepEqual(names, ['CREATED', 'EXPIRED']);
  });

  test('a payment not acted on expires after the expiry time', async () => {
    let clock = Date.parse('2027-03-01T10:00:00Z');
    const timed = await startVippsSimulator({ now: () => clock, paymentExpiryMs: 10 * 60_000 });
    try {
      const timedClient = createEPaymentClient({ ...clientOptions(), baseUrl: timed.url, now: () => clock });
      const { reference } = await timedClient.createPayment(
        { reference: newReference(), amount: 5000, paymentDescription: 'Svømmekurs', returnUrl: 'https://x.no/r' },
        newKey(),
      );
      clock += 9 * 60_000;
      assert.equal((await timedClient.getPayment(reference)).state, 'CREATED');
      clock += 60_000;
      assert.equal((await timedClient.getPayment(reference)).state, 'EXPIRED');
      assert.equal(timed.payment(reference)?.state, 'EXPIRED');
    } finally {
      await timed.close();
    }
  });

  test('cancel releases an authorised, uncaptured payment; before approval it terminates the payment', async () => {
    const reference = await authorizedPayment(30_000);
    const cancelled = await client.cancelPayment(reference, newKey());
    assert.equal(cancelled.state, 'AUTHORIZED');
    assert.deepEqual(cancelled.aggregate, { authorized: 30_000, captured: 0, cancelled: 30_000, refunded: 0 });
    await rejects(client.capturePayment(reference, 100, newKey()), 400);
    await rejects(client.cancelPayment(reference, newKey()), 409);

    const { reference: unapproved } = await createPayment(20_000);
    const terminated = await client.cancelPayment(unapproved, newKey());
    assert.equal(terminated.state, 'TERMINATED');
    assert.throws(() => simulator.approve(unapproved), /TERMINATED/);
  });

  test('partial capture, then cancel of the rest', async () => {
    const reference = await authorizedPayment(10_000);
    await client.capturePayment(reference, 3_000, newKey());
    const second = await client.capturePayment(reference, 5_000, newKey());
    assert.deepEqual(second.aggregate, { authorized: 10_000, captured: 8_000, cancelled: 0, refunded: 0 });
    const rest = await client.cancelPayment(reference, newKey());
    assert.deepEqual(rest.aggregate, { authorized: 10_000, captured: 8_000, cancelled: 2_000, refunded: 0 });
    const events = await client.getPaymentEvents(reference);
    assert.deepEqual(events.map((e) => [e.name, e.amount]).slice(2), [
      ['CAPTURED', 3_000],
      ['CAPTURED', 5_000],
      ['CANCELLED', 2_000],
    ]);
  });

  test('capture above what is authorised and refund above what is captured are refused', async () => {
    const reference = await authorizedPayment(10_000);
    const over = await rejects(client.capturePayment(reference, 10_001, newKey()), 400);
    assert.equal(over.problem.extraDetails?.[0]?.name, 'modificationAmount.value');
    await client.capturePayment(reference, 6_000, newKey());
    await rejects(client.capturePayment(reference, 4_001, newKey()), 400);
    await rejects(client.refundPayment(reference, 6_001, newKey()), 400);
    await client.refundPayment(reference, 6_000, newKey());
    await rejects(client.refundPayment(reference, 1, newKey()), 400);
    const { aggregate } = await client.getPayment(reference);
    assert.deepEqual(aggregate, { authorized: 10_000, captured: 6_000, cancelled: 0, refunded: 6_000 });

    const { reference: created } = await createPayment();
    await rejects(client.capturePayment(created, 100, newKey()), 409);
    await rejects(client.refundPayment(created, 100, newKey()), 409);
  });

  test('50 concurrent identical creates make one payment; a retried capture captures once', async () => {
    const reference = newReference();
    const key = newKey();
    const input = { reference, amount: 25_000, paymentDescription: 'Turn, høst', returnUrl: 'https://x.no/r' };
    const answers = await Promise.all(Array.from({ length: 50 }, () => client.createPayment(input, key)));
    assert.ok(answers.every((a) => a.reference === reference && a.redirectUrl === answers[0]?.redirectUrl));
    const events = await client.getPaymentEvents(reference);
    assert.deepEqual(
      events.map((e) => e.name),
      ['CREATED'],
    );

    await client.forceApprovePayment(reference);
    const captureKey = newKey();
    const captures = await Promise.all(
      Array.from({ length: 10 }, () => client.capturePayment(reference, 10_000, captureKey)),
    );
    assert.ok(captures.every((c) => c.aggregate.captured === 10_000));
    assert.equal((await client.getPayment(reference)).aggregate.captured, 10_000);
    // The same key on another payment's capture is another request.
    const other = await authorizedPayment(10_000);
    assert.equal((await client.capturePayment(other, 10_000, captureKey)).aggregate.captured, 10_000);
  });

  test('the same key with a changed body is refused', async () => {
    const reference = newReference();
    const key = newKey();
    const input = { reference, amount: 25_000, paymentDescription: 'Turn, høst', returnUrl: 'https://x.no/r' };
    await client.createPayment(input, key);
    const conflict = await rejects(client.createPayment({ ...input, amount: 26_000 }, key), 409);
    assert.match(conflict.problem.detail ?? '', /Idempotency-Key/);
    // A new key for the same reference is a second payment with that reference: refused too.
    await rejects(client.createPayment(input, newKey()), 409);

    await client.forceApprovePayment(reference);
    const captureKey = newKey();
    await client.capturePayment(reference, 1_000, captureKey);
    await rejects(client.capturePayment(reference, 2_000, captureKey), 409);
    assert.equal((await client.getPayment(reference)).aggregate.captured, 1_000);
  });

  test('bad requests and unknown references answer problem+json', async () => {
    const unknown = await rejects(client.getPayment('no-such-payment-1'), 404);
    assert.equal(unknown.problem.title, 'Not Found');
    await rejects(client.getPaymentEvents('no-such-payment-1'), 404);
    await rejects(client.capturePayment('no-such-payment-1', 100, newKey()), 404);
    await rejects(client.cancelPayment('no-such-payment-1', newKey()), 404);
    await rejects(client.refundPayment('no-such-payment-1', 100, newKey()), 404);

    // What the adapter would never send, sent by hand: the simulator names every field at fault.
    const token = await client.accessToken();
    const earlier = violations.length;
    const response = await checkedFetch(`${simulator.url}/epayment/v1/payments`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Ocp-Apim-Subscription-Key': simulator.credentials.subscriptionKey,
        'Merchant-Serial-Number': simulator.credentials.merchantSerialNumber,
        'Idempotency-Key': newKey(),
      },
      body: JSON.stringify({
        amount: { currency: 'NOK', value: 10.5 },
        paymentMethod: { type: 'WALLET' },
        reference: 'short',
        userFlow: 'WEB_REDIRECT',
      }),
    });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    const problem = (await response.json()) as { extraDetails: { name: string }[] };
    assert.deepEqual(problem.extraDetails.map((d) => d.name).sort(), ['amount.value', 'reference', 'returnUrl']);
    // The request itself breaks the description, as it should: drop what the checker found about it.
    const found = violations.splice(earlier);
    assert.ok(found.length > 0 && found.every((v) => v.includes('request')), found.join('\n'));
  });

  test('input the API would refuse is refused before anything is sent', async () => {
    const input = { reference: newReference(), amount: 100, paymentDescription: 'Ski', returnUrl: 'https://x.no/r' };
    assert.throws(() => client.createPayment({ ...input, amount: 10.5 }, newKey()), VippsInputError);
    assert.throws(() => client.createPayment({ ...input, amount: 0 }, newKey()), VippsInputError);
    assert.throws(() => client.createPayment({ ...input, reference: 'a b' }, newKey()), VippsInputError);
    assert.throws(() => client.createPayment(input, 'k'.repeat(51)), VippsInputError);
    assert.throws(() => client.createPayment({ ...input, paymentDescription: 'x' }, newKey()), VippsInputError);
  });

  test('the access token is fetched once and again shortly before it expires', async () => {
    let clock = Date.now();
    const own = createEPaymentClient(clientOptions({ now: () => clock, tokenRefreshMarginMs: 60_000 }));
    const before = tokenRequests;
    await Promise.all([own.getPayment('no-such-payment-1').catch(() => undefined), own.accessToken()]);
    await own.accessToken();
    assert.equal(tokenRequests - before, 1);
    clock += 3600_000 - 60_000 - 1;
    await own.accessToken();
    assert.equal(tokenRequests - before, 1);
    clock += 2;
    await own.accessToken();
    assert.equal(tokenRequests - before, 2);
  });

  test('wrong credentials, timeouts and lost connections are typed errors', async () => {
    const wrong = createEPaymentClient(clientOptions({ clientSecret: 'wrong' }));
    await rejects(wrong.accessToken(), 401);
    const wrongMsn = createEPaymentClient(clientOptions({ merchantSerialNumber: '654321' }));
    await rejects(wrongMsn.getPayment('no-such-payment-1'), 403);

    const silent = createServer(() => {
      // Never answers.
    });
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
    const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const slow = createEPaymentClient(clientOptions({ baseUrl: silentUrl, timeoutMs: 100, retries: 1 }));
      const started = Date.now();
      await assert.rejects(slow.accessToken(), VippsTimeoutError);
      assert.ok(Date.now() - started < 2_000);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
    const gone = createEPaymentClient(clientOptions({ baseUrl: silentUrl, retries: 1 }));
    await assert.rejects(gone.accessToken(), VippsNetworkError);
  });

  test('a 5xx or a lost answer is tried again with the same key; a call without a key is not', async () => {
    let failuresLeft = 0;
    const calls: string[] = [];
    const flaky: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      calls.push(`${request.method} ${new URL(request.url).pathname}`);
      if (failuresLeft > 0 && !request.url.endsWith('/accesstoken/get')) {
        failuresLeft--;
        // The first attempt reaches the API, but its answer is lost on the way back.
        if (failuresLeft === 1) await checkedFetch(request.clone());
        return new Response('{"title":"Service Unavailable","status":503,"traceId":"t-1"}', { status: 503 });
      }
      return checkedFetch(request);
    };
    const retrying = createEPaymentClient(clientOptions({ fetch: flaky, retries: 2 }));
    await retrying.accessToken();
    failuresLeft = 2;
    calls.length = 0;
    const reference = newReference();
    await retrying.createPayment(
      { reference, amount: 9_900, paymentDescription: 'Sjakk', returnUrl: 'https://x.no/r' },
      newKey(),
    );
    assert.deepEqual(calls, Array(3).fill('POST /epayment/v1/payments'));
    assert.deepEqual(
      (await client.getPaymentEvents(reference)).map((e) => e.name),
      ['CREATED'],
    );

    failuresLeft = 1;
    calls.length = 0;
    await rejects(retrying.forceApprovePayment(reference), 503);
    assert.equal(calls.length, 1);
  });

  test('webhook registrations are listed and deleted', async () => {
    const other = await client.registerWebhook(`${receiver.url}/other`, ['epayments.payment.captured.v1']);
    assert.notEqual(other.secret, webhookSecret);
    const listed = await client.listWebhooks();
    assert.ok(listed.some((w) => w.id === other.id && w.events.join() === 'epayments.payment.captured.v1'));
    await client.deleteWebhook(other.id);
    assert.ok(!(await client.listWebhooks()).some((w) => w.id === other.id));
    await rejects(client.deleteWebhook(other.id), 400);
  });

  test('every state change arrives as a signed WebhookEvent that verifies; a tampered one does not', async () => {
    const reference = await authorizedPayment(7_000);
    await client.capturePayment(reference, 7_000, newKey());
    await client.refundPayment(reference, 2_000, newKey());
    await simulator.webhooksSettled();
    const mine = receiver.received
      .filter((r) => r.pathAndQuery === WEBHOOK_PATH)
      .map((r) => ({ ...r, event: JSON.parse(r.body) as WireWebhookEvent }))
      .filter((r) => r.event.reference === reference);
    assert.deepEqual(
      mine.map((r) => [r.event.name, r.event.amount.value]),
      [
        ['CREATED', 7_000],
        ['AUTHORIZED', 7_000],
        ['CAPTURED', 7_000],
        ['REFUNDED', 2_000],
      ],
    );
    for (const r of mine) {
      assert.deepEqual(checkSchema('WebhookEvent', r.event), []);
      assert.equal(r.event.msn, simulator.credentials.merchantSerialNumber);
      assert.deepEqual(
        verifyWebhook({ secret: webhookSecret, pathAndQuery: r.pathAndQuery, headers: r.headers, body: r.body }),
        { ok: true },
      );
    }
    const first = mine[0];
    assert.ok(first);
    const tampered = first.body.replace('"value":7000', '"value":70000');
    assert.notEqual(tampered, first.body);
    assert.deepEqual(
      verifyWebhook({
        secret: webhookSecret,
        pathAndQuery: first.pathAndQuery,
        headers: first.headers,
        body: tampered,
      }),
      { ok: false, reason: 'content-hash-mismatch' },
    );
    assert.deepEqual(
      verifyWebhook({
        secret: 'another-secret',
        pathAndQuery: first.pathAndQuery,
        headers: first.headers,
        body: first.body,
      }),
      { ok: false, reason: 'signature-mismatch' },
    );
    assert.deepEqual(
      verifyWebhook({ secret: webhookSecret, pathAndQuery: '/elsewhere', headers: first.headers, body: first.body }),
      { ok: false, reason: 'signature-mismatch' },
    );
    // Everything the simulator sent, to every registration, validates.
    for (const delivery of simulator.deliveries()) assert.deepEqual(checkSchema('WebhookEvent', delivery.event), []);
  });

  test('a failing receiver gets the notification again until it takes it', async () => {
    const path = '/flaky?x=1';
    receiver.failFirst(path, 2);
    const flaky = await client.registerWebhook(`${receiver.url}${path}`, ['epayments.payment.authorized.v1']);
    try {
      const reference = await authorizedPayment(1_000);
      await simulator.webhooksSettled();
      const delivery = simulator.deliveries().find((d) => d.webhookId === flaky.id && d.event.reference === reference);
      assert.ok(delivery);
      assert.equal(delivery.delivered, true);
      assert.equal(delivery.attempts, 3);
      const got = receiver.received.filter((r) => r.pathAndQuery === path);
      assert.equal(got.length, 1);
      const arrived = got[0];
      assert.ok(arrived);
      assert.deepEqual(
        verifyWebhook({ secret: flaky.secret, pathAndQuery: path, headers: arrived.headers, body: arrived.body }),
        { ok: true },
      );
    } finally {
      await client.deleteWebhook(flaky.id);
    }
  });

  test('every request and answer above conforms to the API descriptions', () => {
    assert.deepEqual(violations, []);
  });
});
