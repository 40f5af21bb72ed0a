import { createHmac, generateKeyPair, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import Provider, {
  type Account,
  type ClientMetadata,
  type Configuration,
  type Interaction,
  interactionPolicy,
  type JWK,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import { parseNationalId } from '../../domain/national-id.ts';
import {
  type CitizenFieldError,
  citizenLoginPage,
  errorPage,
  loggedOutPage,
  logoutPage,
  type PageLanguage,
  pageLanguage,
  staffLoginPage,
} from './dev-provider-pages.ts';
import { createMemoryAdapterFactory } from './memory-adapter.ts';

/**
 * A real local OpenID Connect provider for development and tests: one HTTP server with two issuers,
 * `/idporten` (citizens, shaped like ID-porten: code flow, PKCE S256 required, `pid` and `acr` in the id_token,
 * TestID-like login form) and `/staff` (the municipality's identity provider: pick a configured staff user).
 * Keys, cookie keys and the subject secret are generated at start unless given; all state is in memory.
 */

export interface DevClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface DevStaffUser {
  subject: string;
  name: string;
  email: string;
}

export interface DevOidcProviderOptions {
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Port to listen on; default 0 (a free port chosen by the system). */
  port?: number;
  clients: DevClient[];
  staffUsers: DevStaffUser[];
  /**
   * Secret for the citizen `sub` (an HMAC of the national identity number). Random per start unless given; give one
   * to keep subjects stable across restarts.
   */
  subjectSecret?: string;
  /**
   * Told about unexpected errors (the user sees a generic error page). Default: ignored. Error messages from this
   * provider never contain national identity numbers.
   */
  onError?: (error: unknown) => void;
}

export interface DevOidcProvider {
  /** Issuer of the citizen provider, `http://HOST:PORT/idporten`. */
  citizenIssuer: string;
  /** Issuer of the staff provider, `http://HOST:PORT/staff`. */
  staffIssuer: string;
  /** Base URL of the server, `http://HOST:PORT`. */
  url: string;
  close(): Promise<void>;
}

/** ID-porten's levels of assurance, lowest first. */
export const CITIZEN_ACR_VALUES = ['idporten-loa-substantial', 'idporten-loa-high'] as const;
export const STAFF_ACR = 'staff-mfa';

const CITIZEN_MOUNT = '/idporten';
const STAFF_MOUNT = '/staff';
const FORM_BODY_LIMIT = 16 * 1024;

const TTL = {
  AccessToken: 10 * 60,
  AuthorizationCode: 60,
  IdToken: 10 * 60,
  Interaction: 10 * 60,
  Session: 60 * 60,
  Grant: 60 * 60,
  RefreshToken: 60 * 60,
} as const;

const generateKeyPairAsync = promisify(generateKeyPair);

async function generateSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPairAsync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  return { ...jwk, kid: randomUUID(), alg: 'RS256', use: 'sig' };
}

interface CitizenAccount {
  pid: string;
  locale: string;
}

interface Issuer {
  mount: string;
  provider: Provider;
  callback: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  handleInteraction(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void>;
}

export async function startDevOidcProvider(options: DevOidcProviderOptions): Promise<DevOidcProvider> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  try {
    const subjectSecret = options.subjectSecret ?? randomBytes(32).toString('hex');
    const [citizen, staff] = await Promise.all([
      createCitizenIssuer(`${url}${CITIZEN_MOUNT}`, options.clients, subjectSecret),
      createStaffIssuer(`${url}${STAFF_MOUNT}`, options.clients, options.staffUsers),
    ]);
    const issuers = [citizen, staff];
    for (const issuer of issuers) {
      issuer.provider.on('server_error', (_ctx: KoaContextWithOIDC, error: Error) => options.onError?.(error));
    }
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      route(issuers, req, res).catch((error: unknown) => {
        options.onError?.(error);
        if (!res.headersSent) sendHtml(res, 500, errorPage('nb', { error: 'server_error' }));
        else res.destroy();
      });
    });
  } catch (error) {
    await closeServer(server);
    throw error;
  }

  return {
    citizenIssuer: `${url}${CITIZEN_MOUNT}`,
    staffIssuer: `${url}${STAFF_MOUNT}`,
    url,
    close: () => closeServer(server),
  };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}

/**
 * Dispatches a request: the interaction pages are ours, everything else under a mount goes to that issuer's
 * provider with the mount stripped from the path (and the full path kept in `originalUrl`, which the provider
 * reads to build its own URLs).
 */
async function route(issuers: Issuer[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const raw = req.url ?? '/';
  const queryStart = raw.indexOf('?');
  const path = queryStart === -1 ? raw : raw.slice(0, queryStart);
  const query = queryStart === -1 ? '' : raw.slice(queryStart);
  for (const issuer of issuers) {
    if (path !== issuer.mount && !path.startsWith(`${issuer.mount}/`)) continue;
    const rest = path.slice(issuer.mount.length);
    const interaction = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(rest);
    if (interaction?.[1]) {
      if (req.method !== 'GET' && req.method !== 'POST') {
        sendHtml(res, 405, errorPage('nb', { error: 'method_not_allowed' }));
        return;
      }
      await issuer.handleInteraction(req, res, interaction[1]);
      return;
    }
    Object.assign(req, { originalUrl: raw });
    req.url = `${rest || '/'}${query}`;
    await issuer.callback(req, res);
    return;
  }
  sendHtml(res, 404, errorPage('nb', { error: 'not_found' }));
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Frame-Options', 'DENY');
  res.end(html);
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > FORM_BODY_LIMIT) throw new Error('form body too large');
    chunks.push(buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** Common provider configuration: code flow only, PKCE S256 for every client, our pages, in-memory storage. */
function baseConfiguration(
  mount: string,
  clients: DevClient[],
  signingKey: JWK,
  acrValues: readonly string[],
): Configuration {
  const cookiePrefix = mount.slice(1);
  return {
    adapter: createMemoryAdapterFactory(),
    jwks: { keys: [signingKey] },
    cookies: {
      keys: [randomBytes(32).toString('hex')],
      names: {
        session: `_${cookiePrefix}_session`,
        interaction: `_${cookiePrefix}_interaction`,
        resume: `_${cookiePrefix}_interaction_resume`,
      },
      // SameSite=None needs Secure, which a plain-http development server cannot set; Lax covers the redirects.
      long: { httpOnly: true, sameSite: 'lax', signed: true },
      short: { httpOnly: true, sameSite: 'lax', signed: true },
    },
    clients: clients.map(
      (client): ClientMetadata => ({
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: client.redirectUris,
        post_logout_redirect_uris: client.postLogoutRedirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: 'RS256',
      }),
    ),
    responseTypes: ['code'],
    clientAuthMethods: ['client_secret_basic', 'client_secret_post', 'private_key_jwt'],
    discovery: { ui_locales_supported: ['nb', 'nn', 'en', 'se'] },
    pkce: { methods: ['S256'], required: () => true },
    acrValues: [...acrValues],
    conformIdTokenClaims: false,
    clientBasedCORS: () => false,
    interactions: {
      url: (_ctx: KoaContextWithOIDC, interaction: Interaction) => `${mount}/interaction/${interaction.uid}`,
      policy: policyWithAcrStepUp(acrValues),
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
          ctx.type = 'html';
          ctx.body = logoutPage(pageLanguage(ctx.oidc.params?.ui_locales), form);
        },
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => {
          ctx.type = 'html';
          ctx.body = loggedOutPage(pageLanguage(ctx.oidc.params?.ui_locales));
        },
      },
    },
    renderError: (ctx: KoaContextWithOIDC, out) => {
      ctx.type = 'html';
      ctx.body = errorPage('nb', { error: out.error, description: out.error_description });
    },
    ttl: { ...TTL },
  };
}

/**
 * The standard login prompt plus one check, as ID-porten does: a request for a higher level of assurance than
 * the current session has asks the user to log in again.
 */
function policyWithAcrStepUp(acrValues: readonly string[]): interactionPolicy.Prompt[] {
  const { Check, base } = interactionPolicy;
  const policy = base();
  const login = policy.get('login');
  login?.checks.add(
    new Check('acr_step_up', 'a higher level of assurance was requested', (ctx) => {
      const requested = ctx.oidc.params?.acr_values;
      const current = ctx.oidc.session?.acr;
      if (typeof requested !== 'string' || !ctx.oidc.session?.accountId) return Check.NO_NEED_TO_PROMPT;
      const wanted = requested
        .split(' ')
        .map((acr) => acrValues.indexOf(acr))
        .filter((rank) => rank >= 0);
      if (wanted.length === 0) return Check.NO_NEED_TO_PROMPT;
      const currentRank = current === undefined ? -1 : acrValues.indexOf(current);
      return currentRank >= Math.min(...wanted) ? Check.NO_NEED_TO_PROMPT : Check.REQUEST_PROMPT;
    }),
  );
  return policy;
}

/** ID-porten puts `sid` in every id_token; oidc-provider does so for clients flagged through `includeSid`. */
function alwaysIncludeSid(provider: Provider): void {
  Object.defineProperty(provider.Client.prototype, 'includeSid', { value: () => true, configurable: true });
}

/** Records the user's consent to what the client asked for (the local provider never asks). */
async function grantRequested(provider: Provider, interaction: Interaction, accountId: string): Promise<string> {
  const clientId = String(interaction.params.client_id);
  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant = existing && existing.accountId === accountId ? existing : new provider.Grant({ accountId, clientId });
  const scope = typeof interaction.params.scope === 'string' ? interaction.params.scope : 'openid';
  grant.addOIDCScope(scope);
  const missingClaims = interaction.prompt.details.missingOIDCClaims;
  if (Array.isArray(missingClaims)) grant.addOIDCClaims(missingClaims.map(String));
  return grant.save();
}

/**
 * Loads the interaction of the request, or answers with an error page when there is none (expired, or the
 * cookie that binds it to this browser is missing).
 */
async function loadInteraction(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
): Promise<Interaction | undefined> {
  let interaction: Interaction;
  try {
    interaction = await provider.interactionDetails(req, res);
  } catch {
    sendHtml(
      res,
      400,
      errorPage('nb', {
        error: 'invalid_request',
        description: 'Innloggingen er utløpt eller ugyldig. Start på nytt fra tjenesten.',
      }),
    );
    return undefined;
  }
  if (interaction.uid !== uid) {
    sendHtml(res, 400, errorPage('nb', { error: 'invalid_request' }));
    return undefined;
  }
  return interaction;
}

/** Consent only (the user is already logged in): grant and continue without showing anything. */
async function finishConsent(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  interaction: Interaction,
): Promise<void> {
  const accountId = interaction.session?.accountId;
  if (!accountId) {
    sendHtml(res, 400, errorPage('nb', { error: 'invalid_request' }));
    return;
  }
  const grantId = await grantRequested(provider, interaction, accountId);
  await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

/** The user cancelled: the client gets `error=access_denied`, as from ID-porten's "Avbryt". */
async function cancel(provider: Provider, req: IncomingMessage, res: ServerResponse): Promise<void> {
  await provider.interactionFinished(
    req,
    res,
    { error: 'access_denied', error_description: 'End-User aborted interaction' },
    { mergeWithLastSubmission: false },
  );
}

function citizenLocale(uiLocales: unknown): string {
  if (typeof uiLocales === 'string') {
    for (const tag of uiLocales.split(/\s+/)) {
      const primary = tag.toLowerCase().split('-')[0] ?? '';
      if (['nb', 'nn', 'en', 'se'].includes(primary)) return primary;
    }
  }
  return 'nb';
}

async function createCitizenIssuer(issuer: string, clients: DevClient[], subjectSecret: string): Promise<Issuer> {
  const accounts = new Map<string, CitizenAccount>();
  const configuration = baseConfiguration(CITIZEN_MOUNT, clients, await generateSigningKey(), CITIZEN_ACR_VALUES);
  configuration.scopes = ['openid', 'profile'];
  configuration.claims = {
    acr: null,
    amr: null,
    sid: null,
    auth_time: null,
    // ID-porten puts acr, amr and auth_time in every id_token, not only when acr_values or max_age asked for them.
    openid: ['sub', 'pid', 'locale', 'acr', 'amr', 'auth_time'],
    profile: [],
  };
  configuration.findAccount = (_ctx, sub): Account | undefined => {
    const account = accounts.get(sub);
    if (!account) return undefined;
    return { accountId: sub, claims: () => ({ sub, pid: account.pid, locale: account.locale }) };
  };
  const provider = new Provider(issuer, configuration);
  alwaysIncludeSid(provider);

  const allLevels = [
    { acr: CITIZEN_ACR_VALUES[0], label: 'substantial' as const },
    { acr: CITIZEN_ACR_VALUES[1], label: 'high' as const },
  ];

  /** Like ID-porten, offer only the levels at or above the lowest one the client asked for (all when none). */
  function offeredLevels(interaction: Interaction): typeof allLevels {
    const requested = interaction.params.acr_values;
    const ranks =
      typeof requested === 'string'
        ? requested
            .split(' ')
            .map((acr) => (CITIZEN_ACR_VALUES as readonly string[]).indexOf(acr))
            .filter((rank) => rank >= 0)
        : [];
    const lowest = ranks.length === 0 ? 0 : Math.min(...ranks);
    return allLevels.slice(lowest);
  }

  async function handleInteraction(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    const interaction = await loadInteraction(provider, req, res, uid);
    if (!interaction) return;
    if (interaction.prompt.name === 'consent') {
      await finishConsent(provider, req, res, interaction);
      return;
    }
    const lang: PageLanguage = pageLanguage(interaction.params.ui_locales);
    const action = `${CITIZEN_MOUNT}/interaction/${uid}`;
    const levels = offeredLevels(interaction);
    const defaultAcr = levels[0]?.acr ?? CITIZEN_ACR_VALUES[0];
    if (req.method === 'GET') {
      sendHtml(res, 200, citizenLoginPage({ lang, action, levels, selectedAcr: defaultAcr }));
      return;
    }

    const form = await readForm(req);
    if (form.has('cancel')) {
      await cancel(provider, req, res);
      return;
    }
    const typed = form.get('pid') ?? '';
    const acr = form.get('acr') ?? '';
    const parsed = parseNationalId(typed);
    const levelOk = levels.some((level) => level.acr === acr);
    if (!parsed.ok || !levelOk) {
      // The development provider accepts every valid number (no policy), so 'synthetic' never comes back.
      const nationalIdError: CitizenFieldError | undefined =
        parsed.ok || parsed.error === 'synthetic' ? undefined : parsed.error;
      sendHtml(
        res,
        400,
        citizenLoginPage({
          lang,
          action,
          levels,
          nationalId: typed,
          nationalIdError,
          levelError: !levelOk,
          selectedAcr: levelOk ? acr : defaultAcr,
        }),
      );
      return;
    }

    const pid = parsed.id.value;
    const accountId = createHmac('sha256', subjectSecret).update(pid, 'utf8').digest('base64url');
    accounts.set(accountId, { pid, locale: citizenLocale(interaction.params.ui_locales) });
    const grantId = await grantRequested(provider, interaction, accountId);
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId, acr, amr: ['TestID'] }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  return { mount: CITIZEN_MOUNT, provider, callback: provider.callback(), handleInteraction };
}

async function createStaffIssuer(issuer: string, clients: DevClient[], staffUsers: DevStaffUser[]): Promise<Issuer> {
  const users = new Map(staffUsers.map((user) => [user.subject, user]));
  const configuration = baseConfiguration(STAFF_MOUNT, clients, await generateSigningKey(), [STAFF_ACR]);
  configuration.scopes = ['openid', 'profile', 'email'];
  configuration.claims = {
    acr: null,
    amr: null,
    sid: null,
    auth_time: null,
    openid: ['sub', 'acr', 'amr', 'auth_time'],
    profile: ['name'],
    email: ['email', 'email_verified'],
  };
  configuration.findAccount = (_ctx, sub): Account | undefined => {
    const user = users.get(sub);
    if (!user) return undefined;
    return {
      accountId: sub,
      claims: () => ({ sub, name: user.name, email: user.email, email_verified: true }),
    };
  };
  const provider = new Provider(issuer, configuration);
  alwaysIncludeSid(provider);

  async function handleInteraction(req: IncomingMessage, res: ServerResponse, uid: string): Promise<void> {
    const interaction = await loadInteraction(provider, req, res, uid);
    if (!interaction) return;
    if (interaction.prompt.name === 'consent') {
      await finishConsent(provider, req, res, interaction);
      return;
    }
    const lang = pageLanguage(interaction.params.ui_locales);
    const action = `${STAFF_MOUNT}/interaction/${uid}`;
    const list = [...users.values()];
    if (req.method === 'GET') {
      sendHtml(res, 200, staffLoginPage({ lang, action, users: list }));
      return;
    }
    const form = await readForm(req);
    if (form.has('cancel')) {
      await cancel(provider, req, res);
      return;
    }
    const user = users.get(form.get('subject') ?? '');
    if (!user) {
      sendHtml(res, 400, staffLoginPage({ lang, action, users: list, error: true }));
      return;
    }
    const grantId = await grantRequested(provider, interaction, user.subject);
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: user.subject, acr: STAFF_ACR, amr: ['pwd', 'otp'] }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  return { mount: STAFF_MOUNT, provider, callback: provider.callback(), handleInteraction };
}
