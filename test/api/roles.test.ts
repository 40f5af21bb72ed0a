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

interface Assignment {
  id: string;
  role: string;
  holderName: string;
}

async function admins(): Promise<Assignment[]> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/municipalities/${A}/roles`,
    headers: as(world, 'adminA'),
  });
  if (res.statusCode !== 200) {
    // Anders may have lost his role in a race below; Guri then holds it.
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/roles`,
      headers: as(world, 'leisureGuideA'),
    });
    return (other.json().items as Assignment[]).filter((a) => a.role === 'municipality_admin');
  }
  return (res.json().items as Assignment[]).filter((a) => a.role === 'municipality_admin');
}

function revoke(actor: 'adminA' | 'leisureGuideA', assignmentId: string) {
  return t.app.inject({
    method: 'DELETE',
    url: `/api/municipalities/${A}/roles/${assignmentId}`,
    headers: as(world, actor),
  });
}

describe('the list of roles', () => {
  test('names the provider a provider role is for', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/roles`,
      headers: as(world, 'adminA'),
    });
    assert.equal(res.statusCode, 200);
    const items = res.json().items as {
      holderName: string;
      providerId: string | null;
      providerName: string | null;
      role: string;
    }[];
    const pia = items.find((i) => i.holderName === 'Pia Leder');
    assert.equal(pia?.providerId, world.providers.a1);
    assert.equal(pia?.providerName, 'Drammen Turn');
    assert.ok(items.filter((i) => i.providerId === null).every((i) => i.providerName === null));
  });
});

describe('a municipality keeps an administrator', () => {
  test('the last administrator cannot take back their own role; nothing changes', async () => {
    const [only, ...more] = await admins();
    assert.ok(only);
    assert.equal(more.length, 0);
    const res = await revoke('adminA', only.id);
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'LAST_MUNICIPALITY_ADMIN');
    assert.equal(
      res.json().error.message,
      'Kommunen må ha minst én administrator. Gi rollen til en annen før du tar tilbake denne.',
    );
    assert.deepEqual(
      (await admins()).map((a) => a.id),
      [only.id],
    );
  });

  test('with two administrators one can go; taking each other’s role at the same moment leaves one', async () => {
    const grant = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/roles`,
      headers: as(world, 'adminA'),
      payload: { role: 'municipality_admin', staffEmail: 'guri@drammen.example' },
    });
    assert.equal(grant.statusCode, 201);
    const guri = grant.json().id as string;
    const anders = (await admins()).find((a) => a.id !== guri);
    assert.ok(anders);

    const outcomes = await Promise.all([revoke('adminA', guri), revoke('leisureGuideA', anders.id)]);
    const statuses = outcomes.map((r) => r.statusCode).sort();
    assert.equal(statuses.filter((s) => s === 204).length, 1, String(statuses));
    for (const r of outcomes) {
      if (r.statusCode !== 204) assert.ok(['LAST_MUNICIPALITY_ADMIN', 'FORBIDDEN'].includes(r.json().error.code));
    }
    assert.equal((await admins()).length, 1);
  });
});
