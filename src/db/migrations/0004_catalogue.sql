-- Catalogue: what providers present and what families search.

-- Organisations as the entity registers describe them (Enhetsregisteret, Frivillighetsregisteret).
alter table organisation
  add column voluntary_registered_on date,
  add column purpose text,
  add column registered_on date;

create index organisation_name_trgm on organisation using gin (name gin_trgm_ops);
create index organisation_municipality on organisation (municipality_number);

-- Providers: presentation, payout account and the municipality's decision on a registration.
alter table provider
  add column social_links text[] not null default '{}',
  add column bank_account char(11) check (bank_account ~ '^[0-9]{11}$'),
  add column decided_at timestamptz,
  add column decided_by text,
  add column decision_note text,
  add column search_vector tsvector generated always as (
    setweight(to_tsvector('norwegian'::regconfig, name), 'A')
    || setweight(to_tsvector('norwegian'::regconfig, description), 'C')
  ) stored;

create index provider_status on provider (municipality_id, status);
create index provider_search on provider using gin (search_vector);

-- Pictures uploaded by providers, stored resized (never the original upload) with the sizes the pages use.
create table image (
  municipality_id integer not null references municipality (id),
  id uuid not null default gen_random_uuid(),
  provider_id uuid not null,
  content_type text not null check (content_type in ('image/webp', 'image/jpeg', 'image/png')),
  width integer not null check (width > 0),
  height integer not null check (height > 0),
  large bytea not null,
  small bytea not null,
  uploaded_by text not null,
  created_at timestamptz not null default now(),
  primary key (municipality_id, id),
  foreign key (municipality_id, provider_id) references provider (municipality_id, id)
);

create index image_provider on image (municipality_id, provider_id);

alter table provider add column logo_image_id uuid;
alter table provider
  add foreign key (municipality_id, logo_image_id) references image (municipality_id, id);

-- Activities: the base texts are in the activity's own language (bokmål or nynorsk); the search document is
-- built from them with the Norwegian text-search configuration.
alter table activity
  add column text_language text not null default 'nb' check (text_language in ('nb', 'nn')),
  add column published_at timestamptz,
  add column search_vector tsvector generated always as (
    setweight(to_tsvector('norwegian'::regconfig, title), 'A')
    || setweight(to_tsvector('norwegian'::regconfig, coalesce(target_group, '')), 'B')
    || setweight(to_tsvector('norwegian'::regconfig, description), 'C')
    || setweight(to_tsvector('simple'::regconfig, coalesce(postal_place, '')), 'D')
  ) stored;

create index activity_search on activity using gin (search_vector);
create index activity_published on activity (municipality_id, season_start) where status = 'published';
create index activity_location on activity using gist (ll_to_earth(latitude, longitude))
  where latitude is not null and longitude is not null;

-- Translations of an activity's texts into the other supported languages.
create table activity_translation (
  municipality_id integer not null,
  activity_id uuid not null,
  language text not null check (language in ('nb', 'nn', 'en', 'ar', 'uk', 'so', 'pl')),
  title text not null check (length(title) between 1 and 200),
  description text not null default '',
  target_group text,
  price_includes text,
  updated_at timestamptz not null default now(),
  search_vector tsvector generated always as (
    to_tsvector('simple'::regconfig, title || ' ' || coalesce(target_group, '') || ' ' || description)
  ) stored,
  primary key (municipality_id, activity_id, language),
  foreign key (municipality_id, activity_id) references activity (municipality_id, id) on delete cascade
);

create index activity_translation_search on activity_translation using gin (search_vector);

-- Pictures of an activity, in order, each with the text a screen reader reads.
create table activity_image (
  municipality_id integer not null,
  activity_id uuid not null,
  image_id uuid not null,
  position smallint not null check (position between 0 and 9),
  alt_text text not null check (length(alt_text) between 1 and 300),
  primary key (municipality_id, activity_id, image_id),
  unique (municipality_id, activity_id, position),
  foreign key (municipality_id, activity_id) references activity (municipality_id, id) on delete cascade,
  foreign key (municipality_id, image_id) references image (municipality_id, id)
);

-- Help next to the activities: support schemes and equipment lending the municipality or others offer.
-- An empty category list or null ages means the offer applies to every activity.
create table support_offer (
  municipality_id integer not null references municipality (id),
  id uuid not null default gen_random_uuid(),
  kind text not null check (kind in ('support_scheme', 'equipment_lending')),
  title text not null check (length(title) between 1 and 200),
  summary text not null check (length(summary) between 1 and 2000),
  url text,
  contact text,
  categories text[] not null default '{}',
  min_age smallint check (min_age between 0 and 25),
  max_age smallint check (max_age between 0 and 25),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (municipality_id, id),
  check (min_age is null or max_age is null or max_age >= min_age)
);

-- Invitations from a provider's admin to a co-admin: a one-time link (only its hash is kept).
create table provider_invitation (
  municipality_id integer not null,
  id uuid not null default gen_random_uuid(),
  provider_id uuid not null,
  token_hash bytea not null,
  email text not null,
  invitee_name text not null check (length(invitee_name) between 1 and 200),
  invited_by text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  accepted_at timestamptz,
  accepted_by text,
  revoked_at timestamptz,
  primary key (municipality_id, id),
  unique (municipality_id, token_hash),
  foreign key (municipality_id, provider_id) references provider (municipality_id, id)
);

create index provider_invitation_provider on provider_invitation (municipality_id, provider_id);
