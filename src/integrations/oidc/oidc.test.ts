import assert from 'node:assert/strict';
import { generateKeyPairSync, sign } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { type BrowserPage, TestBrowser } from '../../../test/helpers/oidc-browser.ts';
import { makeNationalId } from '../../domain/national-id.ts';
import { createOidcClient, type LoginTransaction, type OidcClient, type OidcClientOptions } from './client.ts';
import { type DevOidcProvider, startDevOidcProvider } from './dev-provider.ts';

// Nothing listens here: the browser stops before following a redirect to it and the test takes the URL.
const REDIRECT_URI = 'http://127.0.0.1:9/auth/callback';
const POST_LOGOUT_URI = 'http://127.0.0.1:9/';
const CLIENT = { clientId: 'fritidskort', clientSecret: 'dev-secret-for-tests' };
const SUBSTANTIAL = 'idporten-loa-substantial';
const HIGH = 'idporten-loa-high';

function syntheticNationalId(birthDate: string): string {
  for (let individual = 500; individual < 1000; individual++) {
    const id = makeNationalId(birthDate, individual, { synthetic: true });
    if (id) return id;
  }
  throw new Error(`no synthetic number for ${birthDate}`);
}

const PID = syntheticNationalId('2010-05-17');
const atCallback = (url: URL) => url.href.startsWith(REDIRECT_URI);

function decodeJwtPayload(jwt: string): Record<string, unknown> {
  const payload = jwt.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

let provider: DevOidcProvider;

before(async () => {
  provider = await startDevOidcProvider({
    clients: [{ ...CLIENT, redirectUris: [REDIRECT_URI], postLogoutRedirectUris: [POST_LOGOUT_URI] }],
    staffUsers: [{ subject: 'staff-1', name: 'Kari Nordmann', email: 'kari.nordmann@kommune.example' }],
  });
});

after(async () => {
  await provider?.close();
});

function citizenClient(options: Partial<OidcClientOptions> = {}): Promise<OidcClient> {
  return createOidcClient({
    issuer: provider.citizenIssuer,
    ...CLIENT,
    redirectUri: REDIRECT_URI,
    postLogoutRedirectUri: POST_LOGOUT_URI,
    allowInsecure: true,
    requiredAcr: [SUBSTANTIAL, HIGH],
    requirePid: true,
    ...options,
  });
}

/** Starts a login and submits the TestID form; answers with the callback URL the provider redirected to. */
async function citizenLogin(
  client: OidcClient,
  browser: TestBrowser,
  options: { acrValues?: string; level?: string; pid?: string } = {},
): Promise<{ callback: URL; transaction: LoginTransaction; form: BrowserPage }> {
  const { url, transaction } = await client.startLogin(options.acrValues ? { acrValues: options.acrValues } : {});
  const form = await browser.navigate(url, { stopAt: atCallback });
  assert.equal(form.status, 200);
  assert.equal(form.stoppedAt, undefined, 'expected the login form, not a redirect to the client');
  const done = await browser.submit(form, {
    fields: { pid: options.pid ?? PID, acr: options.level ?? SUBSTANTIAL },
    stopAt: atCallback,
  });
  assert.ok(done.stoppedAt, `expected a redirect to the client, got status ${done.status}`);
  return { callback: done.stoppedAt, transaction, form };
}

describe('citizen login through the local ID-porten provider', () => {
  it('logs in with a synthetic national identity number at level substantial', async () => {
    const client = await citizenClient();
    const browser = new TestBrowser();
    const { callback, transaction, form } = await citizenLogin(client, browser);

    assert.match(form.body, /<label for="pid">/);
    assert.equal(callback.searchParams.get('iss'), provider.citizenIssuer);
    assert.ok(callback.searchParams.get('code'));

    const result = await client.finishLogin(callback, transaction);
    assert.ok(result.ok, `login failed: ${result.ok ? '' : result.reason}`);
    const { identity } = result;
    assert.equal(identity.issuer, provider.citizenIssuer);
    assert.equal(identity.pid, PID);
    assert.equal(identity.acr, SUBSTANTIAL);
    assert.deepEqual(identity.amr, ['TestID']);
    assert.ok(identity.sid, 'sid is in the id_token');
    assert.ok(identity.subject.length >= 40);
    assert.notEqual(identity.subject, PID, 'sub is derived from the number, never the number itself');
    assert.ok(!identity.subject.includes(PID));

    const claims = decodeJwtPayload(identity.idToken);
    assert.equal(claims.pid, PID);
    assert.equal(claims.acr, SUBSTANTIAL);
    assert.equal(claims.locale, 'nb');
    assert.equal(claims.aud, CLIENT.clientId);
  });

  it('gives the same subject for the same person on a later login', async () => {
    const client = await citizenClient();
    const first = await citizenLogin(client, new TestBrowser());
    const second = await citizenLogin(client, new TestBrowser(), { level: HIGH });
    const a = await client.finishLogin(first.callback, first.transaction);
    const b = await client.finishLogin(second.callback, second.transaction);
    assert.ok(a.ok && b.ok);
    assert.equal(a.identity.subject, b.identity.subject);
    assert.equal(b.identity.acr, HIGH);
  });

  it('shows the form again with an error for an invalid national identity number', async () => {
    const client = await citizenClient();
    const browser = new TestBrowser();
    const { url } = await client.startLogin();
    const form = await browser.navigate(url, { stopAt: atCallback });
    const wrongControlDigits = `${PID.slice(0, 9)}${(Number(PID.slice(9)) + 1) % 100}`.padEnd(11, '0');
    for (const invalid of ['123', wrongControlDigits]) {
      const again = await browser.submit(form, { fields: { pid: invalid, acr: SUBSTANTIAL }, stopAt: atCallback });
      assert.equal(again.stoppedAt, undefined, 'no redirect to the client');
      assert.equal(again.status, 400);
      assert.match(again.body, /role="alert"/);
      assert.match(again.body, /aria-invalid="true"/);
      assert.equal(again.forms.length, 1);
      assert.ok(again.forms[0]?.controls.some((control) => control.name === 'pid'));
    }
    // The form still works after the errors.
    const done = await browser.submit(form, { fields: { pid: PID, acr: SUBSTANTIAL }, stopAt: atCallback });
    assert.ok(done.stoppedAt);
  });

  it('offers only the levels at or above the one the client asked for', async () => {
    const client = await citizenClient();
    const levels = async (acrValues?: string) => {
      const { url } = await client.startLogin({ uiLocales: 'en', ...(acrValues ? { acrValues } : {}) });
      const page = await new TestBrowser().navigate(url);
      assert.match(page.body, /<html lang="en">/);
      const radios = page.forms[0]?.controls.filter((control) => control.name === 'acr') ?? [];
      return radios.map((radio) => `${radio.value}${radio.checked ? '*' : ''}`);
    };
    assert.deepEqual(await levels(), [`${SUBSTANTIAL}*`, HIGH]);
    assert.deepEqual(await levels(SUBSTANTIAL), [`${SUBSTANTIAL}*`, HIGH]);
    assert.deepEqual(await levels(HIGH), [`${HIGH}*`]);

    const browser = new TestBrowser();
    const { url } = await client.startLogin({ acrValues: HIGH });
    const form = await browser.navigate(url);
    await assert.rejects(browser.submit(form, { fields: { pid: PID, acr: SUBSTANTIAL } }), /offers no such choice/);
    // Posted anyway, the lower level is refused by the provider.
    const action = form.forms[0]?.action;
    assert.ok(action);
    const posted = await browser.request(action, {
      method: 'POST',
      body: new URLSearchParams({ pid: PID, acr: SUBSTANTIAL }),
    });
    assert.equal(posted.status, 400);
    assert.match(await posted.text(), /role="alert"/);
  });
});

describe('refused citizen logins', () => {
  it("refuses a callback whose state is not the transaction's", async () => {
    const client = await citizenClient();
    const { callback, transaction } = await citizenLogin(client, new TestBrowser());
    const result = await client.finishLogin(callback, { ...transaction, state: 'another-state' });
    assert.deepEqual(result, { ok: false, reason: 'state_mismatch' });
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged');
    assert.equal((await client.finishLogin(forged, transaction)).ok, false);
  });

  it('refuses a tampered authorization code', async () => {
    const client = await citizenClient();
    const { callback, transaction } = await citizenLogin(client, new TestBrowser());
    const tampered = new URL(callback);
    tampered.searchParams.set('code', `${callback.searchParams.get('code')}x`);
    const result = await client.finishLogin(tampered, transaction);
    assert.equal(result.ok, false);
    assert.equal(result.ok ? undefined : result.reason, 'invalid_token');
  });

  it('refuses a code presented with another PKCE verifier', async () => {
    const client = await citizenClient();
    const { callback, transaction } = await citizenLogin(client, new TestBrowser());
    const other = await client.startLogin();
    const result = await client.finishLogin(callback, { ...transaction, codeVerifier: other.transaction.codeVerifier });
    assert.equal(result.ok ? undefined : result.reason, 'invalid_token');
  });

  it('refuses an id_token signed by a key the provider does not publish', async () => {
    const foreignKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const resign = (jwt: string): string => {
      const [header = '', payload = ''] = jwt.split('.');
      const signature = sign('sha256', Buffer.from(`${header}.${payload}`), foreignKey).toString('base64url');
      return `${header}.${payload}.${signature}`;
    };
    const client = await citizenClient({
      // Stands between the client and the token endpoint and swaps the signature, as an attacker would.
      fetch: async (url, init) => {
        const response = await fetch(url, init as RequestInit);
        if (!url.endsWith('/token') || !response.ok) return response;
        const body = (await response.json()) as { id_token: string };
        body.id_token = resign(body.id_token);
        return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
      },
    });
    const { callback, transaction } = await citizenLogin(client, new TestBrowser());
    const result = await client.finishLogin(callback, transaction);
    assert.equal(result.ok ? undefined : result.reason, 'invalid_token');
  });

  it('refuses a transaction older than ten minutes', async () => {
    const client = await citizenClient();
    const { callback, transaction } = await citizenLogin(client, new TestBrowser());
    const old = { ...transaction, createdAt: Date.now() - 11 * 60 * 1000 };
    assert.deepEqual(await client.finishLogin(callback, old), { ok: false, reason: 'expired_transaction' });
    // Still usable within the limit.
    assert.equal((await client.finishLogin(callback, transaction)).ok, true);
  });

  it('refuses a login at substantial when the service needs high', async () => {
    // The provider itself won't log in below a requested level, so the client asks for substantial here and the
    // check under test is the client's own.
    const client = await citizenClient({ requiredAcr: [HIGH] });
    const { callback, transaction } = await citizenLogin(client, new TestBrowser(), { acrValues: SUBSTANTIAL });
    const result = await client.finishLogin(callback, transaction);
    assert.deepEqual(result, { ok: false, reason: 'acr_too_low' });
  });

  it('asks a user logged in at substantial to log in again when high is requested', async () => {
    const client = await citizenClient();
    const browser = new TestBrowser();
    await citizenLogin(client, browser);
    const { url } = await client.startLogin({ acrValues: SUBSTANTIAL });
    const silent = await browser.navigate(url, { stopAt: atCallback });
    assert.ok(silent.stoppedAt, 'the session is reused at the same level');
    const stepUp = await browser.navigate((await client.startLogin({ acrValues: HIGH })).url, { stopAt: atCallback });
    assert.equal(stepUp.stoppedAt, undefined);
    assert.equal(stepUp.status, 200);
    assert.ok(stepUp.forms[0]?.controls.some((control) => control.name === 'pid'));
  });

  it('reports access_denied when the user cancels', async () => {
    const client = await citizenClient();
    const browser = new TestBrowser();
    const { url, transaction } = await client.startLogin();
    const form = await browser.navigate(url, { stopAt: atCallback });
    const done = await browser.submit(form, { button: 'cancel', stopAt: atCallback });
    assert.ok(done.stoppedAt);
    assert.equal(done.stoppedAt.searchParams.get('error'), 'access_denied');
    const result = await client.finishLogin(done.stoppedAt, transaction);
    assert.deepEqual(result, { ok: false, reason: 'access_denied', detail: 'access_denied' });
  });

  it('answers provider_error, not a throw, when the provider cannot be reached', async () => {
    const client = await citizenClient({
      fetch: async (url, init) => {
        if (url.endsWith('/token')) throw new TypeError('fetch failed');
        return fetch(url, init as RequestInit);
      },
    });
    const { callback, transaction } = await citizenLogin(client, new TestBrowser());
    assert.deepEqual(await client.finishLogin(callback, transaction), { ok: false, reason: 'provider_error' });
  });

  it('is refused by the provider without PKCE', async () => {
    const authorize = new URL(`${provider.citizenIssuer}/auth`);
    authorize.search = new URLSearchParams({
      client_id: CLIENT.clientId,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      scope: 'openid',
      state: 'state-without-pkce',
      nonce: 'nonce-without-pkce',
    }).toString();
    const page = await new TestBrowser().navigate(authorize, { stopAt: atCallback });
    assert.ok(page.stoppedAt, 'the error goes back to the client');
    assert.equal(page.stoppedAt.searchParams.get('error'), 'invalid_request');
    assert.match(page.stoppedAt.searchParams.get('error_description') ?? '', /PKCE/);
    assert.equal(page.stoppedAt.searchParams.get('code'), null);

    authorize.searchParams.set('code_challenge', 'x'.repeat(43));
    authorize.searchParams.set('code_challenge_method', 'plain');
    const plain = await new TestBrowser().navigate(authorize, { stopAt: atCallback });
    assert.equal(plain.stoppedAt?.searchParams.get('error'), 'invalid_request');
  });
});
