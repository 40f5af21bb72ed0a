-- Payouts to providers: the municipality's payout settings, batches prepared by one administrator and approved
-- by another, one item per provider, and the ledger transfers each batch pays. See docs/payouts.md, "Batches".

-- What the payout file and the accounting export need to know about the municipality.
create table payout_settings (
  municipality_id integer not null primary key references municipality (id),
  -- The municipality's own account (11 digits); written as an IBAN in the payout file.
  debtor_account char(11) not null check (debtor_account ~ '^[0-9]{11}$'),
  debtor_name text not null check (length(debtor_name) between 1 and 140),
  organisation_number char(9) not null check (organisation_number ~ '^[0-9]{9}$'),
  -- Codes for the accounting export (the municipality's chart of accounts).
  debit_ledger_account text not null check (length(debit_ledger_account) between 1 and 20),
  credit_ledger_account text not null check (length(credit_ledger_account) between 1 and 20),
  cost_centre text not null default '' check (length(cost_centre) <= 20),
  updated_by text not null check (length(updated_by) between 1 and 200),
  updated_at timestamptz not null default now()
);

-- A batch: everything payable to providers up to a day (Europe/Oslo), prepared by one administrator and approved
-- by another. prepared → approved (the money moves) → sent (the file went to the bank) → paid (every item has its
-- answer).
create table payout_batch (
  municipality_id integer not null references municipality (id),
  id bigint generated always as identity,
  status text not null default 'prepared' check (status in ('prepared', 'approved', 'sent', 'paid')),
  up_to date not null,
  -- The payout file's message id; the bank's status report names it.
  message_id text not null check (length(message_id) between 1 and 35),
  -- Written once the batch's items are known (a batch with nothing to pay is never committed).
  total_ore bigint not null default 0 check (total_ore >= 0),
  item_count integer not null default 0 check (item_count >= 0),
  -- Providers left out for want of a valid account number: [{ providerId, name, amountOre }].
  held_back jsonb not null default '[]',
  prepared_by text not null check (length(prepared_by) between 1 and 200),
  prepared_at timestamptz not null default now(),
  approved_by text check (length(approved_by) <= 200),
  approved_at timestamptz,
  execution_date date,
  sent_by text check (length(sent_by) <= 200),
  sent_at timestamptz,
  paid_on date,
  bank_reference text check (length(bank_reference) <= 100),
  primary key (municipality_id, id),
  unique (municipality_id, message_id),
  -- Four eyes: whoever prepared a batch cannot approve it.
  constraint payout_batch_four_eyes check (approved_by is null or approved_by <> prepared_by),
  check ((approved_by is null) = (approved_at is null)),
  check (status = 'prepared' or approved_by is not null)
);

-- One payment per provider in a batch.
create table payout_item (
  municipality_id integer not null,
  batch_id bigint not null,
  provider_id uuid not null,
  -- The payment's end-to-end id in the file and in the bank's answer; leads back to its transfers.
  end_to_end_id text not null check (length(end_to_end_id) between 1 and 35),
  amount_ore bigint not null check (amount_ore > 0),
  creditor_name text not null check (length(creditor_name) between 1 and 500),
  creditor_account char(11) not null check (creditor_account ~ '^[0-9]{11}$'),
  -- A KID the provider asked to be paid with (structured remittance), when it has one.
  kid text check (length(kid) between 2 and 25),
  status text not null default 'pending' check (status in ('pending', 'paid', 'rejected')),
  payout_transfer_id bigint,
  reversal_transfer_id bigint,
  reject_reason text check (length(reject_reason) <= 500),
  paid_on date,
  bank_reference text check (length(bank_reference) <= 100),
  primary key (municipality_id, batch_id, provider_id),
  unique (municipality_id, end_to_end_id),
  foreign key (municipality_id, batch_id) references payout_batch (municipality_id, id),
  foreign key (municipality_id, provider_id) references provider (municipality_id, id),
  foreign key (municipality_id, payout_transfer_id) references ledger_transfer (municipality_id, id),
  foreign key (municipality_id, reversal_transfer_id) references ledger_transfer (municipality_id, id)
);

-- The ledger transfers a batch pays: payments into a provider's payable account (positive) and the refunds and
-- reversals out of it (negative). A transfer is in at most one live batch: the database refuses a second
-- (payout_batch_transfer_live), so two batches prepared at once never pay the same money. A rejected payment
-- releases its transfers (released_at), and a later batch may take them again.
create table payout_batch_transfer (
  municipality_id integer not null,
  batch_id bigint not null,
  provider_id uuid not null,
  transfer_id bigint not null,
  amount_ore bigint not null check (amount_ore <> 0),
  released_at timestamptz,
  primary key (municipality_id, batch_id, transfer_id),
  foreign key (municipality_id, batch_id) references payout_batch (municipality_id, id),
  foreign key (municipality_id, transfer_id) references ledger_transfer (municipality_id, id)
);

create unique index payout_batch_transfer_live on payout_batch_transfer (municipality_id, transfer_id)
  where released_at is null;
create index payout_batch_transfer_item on payout_batch_transfer (municipality_id, batch_id, provider_id);

-- An approved batch does not change: its items' amounts, accounts and transfers are fixed once it leaves
-- 'prepared' (only the bank's answer is written to an item, and a rejected item's transfers are released).
create function payout_batch_fixed() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and tg_table_name = 'payout_item' then
    if new.amount_ore <> old.amount_ore or new.creditor_account <> old.creditor_account
       or new.end_to_end_id <> old.end_to_end_id or new.provider_id <> old.provider_id
       or new.batch_id <> old.batch_id then
      raise exception 'a payout item''s payment is fixed' using errcode = 'FL003';
    end if;
    return new;
  end if;
  if tg_op = 'UPDATE' and tg_table_name = 'payout_batch_transfer' then
    if new.transfer_id <> old.transfer_id or new.amount_ore <> old.amount_ore or new.batch_id <> old.batch_id
       or (old.released_at is not null) then
      raise exception 'a payout batch''s transfers are fixed' using errcode = 'FL003';
    end if;
    return new;
  end if;
  if exists (select 1 from payout_batch b where b.municipality_id = old.municipality_id and b.id = old.batch_id
             and b.status <> 'prepared') then
    raise exception 'an approved payout batch is fixed (% refused)', tg_op using errcode = 'FL003';
  end if;
  return old;
end
$$;

create trigger payout_item_fixed before update or delete on payout_item
  for each row execute function payout_batch_fixed();
create trigger payout_batch_transfer_fixed before update or delete on payout_batch_transfer
  for each row execute function payout_batch_fixed();
