-- Notifications from the payment provider (Vipps MobilePay Webhooks API). See docs/payments.md.

-- The installation's webhook registration at the payment provider: one per installation (the merchant has one
-- sales unit), kept so that a restart reuses it. The secret signs the notifications (HMAC-SHA256); it is a
-- credential and never leaves the server: not logged, not answered by any API.
create table payment_webhook (
  -- The registration's id at the payment provider.
  id text primary key check (length(id) between 1 and 200),
  url text not null unique check (length(url) between 1 and 2000),
  events text[] not null,
  secret text not null check (length(secret) between 1 and 500),
  created_at timestamptz not null default now()
);

-- Each notification the platform accepted, once: a notification delivered again (the provider retries, or
-- someone replays a recorded one within the signature's time window) finds its row and moves nothing. Only
-- notifications of the platform's own payments are kept, with the payment's municipality.
create table payment_notification (
  municipality_id integer not null,
  payment_id uuid not null,
  reference text not null check (reference ~ '^[A-Za-z0-9-]{8,50}$'),
  event_name text not null
    check (event_name in ('CREATED', 'ABORTED', 'EXPIRED', 'CANCELLED', 'CAPTURED', 'REFUNDED', 'AUTHORIZED', 'TERMINATED')),
  psp_reference text not null check (length(psp_reference) between 1 and 200),
  -- The event's idempotency key at the provider ('' when it has none): two captures of one payment are two events.
  idempotency_key text not null default '' check (length(idempotency_key) <= 200),
  event_at timestamptz not null,
  received_at timestamptz not null default now(),
  -- When the payment was looked at and settled after this notification; null while that runs.
  processed_at timestamptz,
  primary key (municipality_id, reference, event_name, psp_reference, idempotency_key),
  foreign key (municipality_id, payment_id) references family_payment (municipality_id, id)
);

create index payment_notification_payment on payment_notification (municipality_id, payment_id);
