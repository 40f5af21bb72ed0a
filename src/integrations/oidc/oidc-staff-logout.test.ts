import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestBrowser } from '../../../test/helpers/oidc-browser.ts';
import { makeNationalId } from '../../domain/national-id.ts';
import { createOidcClient, type OidcClient, type OidcClientOptions } from './client.ts';
import { type DevOidcProvider, startDevOidcProvider } from './dev-provider.ts';

// Nothing listens here: the browser stops before following a redirect to it and the test takes the URL.
const REDIRECT_URI = 'http://127.0.0.1:9/auth/callback';
const POST_LOGOUT_URI = 'http://127.0.0.1:9/logged-out';
const CLIENT = { clientId: 'fritidskort', clientSecret: 'dev-secret-for-tests' };
const OTHER_CLIENT = { clientId: 'fritidskort-admin', clientSecret: 'other-dev-secret-for-tests' };
const STAFF = [
  { subject: 'staff-1', name: 'Kari Nordmann', email: 'kari.nordmann@kommune.example' },
  { subject: 'staff-2', name: 'Ola Nordmann', email: 'ola.nordmann@kommune.example' },
];
const atCallback = (url: URL) => url.href.startsWith(REDIRECT_URI);
const atLoggedOut = (url: URL) => url.href.startsWith(POST_LOGOUT_URI);

let provider: DevOidcProvider;

before(async () => {
  provider = await startDevOidcProvider({
    clients: [
      { ...CLIENT, redirectUris: [REDIRECT_URI], postLogoutRedirectUris: [POST_LOGOUT_URI] },
      { ...OTHER_CLIENT, redirectUris: [REDIRECT_URI], postLogoutRedirectUris: [] },
    ],
    staffUsers: STAFF,
  });
});

after(async () => {
  await provider?.close();
});

function client(issuer: string, options: Partial<OidcClientOptions> = {}): Promise<OidcClient> {
  return createOidcClient({
    issuer,
    ...CLIENT,
    redirectUri: REDIRECT_URI,
    postLogoutRedirectUri: POST_LOGOUT_URI,
    allowInsecure: true,
    ...options,
  });
}

function syntheticNationalId(): string {
  for (let individual = 500; individual < 1000; individual++) {
    const id = makeNationalId('2011-09-01', individual, { synthetic: true });
    if (id) return id;
  }
  throw new Error('no synthetic number');
}

describe('staff login through the local municipality identity provider', () => {
  it('logs in as the chosen staff user', async () => {
    const staff = await client(provider.staffIssuer, { scope: 'openid profile email', requiredAcr: ['staff-mfa'] });
    const browser = new TestBrowser();
    const { url, transaction } = await staff.startLogin();
    const page = await browser.navigate(url, { stopAt: atCallback });
    assert.equal(page.status, 200);
    const choices = page.forms[0]?.controls.filter((control) => control.name === 'subject').map((c) => c.value);
    assert.deepEqual(choices, ['staff-1', 'staff-2']);
    assert.match(page.body, /Ola Nordmann/);

    const done = await browser.submit(page, { fields: { subject: 'staff-2' }, stopAt: atCallback });
    assert.ok(done.stoppedAt);
    const result = await staff.finishLogin(done.stoppedAt, transaction);
    assert.ok(result.ok, `login failed: ${result.ok ? '' : result.reason}`);
    assert.equal(result.identity.issuer, provider.staffIssuer);
    assert.equal(result.identity.subject, 'staff-2');
    assert.equal(result.identity.name, 'Ola Nordmann');
    assert.equal(result.identity.email, 'ola.nordmann@kommune.example');
    assert.equal(result.identity.acr, 'staff-mfa');
    assert.deepEqual(result.identity.amr, ['pwd', 'otp']);
    assert.equal(result.identity.pid, undefined);
  });

  it('gives a second client single sign-on without asking for consent', async () => {
    const first = await client(provider.staffIssuer);
    const second = await client(provider.staffIssuer, { ...OTHER_CLIENT });
    const browser = new TestBrowser();
    const login = await first.startLogin();
    await browser.submit(await browser.navigate(login.url), { fields: { subject: 'staff-1' }, stopAt: atCallback });
    const { url, transaction } = await second.startLogin();
    const silent = await browser.navigate(url, { stopAt: atCallback });
    assert.ok(silent.stoppedAt, 'no page shown to the user');
    const result = await second.finishLogin(silent.stoppedAt, transaction);
    assert.ok(result.ok);
    assert.equal(result.identity.subject, 'staff-1');
    assert.equal(result.identity.name, 'Kari Nordmann');
  });

  it('answers missing_pid when a national identity number is required but the provider sends none', async () => {
    const staff = await client(provider.staffIssuer, { requirePid: true });
    const browser = new TestBrowser();
    const { url, transaction } = await staff.startLogin();
    const done = await browser.submit(await browser.navigate(url), { stopAt: atCallback });
    assert.ok(done.stoppedAt);
    assert.deepEqual(await staff.finishLogin(done.stoppedAt, transaction), { ok: false, reason: 'missing_pid' });
  });

  it('does not accept a citizen callback at the staff client', async () => {
    const citizen = await client(provider.citizenIssuer);
    const staff = await client(provider.staffIssuer);
    const browser = new TestBrowser();
    const { url, transaction } = await citizen.startLogin();
    const form = await browser.navigate(url);
    const done = await browser.submit(form, {
      fields: { pid: syntheticNationalId(), acr: 'idporten-loa-substantial' },
      stopAt: atCallback,
    });
    assert.ok(done.stoppedAt);
    const result = await staff.finishLogin(done.stoppedAt, transaction);
    assert.equal(result.ok ? undefined : result.reason, 'invalid_token', 'the iss of the response is the other issuer');
  });
});

describe('logout', () => {
  it('builds the end-session URL with post_logout_redirect_uri, client_id, id_token_hint and state', async () => {
    const citizen = await client(provider.citizenIssuer);
    const url = new URL(citizen.logoutUrl({ idTokenHint: 'a.b.c', state: 'after-logout' }) ?? '');
    assert.equal(`${url.origin}${url.pathname}`, `${provider.citizenIssuer}/session/end`);
    assert.equal(url.searchParams.get('post_logout_redirect_uri'), POST_LOGOUT_URI);
    assert.equal(url.searchParams.get('client_id'), CLIENT.clientId);
    assert.equal(url.searchParams.get('id_token_hint'), 'a.b.c');
    assert.equal(url.searchParams.get('state'), 'after-logout');
  });

  for (const kind of ['citizen', 'staff'] as const) {
    it(`ends the ${kind} provider session, so the next login shows the form again`, async () => {
      const issuer = kind === 'citizen' ? provider.citizenIssuer : provider.staffIssuer;
      const rp = await client(issuer);
      const browser = new TestBrowser();
      const fields: Record<string, string> =
        kind === 'citizen' ? { pid: syntheticNationalId(), acr: 'idporten-loa-substantial' } : { subject: 'staff-1' };

      const first = await rp.startLogin();
      const done = await browser.submit(await browser.navigate(first.url), { fields, stopAt: atCallback });
      assert.ok(done.stoppedAt);
      const login = await rp.finishLogin(done.stoppedAt, first.transaction);
      assert.ok(login.ok);

      // While the provider session lives, a new login goes straight back to the client.
      const silent = await browser.navigate((await rp.startLogin()).url, { stopAt: atCallback });
      assert.ok(silent.stoppedAt, 'single sign-on while the session lives');

      const logoutUrl = rp.logoutUrl({ idTokenHint: login.identity.idToken, state: 'bye' });
      assert.ok(logoutUrl);
      const loggedOut = await browser.navigate(logoutUrl, { stopAt: atLoggedOut });
      assert.ok(loggedOut.stoppedAt, `expected a redirect to the client after logout, got status ${loggedOut.status}`);
      assert.equal(loggedOut.stoppedAt.searchParams.get('state'), 'bye');

      const again = await browser.navigate((await rp.startLogin()).url, { stopAt: atCallback });
      assert.equal(again.stoppedAt, undefined, 'no silent login after logout');
      assert.equal(again.status, 200);
      assert.equal(again.forms.length, 1);
    });
  }

  it('logs out without an id_token_hint too (client_id names the client)', async () => {
    const rp = await client(provider.staffIssuer);
    const browser = new TestBrowser();
    const first = await rp.startLogin();
    await browser.submit(await browser.navigate(first.url), { stopAt: atCallback });
    const loggedOut = await browser.navigate(rp.logoutUrl() ?? '', { stopAt: atLoggedOut });
    assert.ok(loggedOut.stoppedAt);
    const again = await browser.navigate((await rp.startLogin()).url, { stopAt: atCallback });
    assert.equal(again.stoppedAt, undefined);
  });
});
