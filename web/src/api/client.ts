/**
 * The web app's only way to the server: the public HTTP API under /api.
 * Response types come from schema.d.ts, which is generated from the server's OpenAPI document.
 */
import type { components } from './schema.d.ts';

type Schemas = components['schemas'];

/** The roles the server names, from its contract. */
export type Role = Schemas['Session']['roles'][number];

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

/** Roles a municipality gives to people (the others follow from the population register or the installation). */
export type AssignableRole = Schemas['RoleAssignment']['role'];
export const ASSIGNABLE_ROLES: readonly AssignableRole[] = [
  'caseworker',
  'leisure_guide',
  'municipality_admin',
  'provider_admin',
  'venue_staff',
];

export type Municipality = Schemas['Municipality'];
export type Family = Schemas['Family'];
export type FamilyPerson = Family['self'];
export type FamilyChild = Family['children'][number];
export type AccessLogEntry = Schemas['AccessLogEntry'];
export type PersonLookupResult = Schemas['PersonLookupResult'];
export type Person = Schemas['Person'];
export type AuditEvent = Schemas['AuditEvent'];
export type AuditAction = Schemas['AuditAction'];
export type RoleAssignment = Schemas['RoleAssignment'];

export type LoginKind = 'citizen' | 'staff';

export interface Membership {
  kommunenummer: string;
  municipalityName: string;
  roles: Role[];
}

export interface Session {
  authenticated: boolean;
  kind?: LoginKind;
  /** The person's name; may be empty when the register does not know them. */
  name?: string;
  roles: Role[];
  memberships: Membership[];
  csrfToken?: string;
}

export interface Page<T> {
  total: number;
  items: T[];
}

export const ANONYMOUS: Session = { authenticated: false, roles: [], memberships: [] };

export interface ApiFieldError {
  /** Where the problem is, e.g. `body/nationalId`. */
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

  /** The person is not (or no longer) logged in. */
  get needsLogin(): boolean {
    return this.status === 401;
  }

  /** The message for one field of the request body or query, e.g. fieldMessage('nationalId'). */
  fieldMessage(field: string): string | undefined {
    return this.details.find((detail) => detail.field === `body/${field}` || detail.field === `query/${field}`)
      ?.message;
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; details?: ApiFieldError[]; requestId?: string };
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The session's token against cross-site request forgery; sent with every change. */
let csrfToken: string | undefined;

async function currentCsrfToken(): Promise<string | undefined> {
  if (csrfToken === undefined) await getSession();
  return csrfToken;
}

async function request<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, ...rest } = init;
  const method = (rest.method ?? 'GET').toUpperCase();
  const headers = new Headers(rest.headers);
  headers.set('accept', 'application/json');
  // The `lang` cookie carries an explicit choice; this header makes messages follow the shown language otherwise.
  if (document.documentElement.lang) headers.set('accept-language', document.documentElement.lang);
  if (UNSAFE_METHODS.has(method)) {
    const token = await currentCsrfToken();
    if (token) headers.set('x-csrf-token', token);
  }
  let body = rest.body;
  if (json !== undefined) {
    headers.set('content-type', 'application/json');
    body = JSON.stringify(json);
  }
  const response = await fetch(`/api${path}`, { ...rest, method, headers, body, credentials: 'same-origin' });
  if (!response.ok) {
    const errorBody = (await response.json().catch(() => ({}))) as ErrorBody;
    if (response.status === 401) csrfToken = undefined;
    throw new ApiError(
      response.status,
      errorBody.error?.code ?? 'HTTP_ERROR',
      errorBody.error?.message ?? response.statusText,
      errorBody.error?.details,
      errorBody.error?.requestId,
    );
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

const municipalityPath = (kommunenummer: string) => `/municipalities/${encodeURIComponent(kommunenummer)}`;

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export async function listMunicipalities(signal?: AbortSignal): Promise<Municipality[]> {
  const body = await request<{ items: Municipality[] }>('/municipalities', { signal });
  return body.items;
}

export function getMunicipality(kommunenummer: string, signal?: AbortSignal): Promise<Municipality> {
  return request<Municipality>(municipalityPath(kommunenummer), { signal });
}

const isRole = (role: unknown): role is Role => ROLES.includes(role as Role);

/** Who is logged in, with their roles per municipality. Keeps the CSRF token for later changes. */
export async function getSession(signal?: AbortSignal): Promise<Session> {
  let session: Partial<Session>;
  try {
    session = await request<Partial<Session>>('/session', signal ? { signal } : {});
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return ANONYMOUS;
    throw error;
  }
  csrfToken = session.csrfToken || undefined;
  if (session.authenticated !== true) return ANONYMOUS;
  return {
    authenticated: true,
    ...(session.kind === 'citizen' || session.kind === 'staff' ? { kind: session.kind } : {}),
    ...(typeof session.name === 'string' ? { name: session.name } : {}),
    roles: Array.isArray(session.roles) ? session.roles.filter(isRole) : [],
    memberships: Array.isArray(session.memberships)
      ? session.memberships.map((m) => ({
          kommunenummer: m.kommunenummer,
          municipalityName: m.municipalityName,
          roles: m.roles.filter(isRole),
        }))
      : [],
    ...(csrfToken ? { csrfToken } : {}),
  };
}

/** Ends the session; answers where to send the browser (the identity provider's logout, then back home). */
export async function logout(): Promise<string> {
  const body = await request<{ redirectTo: string }>('/auth/logout', { method: 'POST' });
  csrfToken = undefined;
  return body.redirectTo;
}

export function getFamily(kommunenummer: string, signal?: AbortSignal): Promise<Family> {
  return request<Family>(`${municipalityPath(kommunenummer)}/family`, { signal });
}

/** The address of the family's data as a JSON file; a plain link downloads it with the session cookie. */
export function familyExportUrl(kommunenummer: string): string {
  return `/api${municipalityPath(kommunenummer)}/family/export`;
}

export function getFamilyAccessLog(
  kommunenummer: string,
  paging: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Page<AccessLogEntry> & { ownViews: number; ownLatest: string | null }> {
  return request(`${municipalityPath(kommunenummer)}/family/access-log${query(paging)}`, { signal });
}

/** Finds a person. The national identity number goes in the body, never in an address. */
export function lookupPerson(
  kommunenummer: string,
  input: { nationalId: string; reason: string },
): Promise<PersonLookupResult> {
  return request(`${municipalityPath(kommunenummer)}/people/lookup`, { method: 'POST', json: input });
}

/** A caseworker confirms that a person lives in the municipality when the register does not say so. */
export function confirmResidence(kommunenummer: string, personId: string, reason: string): Promise<Person> {
  return request(`${municipalityPath(kommunenummer)}/people/${encodeURIComponent(personId)}/residence`, {
    method: 'POST',
    json: { reason },
  });
}

export interface AuditFilter {
  action?: string;
  outcome?: 'allowed' | 'denied' | '';
  actor?: string;
  personId?: string;
  from?: string;
  to?: string;
}

export function searchAudit(
  kommunenummer: string,
  filter: AuditFilter & { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Page<AuditEvent>> {
  return request(`${municipalityPath(kommunenummer)}/audit${query({ ...filter })}`, { signal });
}

export async function listRoleAssignments(kommunenummer: string, signal?: AbortSignal): Promise<RoleAssignment[]> {
  const body = await request<{ items: RoleAssignment[] }>(`${municipalityPath(kommunenummer)}/roles`, { signal });
  return body.items;
}

export interface RoleGrant {
  role: AssignableRole;
  staffEmail?: string;
  nationalId?: string;
  holderName?: string;
  providerId?: string;
  protectedAccess?: boolean;
}

export function grantRole(kommunenummer: string, grant: RoleGrant): Promise<RoleAssignment> {
  return request(`${municipalityPath(kommunenummer)}/roles`, { method: 'POST', json: grant });
}

export function revokeRole(kommunenummer: string, assignmentId: string): Promise<void> {
  return request(`${municipalityPath(kommunenummer)}/roles/${encodeURIComponent(assignmentId)}`, {
    method: 'DELETE',
  });
}

export type ActivitySearchResult = Schemas['ActivitySearchResult'];
export type ActivitySummary = Schemas['ActivitySummary'];
export type ActivityDetail = Schemas['ActivityDetail'];
export type SupportOffer = Schemas['SupportOffer'];
export type ClientConfig = Schemas['ClientConfig'];

export interface MapPoint {
  id: string;
  title: string;
  category: string;
  latitude: number;
  longitude: number;
}

export interface SearchOptions {
  categories: string[];
  neighbourhoods: { id: string; name: string }[];
  languages: string[];
}

let clientConfig: Promise<ClientConfig> | undefined;

/** Settings from the server (map tiles); asked for once. */
export function getClientConfig(): Promise<ClientConfig> {
  clientConfig ??= request<ClientConfig>('/client-config').catch((error: unknown) => {
    clientConfig = undefined;
    throw error;
  });
  return clientConfig;
}

/** `query` is built by catalogue/search-state.ts `apiQuery`. */
export function searchActivities(kommunenummer: string, query: string, signal?: AbortSignal) {
  return request<ActivitySearchResult>(`${municipalityPath(kommunenummer)}/activities${query ? `?${query}` : ''}`, {
    signal,
  });
}

export function mapActivities(kommunenummer: string, query: string, signal?: AbortSignal) {
  return request<{ total: number; shown: number; points: MapPoint[] }>(
    `${municipalityPath(kommunenummer)}/activities/map${query ? `?${query}` : ''}`,
    { signal },
  );
}

export function getActivity(kommunenummer: string, activityId: string, signal?: AbortSignal) {
  return request<ActivityDetail>(`${municipalityPath(kommunenummer)}/activities/${encodeURIComponent(activityId)}`, {
    signal,
  });
}

export function getSearchOptions(kommunenummer: string, signal?: AbortSignal) {
  return request<SearchOptions>(`${municipalityPath(kommunenummer)}/search-options`, { signal });
}

/** The address of a provider's picture in one of its stored sizes. */
export function imageUrl(kommunenummer: string, imageId: string, size: 'small' | 'large'): string {
  return `/api${municipalityPath(kommunenummer)}/images/${encodeURIComponent(imageId)}/${size}`;
}

/**
 * The shared request function and path helpers, for the API modules of other areas (api/providers.ts,
 * api/admin.ts): one place for the error format, the language header and the CSRF token.
 */
export { municipalityPath, query as queryString, request as apiRequest };
