-- Population register import (Folkeregisteret). See docs/population-register.md.
-- Both tables are tenant-owned: municipality_id leads the primary key and every foreign key.

-- One run of an import: who started it, when, how, and what it did. Holds counts only, no personal data.
create table population_import (
  municipality_id integer not null references municipality (id),
  id uuid not null default gen_random_uuid(),
  mode text not null check (mode in ('full', 'delta')),
  -- Who started the run (e.g. 'cli:<user>' or a staff identity) and from what (a file name, no path).
  started_by text not null check (length(started_by) between 1 and 200),
  source text check (length(source) <= 200),
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  lines integer not null default 0 check (lines >= 0),
  imported integer not null default 0 check (imported >= 0),
  inserted integer not null default 0 check (inserted >= 0),
  updated integer not null default 0 check (updated >= 0),
  moved_out integer not null default 0 check (moved_out >= 0),
  deceased integer not null default 0 check (deceased >= 0),
  guardianships_added integer not null default 0 check (guardianships_added >= 0),
  guardianships_removed integer not null default 0 check (guardianships_removed >= 0),
  guardian_links_unresolved integer not null default 0 check (guardian_links_unresolved >= 0),
  rejected integer not null default 0 check (rejected >= 0),
  primary key (municipality_id, id)
);

create index population_import_started on population_import (municipality_id, started_at desc);

-- Staging: one row per accepted line of the file being imported, loaded in batches and applied to person and
-- guardianship with set-based statements. Rows live only inside the import's transaction: the run deletes its
-- rows before it commits, so no copy of the register stays behind.
create table population_import_row (
  municipality_id integer not null,
  import_id uuid not null,
  line integer not null check (line > 0),
  national_id_hash bytea not null,
  national_id_enc bytea not null,
  -- Lookup hashes of earlier numbers of the same person (a D-number replaced by a fødselsnummer).
  former_hashes bytea[] not null default '{}',
  given_name text not null,
  family_name text not null,
  birth_date date not null,
  -- Status in this municipality as the document has it; an earlier resident who now lives elsewhere is
  -- turned from non_resident into moved_out when applied.
  status text not null check (status in ('resident', 'non_resident', 'moved_out', 'deceased')),
  address_protection text not null
    check (address_protection in ('none', 'fortrolig', 'strengt_fortrolig', 'strengt_fortrolig_utland')),
  street_address text,
  postal_code char(4),
  postal_place text,
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  -- Lookup hashes of the adults with parental responsibility (foreldreansvar) for this person.
  guardian_hashes bytea[] not null default '{}',
  -- No foreign key to population_import: rows exist only inside the run's own transaction, and a per-row
  -- key check would be most of the cost of loading a batch.
  primary key (municipality_id, import_id, line),
  -- The same backstop as on person: a protected address never reaches the database.
  check (
    address_protection = 'none'
    or (street_address is null and postal_code is null and postal_place is null
        and latitude is null and longitude is null)
  )
);
