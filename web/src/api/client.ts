/**
 * The web app's only way to the server: the public HTTP API under /api.
 * Types are written by hand for now; they will be generated from /api/openapi.json as the API grows.
 */

export type Role =
  | 'guardian'
  | 'youth'
  | 'provider_admin'
  | 'venue_staff'
  | 'caseworker'
  | 'leisure_guide'
  | 'municipality_admin'
  | 'platform_operator';

export const ROLES: readonly Role[] = [
  'guardian',
  'youth',
  'provider_admin',
  'venue_staff',
  'caseworker',
  'leisure_guide',
  'municipality_admin',
  'platform_operator',
];

export interface Municipality {
  kommunenummer: string;
  name: string;
  defaultLanguage: 'nb' | 'nn';
  contactEmail: string | null;
}

export interface Session {
  authenticated: boolean;
  roles: Role[];
  name?: string;
}

export const ANONYMOUS: Session = { authenticated: false, roles: [] };

export interface ApiFieldError {
  field: string;
  message: string;
}

/** An error answered by the API: `{ error: { code, message, details?, requestId } }`, message already translated. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiFieldError[] = [],
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; details?: ApiFieldError[]; requestId?: string };
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  headers.set('accept', 'application/json');
  // The `lang` cookie carries an explicit choice; this header makes messages follow the shown language otherwise.
  if (document.documentElement.lang) headers.set('accept-language', document.documentElement.lang);
  const response = await fetch(`/api${path}`, { ...init, headers, credentials: 'same-origin' });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as ErrorBody;
    throw new ApiError(
      response.status,
      body.error?.code ?? 'HTTP_ERROR',
      body.error?.message ?? response.statusText,
      body.error?.details,
      body.error?.requestId,
    );
  }
  return (await response.json()) as T;
}

export async function listMunicipalities(signal?: AbortSignal): Promise<Municipality[]> {
  const body = await request<{ items: Municipality[] }>('/municipalities', { signal });
  return body.items;
}

export function getMunicipality(kommunenummer: string, signal?: AbortSignal): Promise<Municipality> {
  return request<Municipality>(`/municipalities/${encodeURIComponent(kommunenummer)}`, { signal });
}

/** Who is logged in. Until the server offers /api/session (404), everyone is anonymous. */
export async function getSession(signal?: AbortSignal): Promise<Session> {
  try {
    const session = await request<Session>('/session', { signal });
    return {
      authenticated: session.authenticated === true,
      roles: Array.isArray(session.roles) ? session.roles.filter((role) => ROLES.includes(role)) : [],
      ...(typeof session.name === 'string' ? { name: session.name } : {}),
    };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return ANONYMOUS;
    throw error;
  }
}
