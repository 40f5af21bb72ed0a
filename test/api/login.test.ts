import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeNationalId } from '../../src/domain/national-id.ts';
import { createNationalIdProtector } from '../../src/security/pii.ts';
import { createServices } from '../../src/services.ts';
import { type LoginServer, startLoginServer } from '../helpers/login.ts';
import { TestBrowser } from '../helpers/oidc-browser.ts';

let s: LoginServer;
let guardianPid = '';
for (let i = 200; !guardianPid; i++) guardianPid = makeNationalId('1985-04-12', i, { synthetic: true }) ?? '';
let childPid = '';
for (let i = 600; !childPid; i++) childPid = makeNationalId('2016-09-03', i, { synthetic: true }) ?? '';

before(async () => {
  s = await startLoginServer({
    staffUsers: [{ subject: 'admin-1', name: 'Anders Admin', email: 'anders@drammen.example' }],
  });
  const services = createServices(s.database, s.config);
  const protector = createNationalIdProtector(s.config.piiKeys);
  const m = await services.municipalities.registerMunicipality({ kommunenummer: '3301', name: 'Drammen' });
  const insert = async (pid: string, given: string, birthDate: string) =>
    (
      await s.database.db
        .insertInto('person')
        .values({
          municipalityId: m.id,
          nationalIdHash: protector.lookupHash(pid),
          nationalIdEnc: protector.encrypt(pid),
          givenName: given,
          familyName: 'Berg',
          birthDate,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const guardian = await insert(guardianPid, 'Lise', '1985-04-12');
  const child = await insert(childPid, 'Jonas', '2016-09-03');
  await s.database.db
    .insertInto('guardianship')
    .values({ municipalityId: m.id, childId: child, guardianId: guardian })
    .execute();
});
after(async () => {
  await s.close();
});

const atApp = () => (url: URL) => url.origin === s.baseUrl && !url.pathname.startsWith('/api/auth/callback');

async function citizenLogin(browser: TestBrowser, pid: string, returnTo = '/family') {
  const form = await browser.navigate(`${s.baseUrl}/api/auth/login/citizen?returnTo=${encodeURIComponent(returnTo)}`, {
    stopAt: atApp(),
  });
  return browser.submit(form, { fields: { pid, acr: 'idporten-loa-substantial' }, stopAt: atApp() });
}

async function session(browser: TestBrowser) {
  const res = await browser.request(`${s.baseUrl}/api/session`);
  return (await res.json()) as {
    authenticated: boolean;
    name?: string;
    roles: string[];
    csrfToken?: string;
    memberships: { kommunenummer: string; roles: string[] }[];
  };
}

async function securityEvents(reason: string) {
  return s.database.db.selectFrom('securityEvent').selectAll().where('reason', '=', reason).execute();
}

describe('citizen login through the ID-porten-shaped provider', () => {
  test('a guardian logs in, lands where they started, and is a guardian in their municipality', async () => {
    const browser = new TestBrowser();
    const done = await citizenLogin(browser, guardianPid);
    assert.equal(done.stoppedAt?.pathname, '/family');
    const me = await session(browser);
    assert.equal(me.authenticated, true);
    assert.equal(me.name, 'Lise Berg');
    assert.deepEqual(me.memberships, [{ kommunenummer: '3301', municipalityName: 'Drammen', roles: ['guardian'] }]);
    const family = await browser.request(`${s.baseUrl}/api/municipalities/3301/family`);
    assert.equal(family.status, 200);
    assert.equal((await family.json()).children[0].givenName, 'Jonas');
    const cookie = browser.cookies.header(new URL(s.baseUrl)) ?? '';
    assert.match(cookie, /fk_session=/);
    assert.doesNotMatch(cookie, new RegExp(guardianPid));
  });

  test('the session cookie is HttpOnly and SameSite=Lax, and the pid never reaches the database in clear', async () => {
    const browser = new TestBrowser();
    const form = await browser.navigate(`${s.baseUrl}/api/auth/login/citizen`, { stopAt: atApp() });
    const done = await browser.submit(form, {
      fields: { pid: guardianPid, acr: 'idporten-loa-substantial' },
      stopAt: (url) => url.origin === s.baseUrl,
    });
    assert.ok(done.stoppedAt);
    const callback = await fetch(done.stoppedAt, { redirect: 'manual' });
    const setCookie = callback.headers.get('set-cookie') ?? '';
    assert.match(setCookie, /fk_session=[^;]+;.*HttpOnly/i);
    assert.match(setCookie, /SameSite=Lax/i);
    const sessions = await s.database.db.selectFrom('session').selectAll().execute();
    assert.ok(sessions.length > 0);
    assert.ok(!JSON.stringify(sessions).includes(guardianPid));
  });

  test('a callback with an unknown state is refused and logged', async () => {
    const res = await fetch(`${s.baseUrl}/api/auth/callback/citizen?code=forged&state=guessed`, { redirect: 'manual' });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), '/?loginError=unknown_state');
    assert.equal(res.headers.get('set-cookie'), null);
    assert.ok((await securityEvents('unknown_state')).length >= 1);
  });

  test('a login that took too long is refused as expired', async () => {
    const browser = new TestBrowser();
    const form = await browser.navigate(`${s.baseUrl}/api/auth/login/citizen`, { stopAt: atApp() });
    await s.database.db
      .updateTable('loginTransaction')
      .set({ createdAt: new Date(Date.now() - 11 * 60_000) })
      .execute();
    const done = await browser.submit(form, {
      fields: { pid: guardianPid, acr: 'idporten-loa-substantial' },
      stopAt: atApp(),
    });
    assert.equal(done.stoppedAt?.search, '?loginError=expired_transaction');
    assert.equal((await session(browser)).authenticated, false);
    assert.ok((await securityEvents('expired_transaction')).length >= 1);
  });

  test('a code replayed at the callback does not log in twice', async () => {
    const browser = new TestBrowser();
    const form = await browser.navigate(`${s.baseUrl}/api/auth/login/citizen`, { stopAt: atApp() });
    const done = await browser.submit(form, {
      fields: { pid: guardianPid, acr: 'idporten-loa-substantial' },
      stopAt: (url) => url.origin === s.baseUrl,
    });
    assert.ok(done.stoppedAt);
    const first = await fetch(done.stoppedAt, { redirect: 'manual' });
    assert.match(first.headers.get('set-cookie') ?? '', /fk_session=/);
    const replay = await fetch(done.stoppedAt, { redirect: 'manual' });
    assert.equal(replay.headers.get('set-cookie'), null);
    assert.match(replay.headers.get('location') ?? '', /loginError=unknown_state/);
  });

  test('returnTo outside the app is ignored', async () => {
    const browser = new TestBrowser();
    const done = await citizenLogin(browser, guardianPid, '//evil.example/steal');
    assert.equal(done.stoppedAt?.pathname, '/');
  });
});

describe('sessions', () => {
  test('logout needs the CSRF token, ends the session, and a replayed cookie is refused and logged', async () => {
    const browser = new TestBrowser();
    await citizenLogin(browser, guardianPid);
    const me = await session(browser);
    const cookie = browser.cookies.header(new URL(s.baseUrl)) ?? '';

    const withoutToken = await fetch(`${s.baseUrl}/api/auth/logout`, { method: 'POST', headers: { cookie } });
    assert.equal(withoutToken.status, 403);
    assert.equal((await withoutToken.json()).error.code, 'CSRF_REFUSED');

    const out = await fetch(`${s.baseUrl}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': me.csrfToken ?? '' },
    });
    assert.equal(out.status, 200);
    const { redirectTo } = (await out.json()) as { redirectTo: string };
    assert.ok(redirectTo.startsWith(s.provider.citizenIssuer), redirectTo);

    const replay = await fetch(`${s.baseUrl}/api/municipalities/3301/family`, { headers: { cookie } });
    assert.equal(replay.status, 401);
    assert.equal((await replay.json()).error.code, 'UNAUTHENTICATED');
    assert.ok((await securityEvents('replayed_after_logout')).length >= 1);
  });

  test('an idle session expires and says so', async () => {
    const browser = new TestBrowser();
    await citizenLogin(browser, guardianPid);
    const cookie = browser.cookies.header(new URL(s.baseUrl)) ?? '';
    await s.database.db
      .updateTable('session')
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where('endedAt', 'is', null)
      .execute();
    const res = await fetch(`${s.baseUrl}/api/municipalities/3301/family`, {
      headers: { cookie, 'accept-language': 'en' },
    });
    assert.equal(res.status, 401);
    const body = await res.json();
    assert.equal(body.error.code, 'SESSION_EXPIRED');
    assert.equal(body.error.message, 'Your session has expired. Please log in again.');
  });

  test('a forged session cookie is refused and logged', async () => {
    const res = await fetch(`${s.baseUrl}/api/municipalities/3301/family`, {
      headers: { cookie: 'fk_session=forged-token' },
    });
    assert.equal(res.status, 401);
    assert.ok((await securityEvents('unknown_session')).length >= 1);
  });
});

describe('staff login', () => {
  test('a staff member logs in through the staff provider; roles come from the municipality', async () => {
    const browser = new TestBrowser();
    const page = await browser.navigate(`${s.baseUrl}/api/auth/login/staff?returnTo=/admin`, { stopAt: atApp() });
    const done = await browser.submit(page, { fields: { subject: 'admin-1' }, stopAt: atApp() });
    assert.equal(done.stoppedAt?.pathname, '/admin');
    const me = await session(browser);
    assert.equal(me.authenticated, true);
    assert.equal(me.name, 'Anders Admin');
    assert.deepEqual(me.roles, []);
    const denied = await browser.request(`${s.baseUrl}/api/municipalities/3301/audit`);
    assert.equal(denied.status, 403);
  });
});
