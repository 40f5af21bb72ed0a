/**
 * Access-matrix rows for the payment provider's notifications. The route is public (no session): the webhook
 * signature decides, so an unsigned notification is refused with 401 for everyone, logged in or not.
 */
import type { AccessCase } from './case.ts';

export const paymentsCases: AccessCase[] = [
  {
    route: 'POST /api/payments/vipps/webhook',
    request: () => ({
      method: 'POST',
      url: '/api/payments/vipps/webhook',
      payload: {
        msn: '123456',
        reference: 'fk-00000000-0000-4000-8000-000000000000',
        pspReference: 'psp-1',
        name: 'AUTHORIZED',
        amount: { currency: 'NOK', value: 10_000 },
        timestamp: new Date().toISOString(),
        idempotencyKey: null,
        success: true,
      },
    }),
    expect: {},
    otherwise: 401,
  },
];
