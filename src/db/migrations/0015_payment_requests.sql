-- Payment requests: a provider asks the guardians of a child enrolled in one of its activities for a fee; the
-- family pays it as at enrolment (the card what its scheme covers, the rest through the payment provider). See
-- docs/payments.md.

create table payment_request (
  municipality_id integer not null,
  id uuid not null default gen_random_uuid(),
  provider_id uuid not null,
  activity_id uuid not null,
  enrolment_id uuid not null,
  child_id uuid not null,
  -- What it is for: the kind of fee decides what a card's scheme may pay.
  fee_kind text not null
    check (fee_kind in ('participation', 'licence', 'membership', 'equipment', 'cup', 'camp', 'event', 'ticket')),
  description text not null default '' check (length(description) <= 200),
  amount_ore bigint not null check (amount_ore between 1 and 10000000),
  -- The last day to pay (Europe/Oslo); overdue is derived from it, never stored.
  due_date date not null,
  -- The provider's own reference: its invoice number, or a KID (checked by MOD10 or MOD11).
  invoice_number text check (length(invoice_number) between 1 and 40),
  kid text check (kid ~ '^[0-9]{1,24}[0-9-]$'),
  -- open: waiting for the family; paying: the family's part is with the payment provider; paid; withdrawn.
  status text not null default 'open' check (status in ('open', 'paying', 'paid', 'withdrawn')),
  -- How it was paid (the family and the municipality see it; the provider never does).
  card_ore bigint not null default 0 check (card_ore >= 0),
  rest_ore bigint not null default 0 check (rest_ore >= 0),
  -- The Idempotency-Key of the sending: one request per enrolment and key.
  send_key text not null check (length(send_key) between 1 and 200),
  created_by text not null check (length(created_by) between 1 and 200),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  paid_at timestamptz,
  withdrawn_at timestamptz,
  withdrawn_by text check (length(withdrawn_by) <= 200),
  primary key (municipality_id, id),
  constraint payment_request_send unique (municipality_id, send_key, enrolment_id),
  foreign key (municipality_id, provider_id) references provider (municipality_id, id),
  foreign key (municipality_id, activity_id) references activity (municipality_id, id),
  foreign key (municipality_id, enrolment_id) references enrolment (municipality_id, id),
  foreign key (municipality_id, child_id) references person (municipality_id, id),
  check (card_ore + rest_ore in (0, amount_ore))
);

create index payment_request_activity on payment_request (municipality_id, activity_id, created_at);
create index payment_request_child on payment_request (municipality_id, child_id, created_at);

-- A request is paid through the same payment path as an enrolment: a family payment names the request it pays
-- (and the enrolment the request belongs to).
alter table family_payment add column payment_request_id uuid;
alter table family_payment add constraint family_payment_request
  foreign key (municipality_id, payment_request_id) references payment_request (municipality_id, id);
create index family_payment_request on family_payment (municipality_id, payment_request_id)
  where payment_request_id is not null;

-- A transfer names the request it paid, held or released money for.
alter table ledger_transfer add column payment_request_id uuid;
alter table ledger_transfer add constraint ledger_transfer_payment_request
  foreign key (municipality_id, payment_request_id) references payment_request (municipality_id, id);
create index ledger_transfer_payment_request on ledger_transfer (municipality_id, payment_request_id)
  where payment_request_id is not null;
