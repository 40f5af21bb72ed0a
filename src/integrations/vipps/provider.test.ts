import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadConfig } from '../../config.ts';
import { createPaymentProvider, startDevPaymentSimulator } from './provider.ts';

const vippsEnv = {
  VIPPS_BASE_URL: 'https://apitest.vipps.no/',
  VIPPS_CLIENT_ID: 'client',
  VIPPS_CLIENT_SECRET: 'secret',
  VIPPS_SUBSCRIPTION_KEY: 'key',
  VIPPS_MERCHANT_SERIAL_NUMBER: '212121',
};

describe('payment provider configuration', () => {
  test('VIPPS_* configure the merchant; the webhook base defaults to PUBLIC_URL', () => {
    const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: 'https://fritidskort.example.no/', ...vippsEnv });
    assert.deepEqual(config.payments, {
      vipps: {
        baseUrl: 'https://apitest.vipps.no',
        clientId: 'client',
        clientSecret: 'secret',
        subscriptionKey: 'key',
        merchantSerialNumber: '212121',
      },
      webhookBaseUrl: 'https://fritidskort.example.no',
      devPort: 0,
    });
    const own = loadConfig({
      NODE_ENV: 'test',
      VIPPS_WEBHOOK_BASE_URL: 'https://hooks.example.no',
      VIPPS_DEV_PORT: '3009',
    });
    assert.equal(own.payments.vipps, undefined);
    assert.equal(own.payments.webhookBaseUrl, 'https://hooks.example.no');
    assert.equal(own.payments.devPort, 3009);
  });

  test('incomplete or malformed settings are refused at start', () => {
    const { VIPPS_CLIENT_SECRET: _secret, ...withoutSecret } = vippsEnv;
    assert.throws(() => loadConfig({ NODE_ENV: 'test', ...withoutSecret }), /must be set together/);
    assert.throws(
      () => loadConfig({ NODE_ENV: 'test', ...vippsEnv, VIPPS_MERCHANT_SERIAL_NUMBER: '12' }),
      /VIPPS_MERCHANT_SERIAL_NUMBER/,
    );
    assert.throws(() => loadConfig({ NODE_ENV: 'test', ...vippsEnv, VIPPS_BASE_URL: 'apitest.vipps.no' }), /absolute/);
    assert.throws(
      () =>
        loadConfig({
          NODE_ENV: 'production',
          ALLOW_GENERATED_KEYS: 'true',
          DATA_DIR: '/nonexistent/never-written',
          PII_LOOKUP_KEY: Buffer.alloc(32, 1).toString('base64'),
          PII_ENCRYPTION_KEY: Buffer.alloc(32, 2).toString('base64'),
          ...vippsEnv,
          VIPPS_BASE_URL: 'http://api.vipps.no',
        }),
      /https in production/,
    );
  });

  test('no provider without configuration; the development simulator stands in outside production', async () => {
    const config = loadConfig({ NODE_ENV: 'test' });
    assert.equal(createPaymentProvider(config), undefined);
    assert.equal(await startDevPaymentSimulator({ ...config, mode: 'production' }), undefined);
    assert.equal(await startDevPaymentSimulator(loadConfig({ NODE_ENV: 'test', ...vippsEnv })), undefined);

    const dev = await startDevPaymentSimulator({ ...config, mode: 'development' });
    assert.ok(dev);
    try {
      const provider = createPaymentProvider({ payments: { ...config.payments, vipps: dev.vipps } });
      assert.ok(provider);
      const { reference, redirectUrl } = await provider.createPayment(
        {
          reference: 'dev-payment-0001',
          amount: 15_000,
          paymentDescription: 'Dans',
          returnUrl: 'http://127.0.0.1:3000/',
        },
        'dev-key-0001',
      );
      assert.ok(redirectUrl?.startsWith(`${dev.url}/landing`));
      assert.equal((await provider.getPayment(reference)).state, 'CREATED');
    } finally {
      await dev.close();
    }
  });
});
