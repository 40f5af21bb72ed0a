import { timingSafeEqual } from 'node:crypto';
import * as oidc from 'openid-client';
import { parseNationalId } from '../../domain/national-id.ts';

/**
 * The relying party of our logins: citizens through ID-porten and staff through the municipality's identity
 * provider, both plain OpenID Connect (authorization code flow, PKCE S256, state and nonce). Discovery runs once
 * when the client is created. `finishLogin` never throws for a failed login: it answers with a reason from a closed
 * set, and nothing it returns or raises carries the national identity number except a successful identity.
 */

export interface OidcClientOptions {
  /** Issuer identifier; its `/.well-known/openid-configuration` is fetched once. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The registered redirect URI; also the one sent to the token endpoint, whatever URL the callback came in on. */
  redirectUri: string;
  postLogoutRedirectUri?: string;
  /** Allow plain http to the provider (local development and tests only). Default false: https only. */
  allowInsecure?: boolean;
  /** Accepted `acr` values; a login with any other (or none) fails with 'acr_too_low'. */
  requiredAcr?: string[];
  /** Require a valid national identity number in `pid` (ID-porten); without it the login fails with 'missing_pid'. */
  requirePid?: boolean;
  /** Scopes to ask for; default `openid profile`. */
  scope?: string;
  /** The fetch used for all requests to the provider (default the global fetch). */
  fetch?: OidcFetch;
}

/** Same shape as fetch: `(url, { method, headers, body, redirect, signal })`. */
export type OidcFetch = oidc.CustomFetch;

/** What the caller keeps server-side between `startLogin` and `finishLogin`. Plain JSON. */
export interface LoginTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

export interface LoginIdentity {
  issuer: string;
  subject: string;
  /** National identity number (ID-porten). Personal data of the highest care: never log it. */
  pid?: string;
  acr?: string;
  amr?: string[];
  name?: string;
  email?: string;
  sid?: string;
  idToken: string;
}

export type LoginFailure =
  | 'state_mismatch'
  | 'access_denied'
  | 'invalid_token'
  | 'acr_too_low'
  | 'missing_pid'
  | 'provider_error'
  | 'expired_transaction';

export type LoginResult =
  | { ok: true; identity: LoginIdentity }
  | {
      ok: false;
      reason: LoginFailure;
      /** A protocol or library error code for logs (e.g. `invalid_grant`); never a message, never claims. */
      detail?: string;
    };

export interface StartLoginOptions {
  /** Space-separated `acr_values`, e.g. `idporten-loa-substantial`. */
  acrValues?: string;
  /** Space-separated `ui_locales`, e.g. `nb`. */
  uiLocales?: string;
  prompt?: string;
}

export interface OidcClient {
  readonly issuer: string;
  startLogin(options?: StartLoginOptions): Promise<{ url: string; transaction: LoginTransaction }>;
  finishLogin(callbackUrl: URL, transaction: LoginTransaction): Promise<LoginResult>;
  /** The provider's end-session URL for RP-initiated logout, or undefined when it has none. */
  logoutUrl(options?: { idTokenHint?: string; state?: string }): string | undefined;
}

/** How long a login may take from `startLogin` to `finishLogin`. */
export const LOGIN_TRANSACTION_TTL_MS = 10 * 60 * 1000;
/** Tolerated clock difference for a transaction created "in the future" (several servers). */
const CLOCK_SKEW_MS = 60 * 1000;

const TOKEN_FAILURE_CODES = new Set([
  'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  'OAUTH_JWT_TIMESTAMP_CHECK_FAILED',
  'OAUTH_KEY_SELECTION_FAILED',
  'OAUTH_INVALID_RESPONSE',
  'OAUTH_PARSE_ERROR',
  'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED',
]);

export async function createOidcClient(options: OidcClientOptions): Promise<OidcClient> {
  // Id_token signatures are checked against the provider's published keys even though the token comes straight from
  // the token endpoint: the identity (and the national identity number) is then backed by the provider's signature.
  const execute = [oidc.enableNonRepudiationChecks, ...(options.allowInsecure ? [oidc.allowInsecureRequests] : [])];
  const config = await oidc.discovery(
    new URL(options.issuer),
    options.clientId,
    undefined,
    oidc.ClientSecretPost(options.clientSecret),
    { execute, ...(options.fetch ? { [oidc.customFetch]: options.fetch } : {}) },
  );
  const issuer = config.serverMetadata().issuer;
  const redirectUri = new URL(options.redirectUri);
  const scope = options.scope ?? 'openid profile';

  return {
    issuer,

    async startLogin(start = {}) {
      const transaction: LoginTransaction = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
        createdAt: Date.now(),
      };
      const parameters: Record<string, string> = {
        redirect_uri: redirectUri.href,
        response_type: 'code',
        scope,
        state: transaction.state,
        nonce: transaction.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(transaction.codeVerifier),
        code_challenge_method: 'S256',
      };
      if (start.acrValues) parameters.acr_values = start.acrValues;
      if (start.uiLocales) parameters.ui_locales = start.uiLocales;
      if (start.prompt) parameters.prompt = start.prompt;
      return { url: oidc.buildAuthorizationUrl(config, parameters).href, transaction };
    },

    async finishLogin(callbackUrl, transaction) {
      try {
        return await finish(callbackUrl, transaction);
      } catch (error) {
        return failure(error);
      }
    },

    logoutUrl(logout = {}) {
      if (!config.serverMetadata().end_session_endpoint) return undefined;
      const parameters: Record<string, string> = { client_id: options.clientId };
      if (options.postLogoutRedirectUri) parameters.post_logout_redirect_uri = options.postLogoutRedirectUri;
      if (logout.idTokenHint) parameters.id_token_hint = logout.idTokenHint;
      if (logout.state) parameters.state = logout.state;
      return oidc.buildEndSessionUrl(config, parameters).href;
    },
  };

  async function finish(callbackUrl: URL, transaction: LoginTransaction): Promise<LoginResult> {
    const age = Date.now() - transaction.createdAt;
    if (!Number.isFinite(age) || age > LOGIN_TRANSACTION_TTL_MS || age < -CLOCK_SKEW_MS) {
      return { ok: false, reason: 'expired_transaction' };
    }
    const state = callbackUrl.searchParams.get('state');
    if (state === null || !sameString(state, transaction.state)) return { ok: false, reason: 'state_mismatch' };

    // The token request always names the registered redirect URI, not the URL the callback arrived on.
    const current = new URL(redirectUri);
    current.search = callbackUrl.search;
    const tokens = await oidc.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: transaction.codeVerifier,
      expectedState: transaction.state,
      expectedNonce: transaction.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) return { ok: false, reason: 'invalid_token', detail: 'no_id_token' };

    const acr = stringClaim(claims.acr);
    if (options.requiredAcr && (acr === undefined || !options.requiredAcr.includes(acr))) {
      return { ok: false, reason: 'acr_too_low' };
    }
    const rawPid = stringClaim(claims.pid);
    const pid = rawPid !== undefined && parseNationalId(rawPid).ok ? rawPid : undefined;
    if (rawPid !== undefined && pid === undefined) return { ok: false, reason: 'missing_pid', detail: 'invalid_pid' };
    if (options.requirePid && pid === undefined) return { ok: false, reason: 'missing_pid' };

    const identity: LoginIdentity = { issuer: claims.iss, subject: claims.sub, idToken: tokens.id_token };
    if (pid !== undefined) identity.pid = pid;
    if (acr !== undefined) identity.acr = acr;
    const amr = claims.amr;
    if (Array.isArray(amr) && amr.every((value) => typeof value === 'string')) identity.amr = amr;
    const name = stringClaim(claims.name);
    if (name !== undefined) identity.name = name;
    const email = stringClaim(claims.email);
    if (email !== undefined) identity.email = email;
    const sid = stringClaim(claims.sid);
    if (sid !== undefined) identity.sid = sid;
    return { ok: true, identity };
  }
}

function stringClaim(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function sameString(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Maps what openid-client raises to a failure reason, keeping only error codes (its messages may quote claims). */
function failure(error: unknown): LoginResult {
  if (error instanceof oidc.AuthorizationResponseError) {
    const reason = error.error === 'access_denied' ? 'access_denied' : 'provider_error';
    return { ok: false, reason, detail: errorCode(error.error) };
  }
  if (error instanceof oidc.ResponseBodyError) {
    // invalid_grant: the code is unknown, used, expired, or bound to another verifier or redirect URI.
    const reason = error.error === 'invalid_grant' ? 'invalid_token' : 'provider_error';
    return { ok: false, reason, detail: errorCode(error.error) };
  }
  if (error instanceof oidc.ClientError && error.code !== undefined) {
    const reason = TOKEN_FAILURE_CODES.has(error.code) ? 'invalid_token' : 'provider_error';
    return { ok: false, reason, detail: errorCode(error.code) };
  }
  return { ok: false, reason: 'provider_error' };
}

/** Error codes come partly from the callback URL, which anyone can write: keep only code-shaped values. */
function errorCode(value: string): string {
  return /^[A-Za-z_]{1,64}$/.test(value) ? value : 'unrecognised_error';
}
