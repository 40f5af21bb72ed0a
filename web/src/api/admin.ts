/**
 * The municipality administrator's API: news to providers, and the support schemes and equipment lending shown
 * next to activities. Built on the shared request function of client.ts (errors, language, CSRF token).
 */
import { apiRequest, municipalityPath, type Page, queryString, type SupportOffer } from './client.ts';
import type { components } from './schema.d.ts';

type Schemas = components['schemas'];

export type News = Schemas['News'];
export type NewsAudience = Schemas['NewsAudience'];
export type ProviderKind = NonNullable<NewsAudience['kinds']>[number];
export type SupportOfferKind = SupportOffer['kind'];

export const PROVIDER_KINDS: readonly ProviderKind[] = ['voluntary', 'municipal', 'commercial', 'private'];
export const SUPPORT_OFFER_KINDS: readonly SupportOfferKind[] = ['support_scheme', 'equipment_lending'];

/** The audience as a query: each chosen value repeated under its list's name; empty lists left out. */
function audienceQuery(audience: NewsAudience): string {
  const params = new URLSearchParams();
  for (const kind of audience.kinds ?? []) params.append('kinds', kind);
  for (const category of audience.categories ?? []) params.append('categories', category);
  for (const id of audience.neighbourhoodIds ?? []) params.append('neighbourhoodIds', id);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** How many approved providers the audience reaches now. */
export async function countNewsAudience(
  kommunenummer: string,
  audience: NewsAudience,
  signal?: AbortSignal,
): Promise<number> {
  const body = await apiRequest<{ count: number }>(
    `${municipalityPath(kommunenummer)}/news/audience${audienceQuery(audience)}`,
    { signal },
  );
  return body.count;
}

export interface NewsDraft {
  subject: string;
  /** Plain text; line breaks are kept. */
  body: string;
  audience: NewsAudience;
}

/** Sends news to the audience: on each provider's page, and by e-mail to those with an address. */
export function sendNews(kommunenummer: string, draft: NewsDraft): Promise<News> {
  return apiRequest(`${municipalityPath(kommunenummer)}/news`, { method: 'POST', json: draft });
}

/** News sent to providers, newest first, with how many received and read each. */
export function listNews(
  kommunenummer: string,
  paging: { limit: number; offset: number },
  signal?: AbortSignal,
): Promise<Page<News>> {
  return apiRequest(`${municipalityPath(kommunenummer)}/news${queryString(paging)}`, { signal });
}

export function getNews(kommunenummer: string, newsId: string, signal?: AbortSignal): Promise<News> {
  return apiRequest(`${municipalityPath(kommunenummer)}/news/${encodeURIComponent(newsId)}`, { signal });
}

/** Every support offer of the municipality, inactive ones included. */
export function listAllSupportOffers(kommunenummer: string, signal?: AbortSignal): Promise<SupportOffer[]> {
  return apiRequest(`${municipalityPath(kommunenummer)}/support-offers/all`, { signal });
}

export interface SupportOfferInput {
  kind: SupportOfferKind;
  title: string;
  summary: string;
  url?: string | null;
  contact?: string | null;
  /** Activity categories the offer applies to; none: all activities. */
  categories?: string[];
  minAge?: number | null;
  maxAge?: number | null;
  active?: boolean;
}

/**
 * The body without empty (null) fields. Leaving a field out clears it just as null does, and the server's type
 * coercion would turn a null age into 0.
 */
function withoutNulls(input: SupportOfferInput): SupportOfferInput {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as SupportOfferInput;
}

export function createSupportOffer(kommunenummer: string, input: SupportOfferInput): Promise<SupportOffer> {
  return apiRequest(`${municipalityPath(kommunenummer)}/support-offers`, { method: 'POST', json: withoutNulls(input) });
}

export function updateSupportOffer(
  kommunenummer: string,
  supportOfferId: string,
  input: SupportOfferInput,
): Promise<SupportOffer> {
  return apiRequest(`${municipalityPath(kommunenummer)}/support-offers/${encodeURIComponent(supportOfferId)}`, {
    method: 'PUT',
    json: withoutNulls(input),
  });
}

export function deleteSupportOffer(kommunenummer: string, supportOfferId: string): Promise<void> {
  return apiRequest(`${municipalityPath(kommunenummer)}/support-offers/${encodeURIComponent(supportOfferId)}`, {
    method: 'DELETE',
  });
}

/** The input that saves an offer as it is, apart from the given changes (e.g. `{ active: false }`). */
export function supportOfferInput(offer: SupportOffer, changes: Partial<SupportOfferInput> = {}): SupportOfferInput {
  return {
    kind: offer.kind,
    title: offer.title,
    summary: offer.summary,
    url: offer.url,
    contact: offer.contact,
    categories: offer.categories,
    minAge: offer.minAge,
    maxAge: offer.maxAge,
    active: offer.active,
    ...changes,
  };
}

export type PopulationStatus = Schemas['PopulationStatus'];
export type PopulationImportRun = Schemas['PopulationImportRun'];

/** What the population register gives the municipality: residents, children 6–18 and the latest imports. */
export function getPopulationStatus(kommunenummer: string, signal?: AbortSignal): Promise<PopulationStatus> {
  return apiRequest(`${municipalityPath(kommunenummer)}/population`, { signal });
}
