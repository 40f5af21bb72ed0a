-- Guardianships the register ended because the guardian died. The link itself is removed (the deceased person
-- gets no access and no role from it); this row lets the family page tell the living guardian that it ended.
-- Only the two people and the reason are kept: no date of death, no other detail.
create table guardianship_ended (
  municipality_id integer not null,
  child_id uuid not null,
  guardian_id uuid not null,
  reason text not null check (reason in ('deceased')),
  ended_at timestamptz not null default now(),
  primary key (municipality_id, child_id, guardian_id),
  foreign key (municipality_id, child_id) references person (municipality_id, id),
  foreign key (municipality_id, guardian_id) references person (municipality_id, id),
  check (child_id <> guardian_id)
);

create index guardianship_ended_guardian on guardianship_ended (municipality_id, guardian_id);

-- A caseworker's confirmation that a person lives in the municipality when the register does not say where
-- (a protected address withheld, a D-number holder not registered as resident). Kept by later imports unless the
-- register places the person elsewhere, abroad or dead. Who confirmed and why is in the audit log.
alter table person add column residence_confirmed_at timestamptz;

-- The staged line's register places the person in another municipality or abroad (a confirmation then ends).
alter table population_import_row add column placed_elsewhere boolean not null default false;
