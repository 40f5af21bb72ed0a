import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../../errors.ts';
import { errorResponses } from '../../http/errors.ts';
import { Nullable } from '../../http/schemas.ts';
import { PAYMENT_EVENT_NAMES } from '../../integrations/vipps/api-types.ts';
import type { PaymentWebhookService } from './payment-webhook-service.ts';

/** The largest notification read; the provider's are a few hundred bytes. */
const BODY_LIMIT = 64 * 1024;

/** The provider's WebhookEvent (documentation: the body is read only after its signature is verified). */
const WebhookEvent = Type.Object({
  msn: Type.String({ description: 'The merchant serial number' }),
  reference: Type.String({ pattern: '^[a-zA-Z0-9-]{8,50}$' }),
  pspReference: Type.String(),
  name: Type.Enum([...PAYMENT_EVENT_NAMES]),
  amount: Type.Object({ currency: Type.String(), value: Type.Integer({ description: 'In øre' }) }),
  timestamp: Type.String({ format: 'date-time' }),
  idempotencyKey: Nullable(Type.String()),
  success: Type.Boolean(),
});

const Receipt = Type.Object({
  outcome: Type.Enum(['settled', 'duplicate', 'unknown'], {
    description:
      'settled: the payment was looked at and settled from its state; duplicate: this event was taken before; ' +
      'unknown: no payment of the platform has this reference. Nothing moves twice either way',
  }),
});

export interface PaymentWebhookRouteOptions {
  webhooks: PaymentWebhookService;
}

/** The payment provider's notifications: public, authenticated only by their signature. */
export const paymentWebhookRoutes: FastifyPluginAsyncTypebox<PaymentWebhookRouteOptions> = async (
  app,
  { webhooks },
) => {
  // The signature covers the body's bytes as sent, so this route (and only this one: the plugin is encapsulated)
  // reads them raw, whatever the media type says, and parses them itself after verifying.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: BODY_LIMIT }, (_request, body, done) => {
    done(null, body);
  });

  app.post(
    '/payments/vipps/webhook',
    {
      config: { permission: 'public' },
      bodyLimit: BODY_LIMIT,
      // The body is raw bytes here; it is checked after its signature (payment-webhook-service.ts).
      validatorCompiler: () => () => true,
      schema: {
        tags: ['cards'],
        summary: 'Notifications from Vipps MobilePay about payments (signed; no session)',
        description:
          'Authenticated only by the Webhooks API signature: HMAC-SHA256 with the registration’s secret over ' +
          'the method, the path and query, x-ms-date, Host and the SHA-256 of the raw body. A missing or wrong ' +
          'signature, a changed body or a date more than 5 minutes off is refused with 401. A verified event ' +
          'only makes the platform read the payment from Vipps MobilePay and settle it from that state; the same ' +
          'event again is answered 200 and moves nothing.',
        body: WebhookEvent,
        response: { 200: Receipt, ...errorResponses(401, 413, 503) },
      },
    },
    async (request) => {
      const raw: unknown = request.body;
      const receipt = await webhooks
        .receive({
          pathAndQuery: request.url,
          headers: request.headers,
          body: Buffer.isBuffer(raw) ? raw : Buffer.alloc(0),
        })
        .catch((error: unknown) => {
          request.log.error(
            { err: error instanceof Error ? error.message : String(error) },
            'payment webhook: settling failed; the provider will try again',
          );
          throw new AppError('SERVICE_UNAVAILABLE');
        });
      switch (receipt.outcome) {
        case 'refused':
          // The reason goes to the log only: the sender learns nothing but 401.
          request.log.warn({ reason: receipt.reason }, 'payment webhook refused');
          throw new AppError('SIGNATURE_INVALID');
        case 'malformed':
          request.log.warn('payment webhook: a signed body that is no payment event');
          throw new AppError('MALFORMED_REQUEST');
        case 'unknown':
          request.log.warn(
            { reference: receipt.event.reference, event: receipt.event.name },
            'payment webhook for a payment the platform does not know',
          );
          return { outcome: receipt.outcome };
        default:
          request.log.info(
            { reference: receipt.event.reference, event: receipt.event.name, outcome: receipt.outcome },
            'payment webhook',
          );
          return { outcome: receipt.outcome };
      }
    },
  );
};
