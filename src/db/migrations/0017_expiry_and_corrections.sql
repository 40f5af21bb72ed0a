-- Expiry at the period's end, and corrections with a second administrator's approval (docs/ledger.md, "Expiry"
-- and "Corrections"). Money moves only by transfers (the ledger's rules of 0009 and 0013 hold unchanged); these
-- tables hold what was decided, by whom, and the reports of the runs.

-- A later expiry date for a scheme's period (person_id null: every card of the period) or for one child's card in
-- it. Written only by an approved correction; the latest date of those that apply to a card wins.
create table expiry_extension (
  municipality_id integer not null,
  id uuid not null default gen_random_uuid(),
  scheme_id uuid not null,
  period_start date not null,
  person_id uuid,
  expires_on date not null,
  reason text not null check (length(reason) between 1 and 500),
  correction_id uuid not null,
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, scheme_id) references scheme (municipality_id, id),
  foreign key (municipality_id, person_id) references person (municipality_id, id)
);

create index expiry_extension_period on expiry_extension (municipality_id, scheme_id, period_start, person_id);

-- What one expiry run moved back to a scheme's budget for one period: counts and sums only.
create table expiry_run (
  municipality_id integer not null,
  id uuid not null default gen_random_uuid(),
  -- The lines of one run share its run id.
  run_id uuid not null,
  scheme_id uuid not null,
  period_start date not null,
  -- The day the run judged expiry on (Europe/Oslo).
  run_on date not null,
  started_by text not null check (length(started_by) between 1 and 200),
  started_at timestamptz not null default now(),
  cards integer not null check (cards >= 0),
  amount_ore bigint not null check (amount_ore >= 0),
  -- Cards left for a later run because a payment holding some of their money was still in progress.
  held_cards integer not null check (held_cards >= 0),
  primary key (municipality_id, id),
  foreign key (municipality_id, scheme_id) references scheme (municipality_id, id)
);

create index expiry_run_started on expiry_run (municipality_id, started_at desc);

-- A correction of the ledger: prepared by one administrator with a reason, carried out only when a second one
-- approves it. Carrying it out adds transfers (keys `correction:<id>:…`) or an expiry extension; history is never
-- changed.
create table ledger_correction (
  municipality_id integer not null,
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('reverse_payment', 'recredit_card', 'extend_expiry', 'move_payment')),
  reason text not null check (length(reason) between 1 and 500),
  status text not null default 'prepared' check (status in ('prepared', 'approved')),
  -- The transfer corrected (reverse_payment, recredit_card, move_payment) and how much of it.
  transfer_id bigint,
  amount_ore bigint check (amount_ore > 0),
  -- move_payment: the provider the payment belongs to.
  provider_id uuid,
  -- extend_expiry: the scheme's period, the child (null: the whole period) and the new date.
  scheme_id uuid,
  period_start date,
  person_id uuid,
  expires_on date,
  prepared_by text not null check (length(prepared_by) between 1 and 200),
  prepared_by_name text not null,
  prepared_at timestamptz not null default now(),
  approved_by text,
  approved_by_name text,
  approved_at timestamptz,
  primary key (municipality_id, id),
  foreign key (municipality_id, transfer_id) references ledger_transfer (municipality_id, id),
  foreign key (municipality_id, provider_id) references provider (municipality_id, id),
  foreign key (municipality_id, scheme_id) references scheme (municipality_id, id),
  foreign key (municipality_id, person_id) references person (municipality_id, id),
  -- Four eyes: the one who approves is not the one who prepared.
  check (status = 'prepared' or (approved_by is not null and approved_at is not null and approved_by <> prepared_by)),
  check ((kind = 'extend_expiry') = (transfer_id is null)),
  check ((kind = 'extend_expiry') = (amount_ore is null)),
  check ((kind = 'move_payment') = (provider_id is not null)),
  check ((kind = 'extend_expiry') = (scheme_id is not null and period_start is not null and expires_on is not null))
);

create index ledger_correction_status on ledger_correction (municipality_id, status, prepared_at desc);
create index ledger_correction_transfer on ledger_correction (municipality_id, transfer_id) where transfer_id is not null;
