-- Free tickets: a municipality offers a batch of tickets at a venue (a provider of the municipality); eligible
-- children claim them first come first served, or caseworkers allocate them; venue staff redeem them once.
-- See docs/tickets.md.

create table ticket_offer (
  municipality_id integer not null,
  id uuid not null default gen_random_uuid(),
  venue_id uuid not null,
  kind text not null check (kind in ('cinema', 'pool', 'theatre', 'bowling', 'bus')),
  title text not null check (length(title) between 1 and 200),
  -- Never fewer than are claimed: the capacity's backstop under concurrent claims.
  quantity integer not null check (quantity between 0 and 100000),
  claimed integer not null default 0 check (claimed >= 0),
  valid_from date not null,
  valid_until date not null,
  min_age integer not null check (min_age between 0 and 25),
  max_age integer not null check (max_age between 0 and 25),
  -- The schemes whose card holders may have a ticket (a card in the current period).
  scheme_ids uuid[] not null check (cardinality(scheme_ids) between 1 and 20),
  allocation text not null check (allocation in ('families', 'caseworkers', 'both')),
  per_child_limit integer not null default 1 check (per_child_limit between 1 and 100),
  created_by text not null check (length(created_by) between 1 and 200),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  constraint ticket_offer_capacity check (claimed <= quantity),
  constraint ticket_offer_window check (valid_until >= valid_from),
  constraint ticket_offer_ages check (max_age >= min_age),
  foreign key (municipality_id, venue_id) references provider (municipality_id, id)
);
create index ticket_offer_venue on ticket_offer (municipality_id, venue_id);

create table ticket (
  municipality_id integer not null,
  id uuid not null default gen_random_uuid(),
  offer_id uuid not null,
  child_id uuid not null,
  -- The short code to type at the venue: unique across the installation, from an alphabet without look-alikes.
  code text not null check (code ~ '^[ACDEFHJKMNPRTUVWXY34679]{9}$'),
  status text not null default 'claimed' check (status in ('claimed', 'redeemed', 'returned')),
  -- claim: by the family; allocation: by a caseworker, with a reason category.
  source text not null check (source in ('claim', 'allocation')),
  reason text check (reason in ('low_income', 'child_welfare', 'refugee', 'health', 'other')),
  claimed_by text not null check (length(claimed_by) between 1 and 200),
  claimed_at timestamptz not null default now(),
  redeemed_at timestamptz,
  redeemed_by text check (length(redeemed_by) <= 200),
  returned_at timestamptz,
  primary key (municipality_id, id),
  constraint ticket_code unique (code),
  constraint ticket_redeemed check ((status = 'redeemed') = (redeemed_at is not null)),
  constraint ticket_reason check ((source = 'allocation') = (reason is not null)),
  foreign key (municipality_id, offer_id) references ticket_offer (municipality_id, id),
  foreign key (municipality_id, child_id) references person (municipality_id, id)
);
create index ticket_child on ticket (municipality_id, child_id);
create index ticket_offer_child on ticket (municipality_id, offer_id, child_id) where status <> 'returned';
