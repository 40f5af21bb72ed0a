import type { LoginFailure, OidcClient } from '../../integrations/oidc/client.ts';
import type { AuditService } from '../audit/service.ts';
import type { PeopleDirectory } from '../people/directory-service.ts';
import type { IdentityService, NewSession } from './service.ts';

export type LoginKind = 'citizen' | 'staff';

/** Opens the OpenID Connect clients on first use (discovery needs the provider to be reachable). */
export type OidcClients = (kind: LoginKind) => Promise<OidcClient | undefined>;

const TRANSACTION_TTL_MS = 10 * 60_000;

/** Only paths inside the app are followed after login (no open redirects). */
export function safeReturnTo(value: string | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/api/')) return '/';
  return value.slice(0, 500);
}

export type FinishResult =
  | { ok: true; session: NewSession; returnTo: string; kind: LoginKind }
  | { ok: false; reason: LoginFailure | 'unknown_state' | 'login_unavailable'; returnTo: string };

export function createLoginService(deps: {
  identity: IdentityService;
  directory: PeopleDirectory;
  audit: AuditService;
  clients: OidcClients;
}) {
  const { identity, audit } = deps;

  return {
    async start(kind: LoginKind, options: { returnTo?: string; language: string }): Promise<string | undefined> {
      const client = await deps.clients(kind);
      if (!client) return undefined;
      const { url, transaction } = await client.startLogin({
        ...(kind === 'citizen' ? { acrValues: 'idporten-loa-substantial' } : {}),
        uiLocales: options.language,
      });
      await identity.store.deleteStaleLoginTransactions(new Date(Date.now() - TRANSACTION_TTL_MS));
      await identity.store.saveLoginTransaction({
        state: transaction.state,
        kind,
        nonce: transaction.nonce,
        codeVerifier: transaction.codeVerifier,
        returnTo: safeReturnTo(options.returnTo),
      });
      return url;
    },

    /** Completes a login from the provider's callback; every refusal is written to the security log. */
    async finish(kind: LoginKind, callbackUrl: URL, requestId: string): Promise<FinishResult> {
      const refuse = async (reason: FinishResult & { ok: false }) => {
        await audit.recordSecurityEvent({
          kind: 'login_refused',
          reason: reason.reason,
          requestId,
          details: { provider: kind },
        });
        return reason;
      };
      const state = callbackUrl.searchParams.get('state');
      const stored = state ? await identity.store.takeLoginTransaction(state) : undefined;
      if (!stored || stored.kind !== kind) return refuse({ ok: false, reason: 'unknown_state', returnTo: '/' });
      const client = await deps.clients(kind);
      if (!client) return refuse({ ok: false, reason: 'login_unavailable', returnTo: stored.returnTo });
      const result = await client.finishLogin(callbackUrl, {
        state: stored.state,
        nonce: stored.nonce,
        codeVerifier: stored.codeVerifier,
        createdAt: stored.createdAt.getTime(),
      });
      if (!result.ok) return refuse({ ok: false, reason: result.reason, returnTo: stored.returnTo });
      const who = result.identity;
      let session: NewSession;
      if (kind === 'citizen') {
        if (!who.pid) return refuse({ ok: false, reason: 'missing_pid', returnTo: stored.returnTo });
        if (!identity.acceptsNationalId(who.pid)) {
          // A synthetic test number in production: not a real person's login.
          return refuse({ ok: false, reason: 'missing_pid', returnTo: stored.returnTo });
        }
        const name = (await deps.directory.displayNameForCitizen(who.pid)) ?? '';
        session = await identity.startCitizenSession({ pid: who.pid, name, acr: who.acr ?? null });
      } else {
        session = await identity.startStaffSession({
          issuer: who.issuer,
          subject: who.subject,
          name: who.name ?? who.email ?? who.subject,
          email: who.email ?? null,
          acr: who.acr ?? null,
        });
      }
      return { ok: true, session, returnTo: stored.returnTo, kind };
    },

    /** Where to send the browser after our session has ended: the provider's logout, else home. */
    async logoutUrl(kind: LoginKind): Promise<string> {
      const client = await deps.clients(kind).catch(() => undefined);
      return client?.logoutUrl({}) ?? '/';
    },
  };
}

export type LoginService = ReturnType<typeof createLoginService>;
