import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { as, buildWorld, type World } from '../helpers/world.ts';

let t: TestApp;
let world: World;
before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
});
after(async () => {
  await t.close();
});

const A = '3301';

describe('a guardian sees exactly their own family', () => {
  test('own children with their guardians, nobody else', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/family`,
      headers: as(world, 'guardianA'),
    });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.self.id, world.people.guardianA.id);
    assert.deepEqual(
      body.children.map((c: { id: string }) => c.id).sort(),
      [world.people.childA.id, world.people.youthA.id].sort(),
    );
    assert.deepEqual(body.children[0].guardians, [{ id: world.people.guardianA.id, name: 'Kari Nordmann' }]);
    assert.ok(!JSON.stringify(body).includes(world.people.otherChildA.id));
  });

  test('a youth sees themselves, not their siblings', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/family`,
      headers: as(world, 'youthA'),
    });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().self.id, world.people.youthA.id);
    assert.deepEqual(res.json().children, []);
  });

  test('a protected address is shown as protected, never as an address', async () => {
    const db = t.database.db;
    const row = await db
      .selectFrom('person')
      .select(['streetAddress', 'postalCode'])
      .where('id', '=', world.people.protectedChildA.id)
      .executeTakeFirst();
    assert.deepEqual(row, { streetAddress: null, postalCode: null });
    // The database refuses an address for a protected person.
    await assert.rejects(() =>
      db
        .updateTable('person')
        .set({ streetAddress: 'Hemmeligveien 1' })
        .where('id', '=', world.people.protectedChildA.id)
        .execute(),
    );
  });

  test('every read is audited with who, what and why', async () => {
    await t.app.inject({ method: 'GET', url: `/api/municipalities/${A}/family`, headers: as(world, 'otherGuardianA') });
    const log = await world.services.audit.search({
      municipalityId: world.a.id,
      action: 'family.read',
      subjectPersonIds: [world.people.otherChildA.id],
      limit: 10,
      offset: 0,
    });
    const entry = log.items[0];
    assert.ok(entry);
    assert.equal(entry.actorName, 'Per Hansen');
    assert.equal(entry.actorRole, 'guardian');
    assert.equal(entry.actorKind, 'citizen');
    assert.equal(entry.actorId, world.people.otherGuardianA.id);
    assert.equal(entry.reason, 'own family');
    assert.ok(entry.requestId);
  });
});

describe('right of access', () => {
  test('the export holds the family, their national ids and who looked at them', async () => {
    await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/people/lookup`,
      headers: as(world, 'caseworkerA'),
      payload: { nationalId: world.people.childA.nationalId, reason: 'Søknad om fotballsko' },
    });
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/family/export`,
      headers: as(world, 'guardianA'),
    });
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-disposition']), /attachment; filename="fritidskort-data-3301.json"/);
    const data = res.json();
    const ids = data.people.map((p: { nationalId: string }) => p.nationalId).sort();
    assert.deepEqual(
      ids,
      [world.people.guardianA.nationalId, world.people.childA.nationalId, world.people.youthA.nationalId].sort(),
    );
    assert.ok(
      data.accessLog.some(
        (e: { who: string; reason: string; role: string }) =>
          e.who === 'Siri Saksbehandler' && e.reason === 'Søknad om fotballsko' && e.role === 'caseworker',
      ),
    );
  });

  test("the access log shows the caseworker's look-up to the guardian, and nothing about other families", async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/family/access-log?limit=200`,
      headers: as(world, 'guardianA'),
    });
    assert.equal(res.statusCode, 200);
    const items = res.json().items as { who: string; personId: string; action: string }[];
    assert.ok(items.some((e) => e.who === 'Siri Saksbehandler' && e.action === 'person.lookup'));
    const mine = new Set([world.people.guardianA.id, world.people.childA.id, world.people.youthA.id]);
    assert.ok(items.every((e) => mine.has(e.personId)));
  });
});

describe('caseworker look-up', () => {
  test('finds a child by national id with a reason, and returns the family names', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/people/lookup`,
      headers: as(world, 'caseworkerA'),
      payload: { nationalId: world.people.childA.nationalId, reason: 'Tildeling av fritidskort' },
    });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.givenName, 'Ola');
    assert.deepEqual(body.guardians, [{ id: world.people.guardianA.id, name: 'Kari Nordmann' }]);
    assert.ok(!JSON.stringify(body).includes(world.people.childA.nationalId));
  });

  test('a strictly protected child is found only by named staff; others get not-found, and the attempt is logged', async () => {
    const payload = { nationalId: world.people.protectedChildA.nationalId, reason: 'Søknad om utstyr' };
    const plain = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/people/lookup`,
      headers: as(world, 'caseworkerA'),
      payload,
    });
    assert.equal(plain.statusCode, 404);
    assert.equal(plain.json().error.code, 'PERSON_NOT_FOUND');
    const named = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/people/lookup`,
      headers: as(world, 'protectedCaseworkerA'),
      payload,
    });
    assert.equal(named.statusCode, 200);
    assert.equal(named.json().addressProtected, true);
    assert.equal(named.json().address, null);
    const log = await world.services.audit.search({
      municipalityId: world.a.id,
      action: 'person.lookup',
      subjectPersonIds: [world.people.protectedChildA.id],
      limit: 10,
      offset: 0,
    });
    assert.deepEqual(log.items.map((e) => e.outcome).sort(), ['allowed', 'denied']);
  });

  test('bad input gets a translated field error and no look-up', async () => {
    const wrongDigits = `${world.people.childA.nationalId.slice(0, 10)}${(Number(world.people.childA.nationalId[10]) + 1) % 10}`;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/people/lookup`,
      headers: { ...as(world, 'caseworkerA'), 'accept-language': 'nn' },
      payload: { nationalId: wrongDigits, reason: 'Test av kontrollsiffer' },
    });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json().error.details, [
      { field: 'body/nationalId', message: 'Er ikkje eit gyldig fødselsnummer eller D-nummer.' },
    ]);
    const noReason = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/people/lookup`,
      headers: as(world, 'caseworkerA'),
      payload: { nationalId: world.people.childA.nationalId },
    });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().error.details[0].field, 'body/reason');
  });
});

describe('audit search and roles', () => {
  test('the admin finds look-ups by action, and the search is itself audited', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/audit?action=person.lookup&actor=Siri`,
      headers: as(world, 'adminA'),
    });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.ok(body.total >= 2);
    assert.ok(
      body.items.every(
        (e: { action: string; actorName: string }) =>
          e.action === 'person.lookup' && e.actorName === 'Siri Saksbehandler',
      ),
    );
    const searches = await world.services.audit.search({
      municipalityId: world.a.id,
      action: 'audit.search',
      limit: 5,
      offset: 0,
    });
    assert.equal(searches.items[0]?.actorName, 'Anders Admin');
  });

  test('the action filter takes the codes the log records; anything else is a 400 naming the field', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/audit?action=person.peek`,
      headers: as(world, 'adminA'),
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'VALIDATION_FAILED');
    assert.equal(res.json().error.details[0].field, 'query/action');
    const providers = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/audit?action=provider.decision`,
      headers: as(world, 'adminA'),
    });
    assert.equal(providers.statusCode, 200);
  });

  test("a role granted by the admin takes effect at the holder's next request, and revoking removes it", async () => {
    const before = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/audit`,
      headers: as(world, 'leisureGuideA'),
    });
    assert.equal(before.statusCode, 403);
    const grant = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/roles`,
      headers: as(world, 'adminA'),
      payload: { role: 'municipality_admin', staffEmail: 'guri@drammen.example' },
    });
    assert.equal(grant.statusCode, 201);
    const duplicate = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/roles`,
      headers: as(world, 'adminA'),
      payload: { role: 'municipality_admin', staffEmail: 'guri@drammen.example' },
    });
    assert.equal(duplicate.statusCode, 409);
    const during = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/audit`,
      headers: as(world, 'leisureGuideA'),
    });
    assert.equal(during.statusCode, 200);
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/municipalities/${A}/roles/${grant.json().id}`,
      headers: as(world, 'adminA'),
    });
    assert.equal(revoke.statusCode, 204);
    const afterwards = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/audit`,
      headers: as(world, 'leisureGuideA'),
    });
    assert.equal(afterwards.statusCode, 403);
  });

  test('a provider role needs a provider of this municipality', async () => {
    const missing = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/roles`,
      headers: as(world, 'adminA'),
      payload: { role: 'provider_admin', staffEmail: 'guri@drammen.example' },
    });
    assert.equal(missing.statusCode, 400);
    const otherMunicipality = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/roles`,
      headers: as(world, 'adminA'),
      payload: { role: 'provider_admin', staffEmail: 'guri@drammen.example', providerId: world.providers.b1 },
    });
    assert.equal(otherMunicipality.statusCode, 404);
    assert.equal(otherMunicipality.json().error.code, 'PROVIDER_NOT_FOUND');
  });
});
