import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  signWebhook,
  verifyWebhook,
  type WebhookSignatureHeaders,
  webhookContentHash,
  webhookStringToSign,
} from './webhook-signature.ts';

/** The test vector published with the Webhooks API's request authentication. */
const vector = {
  secret: 'A0+AeKBRG2KRGvnNwJpQlb6IJFk48CKXCIcrLoHncVJKDILsQSxS6NWCccwWm6r6FhGKhiHTBsG2wo/xU6FY/A==',
  url: 'https://webhook.site/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63',
  date: 'Thu, 30 Mar 2023 08:38:32 GMT',
  body: '{"some-unique-content":"ee6e441b-cc4a-46f8-895d-a5af79bcc233/hello-world"}',
  contentHash: 'lNlsp1XA03N34HrQsVzPgJKtC+r7l/RBF4V3JQUWMj4=',
  signature: 'agAiSyogQbDHpeucoNwYz+yAr5nJ+v+zasdkSbqzv+U=',
};
const vectorHeaders: WebhookSignatureHeaders = {
  'x-ms-date': vector.date,
  'x-ms-content-sha256': vector.contentHash,
  host: 'webhook.site',
  authorization: `HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=${vector.signature}`,
};
const vectorPath = '/e2cee29b-012e-4f1d-8ef4-e95fd74a7a63';
const atVectorDate = new Date(vector.date);

const verifyVector = (changes: Partial<Parameters<typeof verifyWebhook>[0]> = {}) =>
  verifyWebhook({
    secret: vector.secret,
    pathAndQuery: vectorPath,
    headers: vectorHeaders,
    body: vector.body,
    now: atVectorDate,
    ...changes,
  });

describe('webhook signature', () => {
  test('the published test vector: content hash, signature and headers', () => {
    assert.equal(webhookContentHash(vector.body), vector.contentHash);
    const headers = signWebhook({ secret: vector.secret, url: vector.url, body: vector.body, date: atVectorDate });
    assert.deepEqual(headers, vectorHeaders);
    assert.equal(
      webhookStringToSign(vectorPath, vector.date, 'webhook.site', vector.contentHash),
      `POST\n${vectorPath}\n${vector.date};webhook.site;${vector.contentHash}`,
    );
  });

  test('the published test vector verifies with the clock at its date', () => {
    assert.deepEqual(verifyVector(), { ok: true });
    assert.deepEqual(verifyVector({ body: Buffer.from(vector.body, 'utf8') }), { ok: true });
    assert.deepEqual(verifyVector({ headers: new Headers({ ...vectorHeaders }) }), { ok: true });
    // Within the tolerance either way.
    assert.deepEqual(verifyVector({ now: new Date(atVectorDate.getTime() + 4 * 60_000) }), { ok: true });
    assert.deepEqual(verifyVector({ now: new Date(atVectorDate.getTime() - 4 * 60_000) }), { ok: true });
  });

  test('an altered body fails', () => {
    assert.deepEqual(verifyVector({ body: vector.body.replace('hello', 'hullo') }), {
      ok: false,
      reason: 'content-hash-mismatch',
    });
    // A body altered together with its hash header still fails on the signature.
    const body = vector.body.replace('hello', 'hullo');
    assert.deepEqual(
      verifyVector({ body, headers: { ...vectorHeaders, 'x-ms-content-sha256': webhookContentHash(body) } }),
      { ok: false, reason: 'signature-mismatch' },
    );
  });

  test('an altered date, path, host, secret or signature fails', () => {
    const later = 'Thu, 30 Mar 2023 08:38:33 GMT';
    assert.deepEqual(verifyVector({ headers: { ...vectorHeaders, 'x-ms-date': later } }), {
      ok: false,
      reason: 'signature-mismatch',
    });
    assert.deepEqual(verifyVector({ pathAndQuery: `${vectorPath}?again=1` }), {
      ok: false,
      reason: 'signature-mismatch',
    });
    assert.deepEqual(verifyVector({ headers: { ...vectorHeaders, host: 'webhook.site:8443' } }), {
      ok: false,
      reason: 'signature-mismatch',
    });
    assert.deepEqual(verifyVector({ secret: `${vector.secret.slice(0, -2)}A=` }), {
      ok: false,
      reason: 'signature-mismatch',
    });
    const flipped = `${vector.signature.slice(0, 5)}${vector.signature[5] === 'A' ? 'B' : 'A'}${vector.signature.slice(6)}`;
    assert.deepEqual(
      verifyVector({
        headers: { ...vectorHeaders, authorization: vectorHeaders.authorization.replace(vector.signature, flipped) },
      }),
      { ok: false, reason: 'signature-mismatch' },
    );
    assert.deepEqual(
      verifyVector({
        headers: { ...vectorHeaders, authorization: vectorHeaders.authorization.replace(vector.signature, '') },
      }),
      { ok: false, reason: 'signature-mismatch' },
    );
    assert.deepEqual(verifyVector({ headers: { ...vectorHeaders, authorization: `Bearer ${vector.signature}` } }), {
      ok: false,
      reason: 'malformed-authorization',
    });
    const { host: _host, ...withoutHost } = vectorHeaders;
    assert.deepEqual(verifyVector({ headers: withoutHost }), { ok: false, reason: 'missing-header' });
  });

  test('an old or future date fails: a recorded notification cannot be replayed', () => {
    assert.deepEqual(verifyVector({ now: new Date() }), { ok: false, reason: 'date-out-of-range' });
    assert.deepEqual(verifyVector({ now: new Date(atVectorDate.getTime() + 5 * 60_000 + 1000) }), {
      ok: false,
      reason: 'date-out-of-range',
    });
    assert.deepEqual(verifyVector({ now: new Date(atVectorDate.getTime() - 6 * 60_000) }), {
      ok: false,
      reason: 'date-out-of-range',
    });
    // A wider tolerance is the caller's choice.
    assert.deepEqual(verifyVector({ now: new Date(atVectorDate.getTime() + 6 * 60_000), toleranceMs: 10 * 60_000 }), {
      ok: true,
    });
  });

  test('a freshly signed notification verifies against its own URL', () => {
    const body = JSON.stringify({ reference: 'payment-123456', name: 'AUTHORIZED' });
    const url = 'http://127.0.0.1:3000/api/payments/vipps/webhook?municipality=3301';
    const headers = signWebhook({ secret: 's3cret', url, body });
    assert.equal(headers.host, '127.0.0.1:3000');
    assert.deepEqual(
      verifyWebhook({ secret: 's3cret', pathAndQuery: '/api/payments/vipps/webhook?municipality=3301', headers, body }),
      { ok: true },
    );
    assert.deepEqual(
      verifyWebhook({ secret: 'other', pathAndQuery: '/api/payments/vipps/webhook?municipality=3301', headers, body }),
      { ok: false, reason: 'signature-mismatch' },
    );
  });
});
