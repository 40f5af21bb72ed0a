-- The leisure card: schemes, placements in means-tested schemes, the ledger (accounts and immutable transfers)
-- and grant runs. See docs/ledger.md. Tenant-owned: municipality_id leads every primary and foreign key.

-- What an activity is, for a scheme's rule on what it pays for (a regular organised activity, a holiday offer,
-- a camp, a tournament or cup, a one-off event, a ticketed experience, a self-organised activity).
alter table activity add column kind text not null default 'organised'
  check (kind in ('organised', 'holiday', 'camp', 'tournament', 'event', 'experience', 'self_organised'));

-- A scheme (ordning): who gets money, how much per period, what it pays for, when it expires.
create table scheme (
  municipality_id integer not null references municipality (id),
  id uuid not null default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  description text not null default '' check (length(description) <= 5000),
  -- universal: every child who meets the age and residence rule; means_tested: children placed by a caseworker.
  eligibility text not null check (eligibility in ('universal', 'means_tested')),
  min_age smallint not null check (min_age between 0 and 25),
  max_age smallint not null check (max_age between 0 and 25),
  -- registered_resident: the register (or a caseworker's confirmation) has the child living in the municipality.
  residence text not null check (residence in ('registered_resident', 'none')),
  period_kind text not null check (period_kind in ('half_year', 'calendar_year')),
  amount_ore bigint not null check (amount_ore between 1 and 100000000),
  activity_kinds text[] not null,
  fee_kinds text[] not null,
  provider_kinds text[] not null,
  -- An eligible activity meets at least this often in its season (null: no minimum).
  min_sessions integer check (min_sessions between 1 and 1000),
  -- Unspent money expires this many months after its period ends (0: at the end of the period).
  expiry_months smallint not null default 0 check (expiry_months between 0 and 24),
  -- From this age a youth sees and uses the card without a guardian.
  youth_age smallint not null check (youth_age between 10 and 18),
  -- What the municipality has set aside per period; grant runs report against it.
  budget_ore bigint not null check (budget_ore between 0 and 100000000000000),
  starts_on date not null,
  ends_on date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  unique (municipality_id, name),
  check (max_age >= min_age),
  check (ends_on is null or ends_on >= starts_on),
  check (cardinality(activity_kinds) between 1 and 7),
  check (cardinality(fee_kinds) between 1 and 8),
  check (cardinality(provider_kinds) between 1 and 4)
);

-- A named child placed in a means-tested scheme by a caseworker or an administrator, with a reason category.
-- The free-text note is for the case, never shown to the family or a provider.
create table scheme_placement (
  municipality_id integer not null,
  id uuid not null default gen_random_uuid(),
  scheme_id uuid not null,
  person_id uuid not null,
  reason text not null check (reason in ('low_income', 'child_welfare', 'refugee', 'health', 'other')),
  note text not null default '' check (length(note) <= 1000),
  placed_by text not null check (length(placed_by) between 1 and 200),
  placed_at timestamptz not null default now(),
  ended_at timestamptz,
  ended_by text check (length(ended_by) <= 200),
  primary key (municipality_id, id),
  foreign key (municipality_id, scheme_id) references scheme (municipality_id, id),
  foreign key (municipality_id, person_id) references person (municipality_id, id),
  check ((ended_at is null) = (ended_by is null))
);

create unique index scheme_placement_open on scheme_placement (municipality_id, scheme_id, person_id)
  where ended_at is null;
create index scheme_placement_person on scheme_placement (municipality_id, person_id);

-- An account of the ledger. Balances are signed: a transfer takes its amount from the debit account and adds it
-- to the credit account, so a municipality's balances always sum to zero. A scheme's budget account goes below
-- zero by what it has granted; a card never does.
create table ledger_account (
  municipality_id integer not null references municipality (id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('scheme_budget', 'card', 'provider_payable', 'payment_clearing')),
  scheme_id uuid,
  -- First day of the scheme's period (Europe/Oslo) for budget and card accounts.
  period_start date,
  person_id uuid,
  provider_id uuid,
  balance_ore bigint not null default 0,
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, scheme_id) references scheme (municipality_id, id),
  foreign key (municipality_id, person_id) references person (municipality_id, id),
  foreign key (municipality_id, provider_id) references provider (municipality_id, id),
  -- The last line against an overdraw: whatever the code does, a card's balance cannot go below zero.
  constraint ledger_account_card_not_negative check (kind <> 'card' or balance_ore >= 0),
  constraint ledger_account_owner check (
    (kind = 'scheme_budget' and scheme_id is not null and period_start is not null
      and person_id is null and provider_id is null)
    or (kind = 'card' and scheme_id is not null and period_start is not null
      and person_id is not null and provider_id is null)
    or (kind = 'provider_payable' and provider_id is not null
      and scheme_id is null and period_start is null and person_id is null)
    or (kind = 'payment_clearing' and scheme_id is null and period_start is null
      and person_id is null and provider_id is null)
  )
);

create unique index ledger_account_card on ledger_account (municipality_id, scheme_id, period_start, person_id)
  where kind = 'card';
create unique index ledger_account_budget on ledger_account (municipality_id, scheme_id, period_start)
  where kind = 'scheme_budget';
create unique index ledger_account_payable on ledger_account (municipality_id, provider_id)
  where kind = 'provider_payable';
create unique index ledger_account_clearing on ledger_account (municipality_id)
  where kind = 'payment_clearing';
create index ledger_account_person on ledger_account (municipality_id, person_id) where kind = 'card';

-- A movement of money: immutable, identified by the idempotency key its use case chose.
create table ledger_transfer (
  -- The municipality is held by the accounts' keys (a transfer's accounts exist, and so does their municipality):
  -- no key of its own, which would be checked once more for every transfer of a grant run.
  municipality_id integer not null,
  id bigint generated always as identity,
  idempotency_key text not null check (length(idempotency_key) between 1 and 200),
  debit_account_id uuid not null,
  credit_account_id uuid not null,
  amount_ore bigint not null check (amount_ore > 0),
  reason text not null
    check (reason in ('grant', 'payment', 'refund', 'expiry', 'payout', 'top_up', 'reversal', 'release', 'hold')),
  -- A reversal names the transfer it reverses.
  reverses_id bigint,
  activity_id uuid,
  created_by text not null check (length(created_by) between 1 and 200),
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  constraint ledger_transfer_idempotency unique (municipality_id, idempotency_key),
  foreign key (municipality_id, debit_account_id) references ledger_account (municipality_id, id),
  foreign key (municipality_id, credit_account_id) references ledger_account (municipality_id, id),
  foreign key (municipality_id, reverses_id) references ledger_transfer (municipality_id, id),
  foreign key (municipality_id, activity_id) references activity (municipality_id, id),
  check (debit_account_id <> credit_account_id),
  check ((reason = 'reversal') = (reverses_id is not null))
);

create index ledger_transfer_debit on ledger_transfer (municipality_id, debit_account_id, id);
create index ledger_transfer_credit on ledger_transfer (municipality_id, credit_account_id, id);

-- History is never changed: an update, delete or truncate of a transfer is refused, whoever asks.
create function ledger_transfer_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'ledger transfers are immutable (% refused); reverse a transfer with a new one', tg_op
    using errcode = 'FL001';
end
$$;

create trigger ledger_transfer_no_change before update or delete on ledger_transfer
  for each row execute function ledger_transfer_immutable();
create trigger ledger_transfer_no_truncate before truncate on ledger_transfer
  for each statement execute function ledger_transfer_immutable();

-- Balances follow from transfers only: one statement-level trigger adds each statement's transfers to their
-- accounts (one update per account, so a grant run of many cards touches the budget account once), and refuses
-- a transfer from one child's card to another child's. Accounts are found by their primary key row by row for a
-- few transfers (a payment), and set-based for many (a grant run), so neither depends on current statistics.
create function ledger_post_transfers() returns trigger language plpgsql as $$
declare
  posted_count bigint;
  change record;
begin
  select count(*) into posted_count from posted;
  if exists (
    select 1
    from posted p
    cross join lateral (
      select d.kind, d.person_id from ledger_account d
      where d.municipality_id = p.municipality_id and d.id = p.debit_account_id
    ) debit
    cross join lateral (
      select c.kind, c.person_id from ledger_account c
      where c.municipality_id = p.municipality_id and c.id = p.credit_account_id
    ) credit
    where debit.kind = 'card' and credit.kind = 'card' and debit.person_id <> credit.person_id
  ) then
    raise exception 'money on a child''s card never moves to another child' using errcode = 'FL002';
  end if;
  perform set_config('fritidskort.ledger_posting', 'on', true);
  if posted_count <= 100 then
    for change in
      select municipality_id, account_id, sum(amount) as amount
      from (
        select municipality_id, credit_account_id as account_id, amount_ore as amount from posted
        union all
        select municipality_id, debit_account_id, -amount_ore from posted
      ) legs
      group by municipality_id, account_id
      order by municipality_id, account_id
    loop
      update ledger_account set balance_ore = balance_ore + change.amount
      where municipality_id = change.municipality_id and id = change.account_id;
    end loop;
  else
    update ledger_account a
    set balance_ore = a.balance_ore + d.delta
    from (
      select municipality_id, account_id, sum(delta) as delta
      from (
        select municipality_id, credit_account_id as account_id, amount_ore as delta from posted
        union all
        select municipality_id, debit_account_id, -amount_ore from posted
      ) legs
      group by municipality_id, account_id
    ) d
    where a.municipality_id = d.municipality_id and a.id = d.account_id;
  end if;
  perform set_config('fritidskort.ledger_posting', 'off', true);
  return null;
end
$$;

create trigger ledger_transfer_post after insert on ledger_transfer
  referencing new table as posted
  for each statement execute function ledger_post_transfers();

-- An account is never deleted, never changes owner, and its balance changes only through a transfer.
create function ledger_account_guard() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    raise exception 'ledger accounts are never deleted' using errcode = 'FL001';
  end if;
  if new.municipality_id <> old.municipality_id or new.id <> old.id or new.kind <> old.kind
     or new.scheme_id is distinct from old.scheme_id or new.period_start is distinct from old.period_start
     or new.person_id is distinct from old.person_id or new.provider_id is distinct from old.provider_id then
    raise exception 'a ledger account never changes owner' using errcode = 'FL001';
  end if;
  if new.balance_ore <> old.balance_ore
     and coalesce(current_setting('fritidskort.ledger_posting', true), 'off') <> 'on' then
    raise exception 'a balance changes only by a transfer' using errcode = 'FL001';
  end if;
  return new;
end
$$;

create trigger ledger_account_guard_delete before delete on ledger_account
  for each row execute function ledger_account_guard();
create trigger ledger_account_guard_update before update on ledger_account
  for each row
  when (coalesce(current_setting('fritidskort.ledger_posting', true), 'off') <> 'on'
        or new.kind <> old.kind or new.id <> old.id
        or new.person_id is distinct from old.person_id or new.provider_id is distinct from old.provider_id
        or new.scheme_id is distinct from old.scheme_id or new.period_start is distinct from old.period_start)
  execute function ledger_account_guard();

-- One run of a scheme's grants for a period: counts and sums only, no personal data.
create table grant_run (
  municipality_id integer not null,
  id uuid not null default gen_random_uuid(),
  scheme_id uuid not null,
  period_start date not null,
  -- The day the run judged age and residence on (Europe/Oslo).
  run_on date not null,
  started_by text not null check (length(started_by) between 1 and 200),
  started_at timestamptz not null default now(),
  children integer not null check (children >= 0),
  amount_ore bigint not null check (amount_ore >= 0),
  primary key (municipality_id, id),
  foreign key (municipality_id, scheme_id) references scheme (municipality_id, id)
);

create index grant_run_scheme on grant_run (municipality_id, scheme_id, period_start, started_at desc);
