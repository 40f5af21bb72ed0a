/**
 * The provider side of the API: organisations from the entity register, registering a provider, its profile,
 * co-admins, activities, pictures and news, and the municipality's approval of providers.
 * Response types come from schema.d.ts (generated from the server's OpenAPI document).
 */
import { ApiError, apiRequest, municipalityPath, queryString } from './client.ts';
import type { components, paths } from './schema.d.ts';

type Schemas = components['schemas'];
type JsonBody<T> = T extends { requestBody: { content: { 'application/json': infer B } } } ? B : never;

export type Organisation = Schemas['Organisation'];
export type OrganisationSearchHit = Schemas['OrganisationSearchHit'];
export type OrganisationFacts = Schemas['ProviderOrganisationFacts'];
export type ProviderProfile = Schemas['ProviderProfile'];
export type ProviderForApproval = Schemas['ProviderForApproval'];
export type MyProvider = Schemas['MyProvider'];
export type ProviderInvitation = Schemas['ProviderInvitation'];
export type ProviderActivity = Schemas['ProviderActivity'];
export type ProviderActivitySummary = Schemas['ProviderActivitySummary'];
export type ProviderActivityImage = Schemas['ProviderActivityImage'];
export type ProviderActivityTranslation = Schemas['ProviderActivityTranslation'];
export type UploadedImage = Schemas['UploadedImage'];
export type ProviderNewsItem = Schemas['ProviderNewsItem'];
export type Participant = Schemas['Participant'];

export type ProviderKind = ProviderProfile['kind'];
export type ProviderStatus = ProviderProfile['status'];
export type ActivityStatus = ProviderActivity['status'];
export type PublishRequirement = ProviderActivity['missingForPublishing'][number];

export const PROVIDER_KINDS: readonly ProviderKind[] = ['voluntary', 'municipal', 'commercial', 'private'];
export const PROVIDER_STATUSES: readonly ProviderStatus[] = ['pending', 'approved', 'rejected', 'suspended'];
export const PUBLISH_REQUIREMENTS: readonly PublishRequirement[] = ['location', 'season', 'schedule', 'contact'];

export type RegistrationInput = JsonBody<paths['/api/municipalities/{kommunenummer}/providers']['post']>;
export type ProfileInput = JsonBody<paths['/api/municipalities/{kommunenummer}/providers/{providerId}']['put']>;
export type ActivityInput = JsonBody<
  paths['/api/municipalities/{kommunenummer}/providers/{providerId}/activities/{activityId}']['put']
>;
export type ActivityCategory = ActivityInput['category'];
export type SpokenLanguage = NonNullable<ActivityInput['languages']>[number];
export type TranslationInput = JsonBody<
  paths['/api/municipalities/{kommunenummer}/providers/{providerId}/activities/{activityId}/translations/{language}']['put']
>;
export type ActivityImageInput = JsonBody<
  paths['/api/municipalities/{kommunenummer}/providers/{providerId}/activities/{activityId}/images']['put']
>[number];
export type Decision = JsonBody<
  paths['/api/municipalities/{kommunenummer}/providers/{providerId}/decision']['post']
>['decision'];

/** Languages the texts of an activity can be translated into (the server's TRANSLATION_LANGUAGES). */
export const TRANSLATION_LANGUAGES = ['nb', 'nn', 'en', 'ar', 'uk', 'so', 'pl'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/**
 * A field's message in an error answer, whatever part of the request it is in: `body/bankAccount`,
 * `path/organisationNumber`, `body/schedule/0/end`, `activity/location`. Give the path after the part.
 */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.details.find((d) => d.field === field || d.field.replace(/^[a-z]+\//, '') === field)?.message;
}

const provider = (k: string, providerId: string) =>
  `${municipalityPath(k)}/providers/${encodeURIComponent(providerId)}`;
const activity = (k: string, providerId: string, activityId: string) =>
  `${provider(k, providerId)}/activities/${encodeURIComponent(activityId)}`;

// Organisations (Enhetsregisteret)

export function getOrganisation(organisationNumber: string, signal?: AbortSignal): Promise<Organisation> {
  return apiRequest(`/organisations/${encodeURIComponent(organisationNumber)}`, { signal });
}

export async function searchOrganisations(
  q: string,
  options: { municipality?: string; limit?: number } = {},
  signal?: AbortSignal,
): Promise<OrganisationSearchHit[]> {
  const body = await apiRequest<{ items: OrganisationSearchHit[] }>(
    `/organisations${queryString({ q, municipality: options.municipality, limit: options.limit })}`,
    { signal },
  );
  return body.items;
}

// Registration and the provider's own profile

export function registerProvider(k: string, input: RegistrationInput): Promise<ProviderProfile> {
  return apiRequest(`${municipalityPath(k)}/providers`, { method: 'POST', json: input });
}

export async function listMyProviders(k: string, signal?: AbortSignal): Promise<MyProvider[]> {
  const body = await apiRequest<{ items: MyProvider[] }>(`${municipalityPath(k)}/my-providers`, { signal });
  return body.items;
}

export function getProvider(k: string, providerId: string, signal?: AbortSignal): Promise<ProviderProfile> {
  return apiRequest(provider(k, providerId), { signal });
}

export function updateProvider(k: string, providerId: string, input: ProfileInput): Promise<ProviderProfile> {
  return apiRequest(provider(k, providerId), { method: 'PUT', json: input });
}

export function setProviderLogo(k: string, providerId: string, imageId: string | null) {
  return apiRequest<{ logoImageId: string | null }>(`${provider(k, providerId)}/logo`, {
    method: 'PUT',
    json: { imageId },
  });
}

// Co-admins

export async function listInvitations(k: string, providerId: string, signal?: AbortSignal) {
  const body = await apiRequest<{ items: ProviderInvitation[] }>(`${provider(k, providerId)}/invitations`, {
    signal,
  });
  return body.items;
}

export function inviteAdmin(
  k: string,
  providerId: string,
  input: { name: string; email: string },
): Promise<ProviderInvitation> {
  return apiRequest(`${provider(k, providerId)}/invitations`, { method: 'POST', json: input });
}

export function revokeInvitation(k: string, providerId: string, invitationId: string): Promise<void> {
  return apiRequest(`${provider(k, providerId)}/invitations/${encodeURIComponent(invitationId)}`, {
    method: 'DELETE',
  });
}

/** Accepts an invitation. The token goes in the body only, never in an address. */
export function acceptInvitation(k: string, token: string): Promise<{ providerId: string; providerName: string }> {
  return apiRequest(`${municipalityPath(k)}/invitations/accept`, { method: 'POST', json: { token } });
}

// Activities

export function listProviderActivities(
  k: string,
  providerId: string,
  options: { status?: ActivityStatus; limit?: number; offset?: number } = {},
  signal?: AbortSignal,
): Promise<{ total: number; items: ProviderActivitySummary[] }> {
  return apiRequest(`${provider(k, providerId)}/activities${queryString({ ...options })}`, { signal });
}

/** The children in one of the provider's activities: name, birth year, whether the place is paid; never how. */
export function listParticipants(
  k: string,
  providerId: string,
  activityId: string,
  signal?: AbortSignal,
): Promise<Participant[]> {
  return apiRequest(`${provider(k, providerId)}/activities/${encodeURIComponent(activityId)}/participants`, {
    signal,
  });
}

export function getProviderActivity(
  k: string,
  providerId: string,
  activityId: string,
  signal?: AbortSignal,
): Promise<ProviderActivity> {
  return apiRequest(activity(k, providerId, activityId), { signal });
}

export function createActivity(k: string, providerId: string, input: ActivityInput): Promise<ProviderActivity> {
  return apiRequest(`${provider(k, providerId)}/activities`, { method: 'POST', json: input });
}

export function updateActivity(
  k: string,
  providerId: string,
  activityId: string,
  input: ActivityInput,
): Promise<ProviderActivity> {
  return apiRequest(activity(k, providerId, activityId), { method: 'PUT', json: input });
}

export function publishActivity(k: string, providerId: string, activityId: string): Promise<ProviderActivity> {
  return apiRequest(`${activity(k, providerId, activityId)}/publish`, { method: 'POST' });
}

export function archiveActivity(k: string, providerId: string, activityId: string): Promise<ProviderActivity> {
  return apiRequest(`${activity(k, providerId, activityId)}/archive`, { method: 'POST' });
}

export function copyActivity(
  k: string,
  providerId: string,
  activityId: string,
  season: { seasonStart: string; seasonEnd: string },
): Promise<ProviderActivity> {
  return apiRequest(`${activity(k, providerId, activityId)}/copy`, { method: 'POST', json: season });
}

export function putTranslation(
  k: string,
  providerId: string,
  activityId: string,
  language: TranslationLanguage,
  input: TranslationInput,
): Promise<ProviderActivityTranslation> {
  return apiRequest(`${activity(k, providerId, activityId)}/translations/${language}`, {
    method: 'PUT',
    json: input,
  });
}

export function deleteTranslation(
  k: string,
  providerId: string,
  activityId: string,
  language: TranslationLanguage,
): Promise<void> {
  return apiRequest(`${activity(k, providerId, activityId)}/translations/${language}`, { method: 'DELETE' });
}

// Pictures

/**
 * Uploads one picture (JPEG, PNG or WebP) as multipart/form-data. The shared request function adds the
 * language and CSRF headers; the browser sets the multipart content type with its boundary.
 */
export function uploadImage(k: string, providerId: string, file: Blob, fileName = 'picture'): Promise<UploadedImage> {
  const form = new FormData();
  form.append('file', file, fileName);
  return apiRequest(`${provider(k, providerId)}/images`, { method: 'POST', body: form });
}

export async function setActivityImages(
  k: string,
  providerId: string,
  activityId: string,
  images: ActivityImageInput[],
): Promise<ProviderActivityImage[]> {
  const body = await apiRequest<{ items: ProviderActivityImage[] }>(`${activity(k, providerId, activityId)}/images`, {
    method: 'PUT',
    json: images,
  });
  return body.items;
}

// News from the municipality

export function listProviderNews(
  k: string,
  providerId: string,
  paging: { limit?: number; offset?: number } = {},
  signal?: AbortSignal,
): Promise<{ total: number; unread: number; items: ProviderNewsItem[] }> {
  return apiRequest(`${provider(k, providerId)}/news${queryString({ ...paging })}`, { signal });
}

export function markNewsRead(k: string, providerId: string, newsId: string): Promise<ProviderNewsItem> {
  return apiRequest(`${provider(k, providerId)}/news/${encodeURIComponent(newsId)}/read`, { method: 'POST' });
}

// The municipality's approval

export function listProvidersForApproval(
  k: string,
  filter: { status?: ProviderStatus; q?: string; page?: number; pageSize?: number },
  signal?: AbortSignal,
): Promise<{ total: number; page: number; pageSize: number; items: ProviderForApproval[] }> {
  return apiRequest(`${municipalityPath(k)}/providers${queryString({ ...filter })}`, { signal });
}

export function decideProvider(
  k: string,
  providerId: string,
  input: { decision: Decision; note?: string },
): Promise<ProviderForApproval> {
  return apiRequest(`${provider(k, providerId)}/decision`, { method: 'POST', json: input });
}
