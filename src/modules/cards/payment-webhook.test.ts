import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readPaymentNotification } from './payment-webhook-service.ts';
import { paymentWebhookUrl } from './payment-webhook-work.ts';

test('the webhook URL is the path under the public base URL; port 0 names the port the server listens on', () => {
  assert.equal(
    paymentWebhookUrl('https://fritidskort.drammen.kommune.no'),
    'https://fritidskort.drammen.kommune.no/api/payments/vipps/webhook',
  );
  assert.equal(
    paymentWebhookUrl('https://example.no/fritidskort/', 3000),
    'https://example.no/fritidskort/api/payments/vipps/webhook',
  );
  assert.equal(paymentWebhookUrl('http://127.0.0.1:0', 41234), 'http://127.0.0.1:41234/api/payments/vipps/webhook');
  assert.equal(paymentWebhookUrl('http://127.0.0.1:3000', 41234), 'http://127.0.0.1:3000/api/payments/vipps/webhook');
});

const event = {
  msn: '123456',
  reference: 'fk-0a1b2c3d-0000-4000-8000-000000000001',
  pspReference: '7686f7788898767977',
  name: 'AUTHORIZED',
  amount: { currency: 'NOK', value: 30_000 },
  timestamp: '2026-09-01T10:00:00.000Z',
  idempotencyKey: null,
  success: true,
};
const read = (value: unknown) => readPaymentNotification(Buffer.from(JSON.stringify(value)));

test('a payment event is read from the verified body', () => {
  assert.deepEqual(read(event), {
    reference: event.reference,
    pspReference: event.pspReference,
    name: 'AUTHORIZED',
    timestamp: new Date(event.timestamp),
    idempotencyKey: null,
  });
  assert.equal(read({ ...event, idempotencyKey: 'capture-1' })?.idempotencyKey, 'capture-1');
});

test('a body that is no payment event the platform can read is refused', () => {
  assert.equal(readPaymentNotification(Buffer.from('{"reference":')), undefined);
  assert.equal(read([event]), undefined);
  assert.equal(read({ ...event, reference: 'short' }), undefined);
  assert.equal(read({ ...event, reference: "fk-1'; drop table x" }), undefined);
  assert.equal(read({ ...event, name: 'PAID' }), undefined);
  assert.equal(read({ ...event, pspReference: '' }), undefined);
  assert.equal(read({ ...event, timestamp: 'yesterday' }), undefined);
  assert.equal(read({ ...event, idempotencyKey: 42 }), undefined);
  const { name: _name, ...nameless } = event;
  assert.equal(read(nameless), undefined);
});
