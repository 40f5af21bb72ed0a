/**
 * The shapes on the wire of Vipps MobilePay's ePayment API 1.4.1 and Webhooks API v1 (spec/epayment.v1.yml,
 * spec/webhooks.v1.yml), as far as the platform uses them. Shared by the adapter and the local simulator.
 */

export type Currency = 'NOK' | 'DKK' | 'EUR';

/** An amount in minor units (øre for NOK). */
export interface WireAmount {
  currency: Currency;
  value: number;
}

/** The payment's state: CAPTURED, REFUNDED and CANCELLED are events on an AUTHORIZED payment, not states. */
export type PaymentState = 'CREATED' | 'ABORTED' | 'EXPIRED' | 'AUTHORIZED' | 'TERMINATED';
export const PAYMENT_STATES: readonly PaymentState[] = ['CREATED', 'ABORTED', 'EXPIRED', 'AUTHORIZED', 'TERMINATED'];

export type PaymentEventName =
  | 'CREATED'
  | 'ABORTED'
  | 'EXPIRED'
  | 'CANCELLED'
  | 'CAPTURED'
  | 'REFUNDED'
  | 'AUTHORIZED'
  | 'TERMINATED';
export const PAYMENT_EVENT_NAMES: readonly PaymentEventName[] = [
  'CREATED',
  'ABORTED',
  'EXPIRED',
  'CANCELLED',
  'CAPTURED',
  'REFUNDED',
  'AUTHORIZED',
  'TERMINATED',
];

export type UserFlow = 'PUSH_MESSAGE' | 'NATIVE_REDIRECT' | 'WEB_REDIRECT' | 'QR';
export const USER_FLOWS: readonly UserFlow[] = ['PUSH_MESSAGE', 'NATIVE_REDIRECT', 'WEB_REDIRECT', 'QR'];

export type PaymentMethodType = 'WALLET' | 'CARD';

/** Reference: what the merchant names a payment by (also used for webhook and idempotency bookkeeping). */
export const REFERENCE_PATTERN = /^[a-zA-Z0-9-]{8,50}$/;
/** Merchant serial number. */
export const MSN_PATTERN = /^[0-9]{4,6}$/;
/** Largest amount the API takes, in minor units. */
export const MAX_AMOUNT = 65_000_000;
/** The Idempotency-Key header is at most this long. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 50;

export interface WireCreatePaymentRequest {
  amount: WireAmount;
  paymentMethod: { type: PaymentMethodType };
  reference: string;
  userFlow: UserFlow;
  returnUrl?: string;
  paymentDescription?: string;
  customer?: { phoneNumber: string };
  customerInteraction?: 'CUSTOMER_PRESENT' | 'CUSTOMER_NOT_PRESENT';
  metadata?: Record<string, string> | null;
}

export interface WireCreatePaymentResponse {
  reference: string;
  redirectUrl?: string;
}

export interface WireAggregate {
  authorizedAmount: WireAmount;
  cancelledAmount: WireAmount;
  capturedAmount: WireAmount;
  refundedAmount: WireAmount;
}

export interface WireGetPaymentResponse {
  aggregate: WireAggregate;
  amount: WireAmount;
  state: PaymentState;
  paymentMethod: { type: PaymentMethodType; cardBin?: string };
  profile: { sub?: string };
  pspReference: string;
  redirectUrl?: string;
  reference: string;
  metadata?: Record<string, string> | null;
}

export interface WireModificationRequest {
  modificationAmount: WireAmount;
}

export interface WireModificationResponse {
  amount: WireAmount;
  state: PaymentState;
  aggregate: WireAggregate;
  pspReference: string;
  reference: string;
}

/** One entry of a payment's event log. */
export interface WirePaymentEvent {
  reference: string;
  pspReference: string;
  name: PaymentEventName;
  /** Required by the 1.4.1 description without being defined; the same as `name`. */
  paymentAction?: PaymentEventName;
  amount: WireAmount;
  timestamp: string;
  idempotencyKey: string | null;
  success: boolean;
}

/** The body of an ePayment webhook notification. */
export interface WireWebhookEvent {
  msn: string;
  reference: string;
  pspReference: string;
  name: PaymentEventName;
  amount: WireAmount;
  timestamp: string;
  idempotencyKey: string | null;
  success: boolean;
}

export interface WireForceApproveRequest {
  customer?: { phoneNumber: string };
  token?: string;
}

/** RFC 7807 problem as the ePayment API gives it (extraDetails as its validation errors carry them). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  traceId: string;
  instance?: string;
  extraDetails?: { name: string; reason: string }[];
}

/** The Access Token API's answer; expires_in and friends come as strings of seconds. */
export interface WireAccessTokenResponse {
  token_type: string;
  expires_in: string;
  ext_expires_in: string;
  expires_on: string;
  not_before: string;
  resource: string;
  access_token: string;
}

/** Webhook event types of ePayment, one per event name. */
export type WebhookEventType = `epayments.payment.${Lowercase<PaymentEventName>}.v1`;
export const webhookEventType = (name: PaymentEventName): WebhookEventType =>
  `epayments.payment.${name.toLowerCase() as Lowercase<PaymentEventName>}.v1`;
export const ALL_PAYMENT_WEBHOOK_EVENTS: readonly WebhookEventType[] = PAYMENT_EVENT_NAMES.map(webhookEventType);

export interface WireRegisterWebhookRequest {
  url: string;
  events: string[];
}

export interface WireRegisterWebhookResponse {
  id: string;
  secret: string;
}

export interface WireWebhook {
  id: string;
  url: string;
  events: string[];
}
