/**
 * Logging in and out, as pure rules: where the login links go and what a failed login means. No DOM access,
 * so it is unit tested without a browser.
 */
import type { LoginKind } from './api/client.ts';
import { pageForPath } from './navigation.ts';

/** Where each kind of login lands when it did not start on a page that needs it. */
export const LANDING: Record<LoginKind, string> = { citizen: '/family', staff: '/people' };

/** The parameter the server adds to the return address when a login failed. */
export const LOGIN_ERROR_PARAM = 'loginError';

/** Reasons the server gives for a failed login, each with its own explanation. */
export const LOGIN_ERRORS = [
  'unknown_state',
  'expired_transaction',
  'access_denied',
  'acr_too_low',
  'missing_pid',
  'invalid_token',
  'provider_error',
  'state_mismatch',
  'login_unavailable',
] as const;
export type LoginError = (typeof LOGIN_ERRORS)[number] | 'unknown';

export function loginErrorOf(value: string | null): LoginError | undefined {
  if (value === null) return undefined;
  return (LOGIN_ERRORS as readonly string[]).includes(value) ? (value as LoginError) : 'unknown';
}

/** The address without the login error, for replacing the one in the address bar. */
export function withoutLoginError(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(LOGIN_ERROR_PARAM);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/**
 * Where to come back after logging in: the page the person is on when it is one that needs a login (so a login
 * prompt leads back to it), otherwise the landing page of that kind of login.
 */
export function returnToFor(kind: LoginKind, pathname: string, search = ''): string {
  const page = pageForPath(pathname);
  if (page?.needsLogin) return `${pathname}${withoutLoginError(search)}`;
  return LANDING[kind];
}

/** A plain link to start a login; the server sends the browser to the identity provider and back to `returnTo`. */
export function loginHref(kind: LoginKind, returnTo: string): string {
  return `/api/auth/login/${kind}?${new URLSearchParams({ returnTo })}`;
}
