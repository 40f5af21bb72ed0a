-- Login, sessions, role assignments and the audit log.

-- Staff identities from the municipalities' identity provider. Installation-level (one person may work for
-- several municipalities); roles per municipality are in role_assignment.
create table staff_user (
  id uuid primary key default gen_random_uuid(),
  issuer text not null,
  subject text not null,
  name text not null,
  email text,
  platform_operator boolean not null default false,
  created_at timestamptz not null default now(),
  last_login_at timestamptz,
  unique (issuer, subject)
);

-- Roles given by a municipality: to staff (by staff_user) or to citizens (by the keyed hash of their national id,
-- so a club's admin who lives elsewhere can hold the role). Guardian and youth are not assigned: they follow
-- from the population register.
create table role_assignment (
  municipality_id integer not null references municipality (id),
  id uuid not null default gen_random_uuid(),
  role text not null
    check (role in ('provider_admin', 'venue_staff', 'caseworker', 'leisure_guide', 'municipality_admin')),
  staff_user_id uuid references staff_user (id),
  citizen_hash bytea,
  holder_name text not null,
  provider_id uuid,
  -- Named staff who may find people with strictly protected addresses.
  protected_access boolean not null default false,
  granted_by text not null,
  granted_at timestamptz not null default now(),
  revoked_at timestamptz,
  primary key (municipality_id, id),
  foreign key (municipality_id, provider_id) references provider (municipality_id, id),
  check ((staff_user_id is null) <> (citizen_hash is null)),
  check ((role in ('provider_admin', 'venue_staff')) = (provider_id is not null))
);

create unique index role_assignment_active_staff
  on role_assignment (municipality_id, staff_user_id, role, coalesce(provider_id, '00000000-0000-0000-0000-000000000000'))
  where revoked_at is null and staff_user_id is not null;
create unique index role_assignment_active_citizen
  on role_assignment (municipality_id, citizen_hash, role, coalesce(provider_id, '00000000-0000-0000-0000-000000000000'))
  where revoked_at is null and citizen_hash is not null;
create index role_assignment_citizen on role_assignment (citizen_hash) where revoked_at is null;
create index role_assignment_staff on role_assignment (staff_user_id) where revoked_at is null;

-- Pending logins: state, nonce and PKCE verifier, used once.
create table login_transaction (
  state text primary key,
  kind text not null check (kind in ('citizen', 'staff')),
  nonce text not null,
  code_verifier text not null,
  return_to text not null,
  created_at timestamptz not null default now()
);

-- Server-side sessions. The cookie holds a random token; only its SHA-256 is stored.
create table session (
  token_hash bytea primary key,
  kind text not null check (kind in ('citizen', 'staff')),
  citizen_hash bytea,
  staff_user_id uuid references staff_user (id),
  display_name text not null,
  acr text,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ended_at timestamptz,
  end_reason text,
  check ((kind = 'citizen') = (citizen_hash is not null)),
  check ((kind = 'staff') = (staff_user_id is not null))
);

create index session_citizen on session (citizen_hash) where ended_at is null;

-- Security events that belong to no municipality (refused logins, replayed or forged sessions).
create table security_event (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null default now(),
  kind text not null,
  reason text not null,
  request_id text,
  details jsonb not null default '{}'::jsonb
);

create index security_event_time on security_event (occurred_at desc);

-- Who read or changed what about whom, when and why. Append-only: updates and deletes are refused.
create table audit_event (
  municipality_id integer not null references municipality (id),
  id bigint generated always as identity,
  occurred_at timestamptz not null default now(),
  actor_kind text not null check (actor_kind in ('citizen', 'staff', 'system')),
  actor_id text,
  actor_name text not null,
  actor_role text,
  action text not null,
  outcome text not null default 'allowed' check (outcome in ('allowed', 'denied')),
  subject_person_id uuid,
  reason text,
  request_id text,
  details jsonb not null default '{}'::jsonb,
  primary key (municipality_id, id),
  foreign key (municipality_id, subject_person_id) references person (municipality_id, id)
);

create index audit_event_subject on audit_event (municipality_id, subject_person_id, occurred_at desc);
create index audit_event_time on audit_event (municipality_id, occurred_at desc);
create index audit_event_action on audit_event (municipality_id, action, occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only' using errcode = 'P0001';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
  for each row execute function audit_event_is_append_only();

-- A citizen's person rows in every municipality, found by the keyed hash of the national id at login.
create index person_national_id_hash on person (national_id_hash);

-- Retention: people out of scope long enough are anonymised, never deleted (money history keeps its accounts).
alter table person add column anonymised_at timestamptz;
