-- Outgoing e-mail and the municipality's news to its providers.

-- Outgoing e-mail, delivered in the background with retries (src/modules/mail). The text and HTML are kept
-- only until the message is sent or given up (they may hold one-time links); who, what subject and when stay.
create table mail_outbox (
  municipality_id integer not null references municipality (id),
  id bigint generated always as identity,
  recipient text not null check (length(recipient) between 3 and 320),
  subject text not null check (length(subject) between 1 and 500),
  text text not null,
  html text,
  language text,
  -- What the message is about, e.g. 'news:<id>' (for tracing, never shown to the recipient).
  reference text,
  status text not null default 'queued' check (status in ('queued', 'sent', 'failed')),
  attempts integer not null default 0 check (attempts >= 0),
  -- When the message is next due; while a sender holds it, the end of its lease.
  next_attempt_at timestamptz not null default now(),
  last_error text,
  created_at timestamptz not null default now(),
  sent_at timestamptz,
  primary key (municipality_id, id),
  check ((status = 'sent') = (sent_at is not null))
);

create index mail_outbox_due on mail_outbox (municipality_id, next_attempt_at) where status = 'queued';
create index mail_outbox_failed on mail_outbox (municipality_id, created_at) where status = 'failed';
create index mail_outbox_reference on mail_outbox (municipality_id, reference);

-- News from the municipality to its providers: shown on each recipient's dashboard and sent by e-mail.
create table provider_news (
  municipality_id integer not null references municipality (id),
  id uuid not null default gen_random_uuid(),
  subject text not null check (length(subject) between 1 and 200),
  body text not null check (length(body) between 1 and 20000),
  -- Who the news was for: { kinds?: [...], categories?: [...], neighbourhoodIds?: [...] }; empty: every
  -- approved provider.
  audience jsonb not null default '{}'::jsonb,
  sent_by text not null,
  sent_at timestamptz not null default now(),
  recipient_count integer not null default 0 check (recipient_count >= 0),
  primary key (municipality_id, id)
);

create index provider_news_sent on provider_news (municipality_id, sent_at desc);

-- One row per provider the news went to, with the address it was e-mailed to (null: shown on the dashboard only).
create table provider_news_recipient (
  municipality_id integer not null,
  news_id uuid not null,
  provider_id uuid not null,
  email text,
  read_at timestamptz,
  read_by text,
  primary key (municipality_id, news_id, provider_id),
  foreign key (municipality_id, news_id) references provider_news (municipality_id, id) on delete cascade,
  foreign key (municipality_id, provider_id) references provider (municipality_id, id),
  check ((read_at is null) = (read_by is null))
);

create index provider_news_recipient_provider on provider_news_recipient (municipality_id, provider_id);
