-- Enrolment in an activity, paid in the same step: the child's card pays what its scheme covers, the family the
-- rest through the payment provider (Vipps MobilePay ePayment). See docs/ledger.md.

-- Places, a waiting list, and the provider's rule for refunds on cancellation.
alter table activity add column capacity integer check (capacity between 1 and 10000);
alter table activity add column waiting_list boolean not null default false;
alter table activity add column refund_policy text not null default 'until_season_start'
  check (refund_policy in ('until_season_start', 'none'));

-- What an activity's price is made of, by kind of fee. An activity without lines charges its price as one
-- participation fee; with lines, its price is their sum.
create table activity_fee (
  municipality_id integer not null,
  activity_id uuid not null,
  kind text not null
    check (kind in ('participation', 'licence', 'membership', 'equipment', 'cup', 'camp', 'event', 'ticket')),
  amount_ore bigint not null check (amount_ore between 1 and 10000000),
  primary key (municipality_id, activity_id, kind),
  foreign key (municipality_id, activity_id) references activity (municipality_id, id) on delete cascade
);

-- Card money held while the family pays the rest: one account per municipality.
alter table ledger_account drop constraint ledger_account_kind_check;
alter table ledger_account add constraint ledger_account_kind_check
  check (kind in ('scheme_budget', 'card', 'provider_payable', 'payment_clearing', 'payment_hold'));
alter table ledger_account drop constraint ledger_account_owner;
alter table ledger_account add constraint ledger_account_owner check (
  (kind = 'scheme_budget' and scheme_id is not null and period_start is not null
    and person_id is null and provider_id is null)
  or (kind = 'card' and scheme_id is not null and period_start is not null
    and person_id is not null and provider_id is null)
  or (kind = 'provider_payable' and provider_id is not null
    and scheme_id is null and period_start is null and person_id is null)
  or (kind in ('payment_clearing', 'payment_hold') and scheme_id is null and period_start is null
    and person_id is null and provider_id is null)
);
create unique index ledger_account_hold on ledger_account (municipality_id) where kind = 'payment_hold';

create table enrolment (
  municipality_id integer not null,
  id uuid not null default gen_random_uuid(),
  activity_id uuid not null,
  child_id uuid not null,
  status text not null
    check (status in ('awaiting_payment', 'confirmed', 'waiting', 'offered', 'cancelled', 'payment_abandoned')),
  -- The fee when the child got a place, and how it was split: the family, the municipality and the payout see
  -- the split; the provider sees only that it is paid.
  fee_ore bigint not null default 0 check (fee_ore >= 0),
  card_ore bigint not null default 0 check (card_ore >= 0),
  rest_ore bigint not null default 0 check (rest_ore >= 0),
  idempotency_key text not null check (length(idempotency_key) between 1 and 200),
  enrolled_by text not null check (length(enrolled_by) between 1 and 200),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  confirmed_at timestamptz,
  cancelled_at timestamptz,
  cancelled_by text check (length(cancelled_by) <= 200),
  primary key (municipality_id, id),
  constraint enrolment_idempotency unique (municipality_id, idempotency_key),
  foreign key (municipality_id, activity_id) references activity (municipality_id, id),
  foreign key (municipality_id, child_id) references person (municipality_id, id),
  check (card_ore + rest_ore = fee_ore)
);

-- One place (or place in the queue) per child and activity.
create unique index enrolment_active on enrolment (municipality_id, activity_id, child_id)
  where status in ('awaiting_payment', 'confirmed', 'waiting', 'offered');
create index enrolment_activity on enrolment (municipality_id, activity_id, status, created_at);
create index enrolment_child on enrolment (municipality_id, child_id);

-- A payment of the family's part through the payment provider. The row is written in the enrolment's
-- transaction (an outbox): the provider is called after commit with the row's id as idempotency key, so a crash
-- neither loses nor doubles it.
create table family_payment (
  municipality_id integer not null,
  id uuid not null default gen_random_uuid(),
  enrolment_id uuid not null,
  -- The payment provider's reference: unique across the installation.
  reference text not null unique check (reference ~ '^[A-Za-z0-9-]{8,50}$'),
  amount_ore bigint not null check (amount_ore > 0),
  status text not null default 'creating'
    check (status in ('creating', 'created', 'captured', 'abandoned', 'refunding', 'refunded', 'failed')),
  redirect_url text,
  refund_ore bigint not null default 0 check (refund_ore >= 0),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, enrolment_id) references enrolment (municipality_id, id),
  check (refund_ore <= amount_ore)
);

create index family_payment_enrolment on family_payment (municipality_id, enrolment_id);
create index family_payment_due on family_payment (next_attempt_at) where status in ('creating', 'created', 'refunding');

-- A transfer names the enrolment it paid, so the family, the provider's payout and a refund can find it.
alter table ledger_transfer add column enrolment_id uuid;
alter table ledger_transfer add constraint ledger_transfer_enrolment
  foreign key (municipality_id, enrolment_id) references enrolment (municipality_id, id);
create index ledger_transfer_enrolment on ledger_transfer (municipality_id, enrolment_id) where enrolment_id is not null;
