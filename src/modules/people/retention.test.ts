import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { as, buildWorld, type World } from '../../../test/helpers/world.ts';

let t: TestApp;
let world: World;
const longAgo = new Date(Date.now() - 400 * 86_400_000);

before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
  const db = t.database.db;
  const year = new Date().getUTCFullYear();
  // Ida (youthA) moved out long ago; Nora (otherChildA) is 25 now and untouched for long; Ola stays.
  await db
    .updateTable('person')
    .set({ status: 'moved_out', updatedAt: longAgo })
    .where('id', '=', world.people.youthA.id)
    .execute();
  await db
    .updateTable('person')
    .set({ birthDate: `${year - 25}-01-15`, updatedAt: longAgo })
    .where('id', '=', world.people.otherChildA.id)
    .execute();
  await db.updateTable('person').set({ updatedAt: longAgo }).where('id', '=', world.people.otherGuardianA.id).execute();
  // A guardianship ended by death names the former guardian: it goes when the child is anonymised.
  await db
    .insertInto('guardianshipEnded')
    .values({
      municipalityId: world.a.id,
      childId: world.people.otherChildA.id,
      guardianId: world.people.protectedGuardianA.id,
      reason: 'deceased',
    })
    .execute();
  // A reference to a person (here a caseworker's look-up of her) that must survive anonymisation.
  await world.services.audit.record('system', {
    municipalityId: world.a.id,
    action: 'person.lookup',
    reason: 'kept across anonymisation',
    subjectPersonIds: [world.people.youthA.id],
  });
});
after(async () => {
  await t.close();
});

test('a dry run counts without changing anything', async () => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/municipalities/3301/retention/run',
    headers: as(world, 'adminA'),
    payload: { dryRun: true },
  });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json(), { anonymised: 3, guardianshipsRemoved: 0, retentionDays: 365, dryRun: true });
  const still = await t.database.db
    .selectFrom('person')
    .select('givenName')
    .where('id', '=', world.people.youthA.id)
    .executeTakeFirst();
  assert.equal(still?.givenName, 'Ida');
});

test('people out of scope for longer than the retention period are anonymised, the rest untouched', async () => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/municipalities/3301/retention/run',
    headers: as(world, 'adminA'),
    payload: {},
  });
  assert.equal(res.statusCode, 200);
  const body = res.json();
  // Ida (moved out), Nora (aged out), and Per, whose only child is now out of scope.
  assert.equal(body.anonymised, 3);
  assert.equal(body.guardianshipsRemoved, 2);

  const rows = await t.database.db
    .selectFrom('person')
    .select(['id', 'givenName', 'familyName', 'birthDate', 'streetAddress', 'anonymisedAt', 'nationalIdHash'])
    .where('municipalityId', '=', world.a.id)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const gone of [world.people.youthA, world.people.otherChildA, world.people.otherGuardianA]) {
    const row = byId.get(gone.id);
    assert.ok(row?.anonymisedAt, gone.name);
    assert.equal(row.givenName, 'Anonymisert');
    assert.equal(row.familyName, '');
    assert.equal(row.streetAddress, null);
    assert.match(row.birthDate, /-01-01$/);
  }
  for (const kept of [world.people.guardianA, world.people.childA, world.people.protectedChildA]) {
    assert.equal(byId.get(kept.id)?.anonymisedAt, null, kept.name);
  }
  const ended = await t.database.db
    .selectFrom('guardianshipEnded')
    .select('guardianId')
    .where('childId', '=', world.people.otherChildA.id)
    .execute();
  assert.deepEqual(ended, []);
  // References stay intact: the audit entry about Ida still points at her (now anonymous) row.
  const log = await world.services.audit.search({
    municipalityId: world.a.id,
    subjectPersonIds: [world.people.youthA.id],
    limit: 10,
    offset: 0,
  });
  assert.ok(log.items.some((e) => e.action === 'person.lookup' && e.reason === 'kept across anonymisation'));
  // The national id no longer finds the person.
  const lookup = await t.app.inject({
    method: 'POST',
    url: '/api/municipalities/3301/people/lookup',
    headers: as(world, 'caseworkerA'),
    payload: { nationalId: world.people.youthA.nationalId, reason: 'Kontroll etter sletting' },
  });
  assert.equal(lookup.statusCode, 404);
  // The guardian's family no longer lists Ida.
  const family = await t.app.inject({
    method: 'GET',
    url: '/api/municipalities/3301/family',
    headers: as(world, 'guardianA'),
  });
  assert.deepEqual(
    family.json().children.map((c: { givenName: string }) => c.givenName),
    ['Ola'],
  );
  const audit = await world.services.audit.search({
    municipalityId: world.a.id,
    action: 'retention.anonymise',
    limit: 5,
    offset: 0,
  });
  assert.equal(audit.items.length, 1);
});

test('the audit log is append-only', async () => {
  await assert.rejects(
    () => t.database.db.updateTable('auditEvent').set({ actorName: 'someone else' }).execute(),
    /append-only/,
  );
  await assert.rejects(() => t.database.db.deleteFrom('auditEvent').execute(), /append-only/);
});
