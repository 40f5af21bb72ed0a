-- The half-year grant run at national size (docs/ledger.md, "Grants" and "What a grant run costs").
-- A grant run makes each new card together with its grant in one statement, and the card opens with the granted
-- amount as its balance: the posting trigger then updates only the budget account, instead of every new card a
-- second time (a new row version, every index of ledger_account again, and each of the account's keys checked
-- again because the row is the transaction's own). The guarantees of 0009 stay whole:
-- - a balance is the sum of the account's transfers: an account opens with a balance only as a card opened by its
--   grant, and the grant transfer (its key names the scheme, the period and the child) moves exactly that balance
--   to it in the same statement (checked when the statement ends); the posting trigger adds every other transfer;
-- - a transfer's accounts exist: checked set-based by the posting trigger for every statement, instead of two
--   key checks per row; accounts are never deleted, truncated or renumbered (the guard), transfers never change.

-- A card whose balance opened with its grant (set only by the grant run; never changed).
alter table ledger_account add column opened_by_grant boolean not null default false;

-- An account's municipality is held by its scheme (budget, card) or its provider (payable), whose keys hold
-- theirs; only an account with neither (clearing, hold) names the municipality by a key of its own. A card is then
-- checked against two keys, not three.
alter table ledger_account add column municipality_owner_id integer
  generated always as (case when scheme_id is null and provider_id is null then municipality_id end) stored
  references municipality (id);
alter table ledger_account drop constraint ledger_account_municipality_id_fkey;

-- The accounts a transfer names are checked by ledger_post_transfers below, for the whole statement at once.
alter table ledger_transfer drop constraint ledger_transfer_municipality_id_debit_account_id_fkey;
alter table ledger_transfer drop constraint ledger_transfer_municipality_id_credit_account_id_fkey;

-- The idempotency key of a child's grant (the same as the grant run's and a placement's, see grantKeyPrefix).
create function ledger_grant_key(scheme_id uuid, period_start date, person_id uuid) returns text
language sql stable parallel safe as $$
  select 'grant:' || scheme_id::text || ':' || to_char(period_start, 'YYYY-MM-DD') || ':' || person_id::text
$$;

-- Ids for the cards of a grant run in the order the run makes them (UUID version 7: the statement's time in
-- milliseconds, then the run's own counter, then random bits), so that the account's primary key and the
-- transfers' credit index grow at their right edge instead of at a random page per card.
create function ledger_ordered_uuid(n bigint) returns uuid language sql volatile as $$
  select (lpad(to_hex((extract(epoch from statement_timestamp()) * 1000)::bigint), 12, '0')
          || '7' || substr(lpad(to_hex(n), 10, '0'), 1, 3)
          || '8' || substr(lpad(to_hex(n), 10, '0'), 4, 7)
          || lpad(to_hex((random() * 4294967295)::bigint), 8, '0'))::uuid
$$;

-- An account opens with a balance of zero, or as a card opened by its grant in the same statement.
create function ledger_account_opening() returns trigger language plpgsql as $$
begin
  if exists (
    select 1
    from opened o
    where (o.balance_ore <> 0 or o.opened_by_grant)
      and not (
        o.kind = 'card' and o.opened_by_grant and o.balance_ore > 0
        and exists (
          select 1 from ledger_transfer t
          where t.municipality_id = o.municipality_id
            and t.idempotency_key = ledger_grant_key(o.scheme_id, o.period_start, o.person_id)
            and t.credit_account_id = o.id and t.reason = 'grant' and t.amount_ore = o.balance_ore
        )
      )
  ) then
    raise exception 'an account opens with a balance only as a card with its grant in the same statement'
      using errcode = 'FL001';
  end if;
  return null;
end
$$;

create trigger ledger_account_open after insert on ledger_account
  referencing new table as opened
  for each statement execute function ledger_account_opening();

-- Balances follow from transfers only. For each statement: every transfer's accounts exist (in its
-- municipality), no money moves from one child's card to another child's, and each account gets the sum of its
-- legs, in one update per account: by primary key row by row for a few transfers (a payment), set-based for many
-- (a grant run). The credit of a card opened by this very grant is already its opening balance.
create or replace function ledger_post_transfers() returns trigger language plpgsql as $$
declare
  posted_count bigint;
  missing_count bigint;
  card_to_card_count bigint;
  opening_count bigint;
  change record;
begin
  select count(*),
         count(*) filter (where credit.id is null or debit.id is null),
         count(*) filter (where debit.kind = 'card' and credit.kind = 'card' and debit.person_id <> credit.person_id),
         count(*) filter (where credit.opened_by_grant and p.reason = 'grant'
                            and p.idempotency_key = ledger_grant_key(credit.scheme_id, credit.period_start,
                                                                     credit.person_id))
    into posted_count, missing_count, card_to_card_count, opening_count
  from posted p
  left join ledger_account credit
    on credit.municipality_id = p.municipality_id and credit.id = p.credit_account_id
  -- A grant run has one debit account for all its transfers: each distinct one is read once.
  left join (
    select a.municipality_id, a.id, a.kind, a.person_id
    from (select distinct municipality_id, debit_account_id from posted) d
    join ledger_account a on a.municipality_id = d.municipality_id and a.id = d.debit_account_id
  ) debit on debit.municipality_id = p.municipality_id and debit.id = p.debit_account_id;
  if missing_count > 0 then
    raise exception 'a transfer names an account that does not exist' using errcode = '23503';
  end if;
  if card_to_card_count > 0 then
    raise exception 'money on a child''s card never moves to another child' using errcode = 'FL002';
  end if;
  perform set_config('fritidskort.ledger_posting', 'on', true);
  if posted_count <= 100 then
    for change in
      select municipality_id, account_id, sum(amount) as amount
      from (
        select p.municipality_id, p.credit_account_id as account_id, p.amount_ore as amount from posted p
        where opening_count = 0 or (opening_count < posted_count and not exists (
          select 1 from ledger_account c
          where c.municipality_id = p.municipality_id and c.id = p.credit_account_id and c.opened_by_grant
            and p.reason = 'grant' and p.idempotency_key = ledger_grant_key(c.scheme_id, c.period_start, c.person_id)))
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
        select p.municipality_id, p.credit_account_id as account_id, p.amount_ore as delta from posted p
        where opening_count = 0 or (opening_count < posted_count and not exists (
          select 1 from ledger_account c
          where c.municipality_id = p.municipality_id and c.id = p.credit_account_id and c.opened_by_grant
            and p.reason = 'grant' and p.idempotency_key = ledger_grant_key(c.scheme_id, c.period_start, c.person_id)))
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

-- An account is never deleted or truncated, never changes owner or how it opened, and its balance changes only
-- through a transfer.
create or replace function ledger_account_guard() returns trigger language plpgsql as $$
begin
  if tg_op in ('DELETE', 'TRUNCATE') then
    raise exception 'ledger accounts are never deleted' using errcode = 'FL001';
  end if;
  if new.municipality_id <> old.municipality_id or new.id <> old.id or new.kind <> old.kind
     or new.scheme_id is distinct from old.scheme_id or new.period_start is distinct from old.period_start
     or new.person_id is distinct from old.person_id or new.provider_id is distinct from old.provider_id
     or new.opened_by_grant <> old.opened_by_grant then
    raise exception 'a ledger account never changes owner' using errcode = 'FL001';
  end if;
  if new.balance_ore <> old.balance_ore
     and coalesce(current_setting('fritidskort.ledger_posting', true), 'off') <> 'on' then
    raise exception 'a balance changes only by a transfer' using errcode = 'FL001';
  end if;
  return new;
end
$$;

drop trigger ledger_account_guard_update on ledger_account;
create trigger ledger_account_guard_update before update on ledger_account
  for each row
  when (coalesce(current_setting('fritidskort.ledger_posting', true), 'off') <> 'on'
        or new.kind <> old.kind or new.id <> old.id or new.municipality_id <> old.municipality_id
        or new.person_id is distinct from old.person_id or new.provider_id is distinct from old.provider_id
        or new.scheme_id is distinct from old.scheme_id or new.period_start is distinct from old.period_start
        or new.opened_by_grant <> old.opened_by_grant)
  execute function ledger_account_guard();
create trigger ledger_account_no_truncate before truncate on ledger_account
  for each statement execute function ledger_account_guard();
