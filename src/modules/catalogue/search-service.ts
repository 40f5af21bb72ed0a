/**
 * The public catalogue: what children and families see. Search with filters, the map, one activity's page
 * with its provider and the help that applies to it (support schemes, equipment lending), and the municipality's
 * own list of such help.
 */
import type { ScheduleEntry } from '../../db/schema.ts';
import type { SupportOfferKind, TranslationLanguage } from '../../db/tables/catalogue.ts';
import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import { placesOf } from '../../domain/activity.ts';
import { osloDate } from '../../domain/age.ts';
import type { RefundPolicy } from '../../domain/enrolment.ts';
import type { Fee } from '../../domain/scheme.ts';
import {
  ACTIVITY_CATEGORIES,
  type ActivityCategory,
  chooseSort,
  isActivityCategory,
  isValidPriceRange,
  MAX_DISTANCE_METRES,
  offerApplies,
  type Point,
  parsePoint,
  type SearchSort,
  textQuery,
} from '../../domain/search.ts';
import { AppError, type FieldError } from '../../errors.ts';
import type { AuditService } from '../audit/service.ts';
import type { ActivitySummaryRow, SearchCriteria, SearchStore } from './search-store.ts';
import type { SupportOfferFields, SupportOfferRow, SupportOfferStore } from './support-offers-store.ts';

export interface ActivitySearchInput {
  q?: string;
  category?: string[];
  age?: number;
  /** "lat,lon" to measure distance from (a place the family chose on the map, or their position). */
  near?: string;
  /** A neighbourhood: its centre is the place to measure from when `near` is absent. */
  neighbourhood?: string;
  /** Only activities within this distance of the place, in kilometres. */
  maxKm?: number;
  minPrice?: number;
  maxPrice?: number;
  free?: boolean;
  adapted?: boolean;
  freeTrial?: boolean;
  language?: string[];
  weekday?: number[];
  provider?: string;
  sort?: SearchSort;
  page?: number;
  pageSize?: number;
}

export interface ActivitySummary {
  id: string;
  title: string;
  textLanguage: string;
  category: string;
  provider: { id: string; name: string };
  minAge: number;
  maxAge: number;
  priceOre: number;
  free: boolean;
  freeTrial: boolean;
  adapted: boolean;
  languages: string[];
  weekdays: number[];
  seasonStart: string;
  seasonEnd: string;
  started: boolean;
  place: string | null;
  location: { latitude: number; longitude: number } | null;
  distanceMetres: number | null;
  image: { id: string; alt: string } | null;
}

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  sort: SearchSort;
  origin: { latitude: number; longitude: number; label: string | null } | null;
  categories: { code: string; count: number }[];
  items: ActivitySummary[];
}

export interface SupportOffer {
  id: string;
  kind: SupportOfferKind;
  title: string;
  summary: string;
  url: string | null;
  contact: string | null;
  categories: string[];
  minAge: number | null;
  maxAge: number | null;
  active: boolean;
}

export interface ActivityDetail extends ActivitySummary {
  description: string;
  targetGroup: string | null;
  priceIncludes: string | null;
  schedule: ScheduleEntry[];
  sessionCount: number | null;
  address: { street: string | null; postalCode: string | null; postalPlace: string | null } | null;
  neighbourhood: { id: string; name: string } | null;
  contact: { name: string | null; email: string | null; phone: string | null };
  images: { id: string; alt: string }[];
  translations: string[];
  providerDetails: {
    id: string;
    name: string;
    kind: string;
    description: string;
    email: string | null;
    phone: string | null;
    website: string | null;
    socialLinks: string[];
    logoImageId: string | null;
    neighbourhood: string | null;
    organisationNumber: string | null;
  };
  supportOffers: SupportOffer[];
  /** What the price is made of (none: the price is one participation fee). */
  fees: Fee[];
  /** The places: how many are left (null when unlimited), whether it is full and keeps a waiting list. */
  places: { capacity: number | null; left: number | null; full: boolean; waitingList: boolean };
  refundPolicy: RefundPolicy;
  updatedAt: string;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 50;
export const MAX_MAP_POINTS = 2000;

const READER_LANGUAGES: readonly TranslationLanguage[] = ['nb', 'nn', 'en', 'ar', 'uk', 'so', 'pl'];

function readerLanguage(language: string): TranslationLanguage {
  return (READER_LANGUAGES as readonly string[]).includes(language) ? (language as TranslationLanguage) : 'nb';
}

function summary(row: ActivitySummaryRow, today: string): ActivitySummary {
  return {
    id: row.id,
    title: row.title,
    textLanguage: row.textLanguage,
    category: row.category,
    provider: { id: row.providerId, name: row.providerName },
    minAge: row.minAge,
    maxAge: row.maxAge,
    priceOre: row.priceOre,
    free: row.priceOre === 0,
    freeTrial: row.freeTrial,
    adapted: row.adapted,
    languages: row.languages,
    weekdays: [...row.weekdays].sort((a, b) => a - b),
    seasonStart: row.seasonStart,
    seasonEnd: row.seasonEnd,
    started: row.seasonStart <= today,
    place: row.neighbourhoodName ?? row.postalPlace,
    location:
      row.latitude !== null && row.longitude !== null ? { latitude: row.latitude, longitude: row.longitude } : null,
    distanceMetres: row.distanceMetres === null ? null : Math.round(row.distanceMetres),
    image: row.imageId ? { id: row.imageId, alt: row.imageAlt ?? '' } : null,
  };
}

function offer(row: SupportOfferRow): SupportOffer {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    summary: row.summary,
    url: row.url,
    contact: row.contact,
    categories: row.categories,
    minAge: row.minAge,
    maxAge: row.maxAge,
    active: row.active,
  };
}

export interface SupportOfferInput {
  kind: SupportOfferKind;
  title: string;
  summary: string;
  url?: string | null;
  contact?: string | null;
  categories?: string[];
  minAge?: number | null;
  maxAge?: number | null;
  active?: boolean;
}

function supportOfferFields(input: SupportOfferInput): SupportOfferFields {
  const errors: FieldError[] = [];
  const title = input.title.trim();
  const summaryText = input.summary.trim();
  if (title.length === 0) errors.push({ field: 'body/title', rule: 'required' });
  if (summaryText.length === 0) errors.push({ field: 'body/summary', rule: 'required' });
  const url = input.url?.trim() || null;
  if (url !== null && !/^https?:\/\/[^\s]+$/i.test(url)) errors.push({ field: 'body/url', rule: 'url' });
  const categories = [...new Set(input.categories ?? [])];
  categories.forEach((c, i) => {
    if (!isActivityCategory(c)) errors.push({ field: `body/categories/${i}`, rule: 'enum' });
  });
  const minAge = input.minAge ?? null;
  const maxAge = input.maxAge ?? null;
  if (minAge !== null && maxAge !== null && maxAge < minAge) errors.push({ field: 'body/maxAge', rule: 'ageRange' });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', {}, errors);
  return {
    kind: input.kind,
    title,
    summary: summaryText,
    url,
    contact: input.contact?.trim() || null,
    categories,
    minAge,
    maxAge,
    active: input.active ?? true,
  };
}

export function createCatalogueService(deps: {
  search: SearchStore;
  supportOffers: SupportOfferStore;
  audit: AuditService;
  /** A change of a support offer and its audit entry as one transaction. */
  transaction: UseCaseTransaction<{ supportOffers: SupportOfferStore; audit: AuditService }>;
  now?: () => Date;
}) {
  const now = deps.now ?? (() => new Date());

  async function criteria(
    municipalityId: number,
    input: ActivitySearchInput,
    language: string,
  ): Promise<{ criteria: SearchCriteria; origin: SearchResult['origin'] }> {
    const errors: FieldError[] = [];
    const categories = [...new Set(input.category ?? [])];
    categories.forEach((c, i) => {
      if (!isActivityCategory(c)) errors.push({ field: `query/category/${i}`, rule: 'enum' });
    });
    if (!isValidPriceRange({ minOre: input.minPrice, maxOre: input.maxPrice })) {
      errors.push({ field: 'query/maxPrice', rule: 'priceRange' });
    }
    let origin: SearchResult['origin'] = null;
    let neighbourhoodId: string | undefined;
    if (input.near !== undefined) {
      const point = parsePoint(input.near);
      if (!point) errors.push({ field: 'query/near', rule: 'coordinates' });
      else origin = { ...point, label: null };
    }
    if (input.neighbourhood !== undefined) {
      const found = (await deps.search.neighbourhoods(municipalityId)).find((n) => n.id === input.neighbourhood);
      if (!found) errors.push({ field: 'query/neighbourhood', rule: 'invalid' });
      else if (!origin) origin = { latitude: found.latitude, longitude: found.longitude, label: found.name };
      // Without a distance, a neighbourhood is a filter: activities held there.
      if (found && input.maxKm === undefined) neighbourhoodId = found.id;
    }
    if (input.maxKm !== undefined && !origin) errors.push({ field: 'query/maxKm', rule: 'required' });
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', {}, errors);
    const point: Point | undefined = origin ? { latitude: origin.latitude, longitude: origin.longitude } : undefined;
    return {
      origin,
      criteria: {
        municipalityId,
        today: osloDate(now()),
        tsQuery: input.q ? textQuery(input.q) : null,
        categories,
        age: input.age,
        origin: point,
        maxDistanceMetres:
          input.maxKm === undefined ? undefined : Math.min(Math.round(input.maxKm * 1000), MAX_DISTANCE_METRES),
        neighbourhoodId,
        minPriceOre: input.minPrice,
        maxPriceOre: input.maxPrice,
        free: input.free ?? false,
        adapted: input.adapted ?? false,
        freeTrial: input.freeTrial ?? false,
        languages: [...new Set(input.language ?? [])],
        weekdays: [...new Set(input.weekday ?? [])],
        providerId: input.provider,
        language: readerLanguage(language),
      },
    };
  }

  return {
    async searchActivities(
      municipalityId: number,
      input: ActivitySearchInput,
      language: string,
    ): Promise<SearchResult> {
      const { criteria: c, origin } = await criteria(municipalityId, input, language);
      const pageSize = Math.min(input.pageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
      const page = input.page ?? 1;
      const sort = chooseSort({
        requested: input.sort,
        hasText: c.tsQuery !== null,
        hasOrigin: c.origin !== undefined,
      });
      const found = await deps.search.search(c, { sort, limit: pageSize, offset: (page - 1) * pageSize });
      const byCode = new Map(found.categoryCounts.map((x) => [x.category, x.count]));
      return {
        total: found.total,
        page,
        pageSize,
        sort,
        origin,
        categories: ACTIVITY_CATEGORIES.map((code: ActivityCategory) => ({ code, count: byCode.get(code) ?? 0 })),
        items: found.rows.map((r) => summary(r, c.today)),
      };
    },

    async mapActivities(
      municipalityId: number,
      input: ActivitySearchInput,
      language: string,
    ): Promise<{
      total: number;
      shown: number;
      points: { id: string; title: string; category: string; latitude: number; longitude: number }[];
    }> {
      const { criteria: c } = await criteria(municipalityId, input, language);
      const { total, rows } = await deps.search.mapPoints(c, MAX_MAP_POINTS);
      return { total, shown: rows.length, points: rows };
    },

    async activity(municipalityId: number, activityId: string, language: string): Promise<ActivityDetail> {
      const lang = readerLanguage(language);
      const row = await deps.search.findPublished(municipalityId, activityId, lang);
      if (!row) throw new AppError('ACTIVITY_NOT_FOUND');
      const [images, translations, provider, offers, fees] = await Promise.all([
        deps.search.activityImages(municipalityId, activityId),
        deps.search.translationLanguages(municipalityId, activityId),
        deps.search.providerCard(municipalityId, row.providerId),
        deps.supportOffers.list(municipalityId, { activeOnly: true }),
        deps.search.activityFees(municipalityId, activityId),
      ]);
      if (!provider) throw new AppError('ACTIVITY_NOT_FOUND');
      const today = osloDate(now());
      const first = images[0];
      return {
        ...summary({ ...row, imageId: first?.imageId ?? null, imageAlt: first?.altText ?? null }, today),
        description: row.description,
        targetGroup: row.targetGroup,
        priceIncludes: row.priceIncludes,
        schedule: [...row.schedule].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start)),
        sessionCount: row.sessionCount,
        address:
          row.streetAddress || row.postalCode || row.postalPlace
            ? { street: row.streetAddress, postalCode: row.postalCode, postalPlace: row.postalPlace }
            : null,
        neighbourhood:
          row.neighbourhoodId && row.neighbourhoodName
            ? { id: row.neighbourhoodId, name: row.neighbourhoodName }
            : null,
        contact: { name: row.contactName, email: row.contactEmail, phone: row.contactPhone },
        images: images.map((i) => ({ id: i.imageId, alt: i.altText })),
        translations,
        providerDetails: {
          id: provider.id,
          name: provider.name,
          kind: provider.kind,
          description: provider.description,
          email: provider.email,
          phone: provider.phone,
          website: provider.website,
          socialLinks: provider.socialLinks,
          logoImageId: provider.logoImageId,
          neighbourhood: provider.neighbourhoodName,
          organisationNumber: provider.organisationNumber,
        },
        supportOffers: offers.filter((o) => offerApplies(o, row)).map(offer),
        fees,
        places: placesOf(row.capacity, row.waitingList, Number(row.placesTaken)),
        refundPolicy: row.refundPolicy,
        updatedAt: row.updatedAt.toISOString(),
      };
    },

    /** What the search form offers: categories, neighbourhoods and the languages activities are held in. */
    async searchOptions(municipalityId: number): Promise<{
      categories: string[];
      neighbourhoods: { id: string; name: string }[];
      languages: string[];
    }> {
      const [neighbourhoods, languages] = await Promise.all([
        deps.search.neighbourhoods(municipalityId),
        deps.search.languagesOffered(municipalityId, osloDate(now())),
      ]);
      return {
        categories: [...ACTIVITY_CATEGORIES],
        neighbourhoods: neighbourhoods.map((n) => ({ id: n.id, name: n.name })),
        languages,
      };
    },

    async supportOffers(municipalityId: number, options: { activeOnly: boolean }): Promise<SupportOffer[]> {
      return (await deps.supportOffers.list(municipalityId, options)).map(offer);
    },

    async createSupportOffer(actor: Actor, municipalityId: number, input: SupportOfferInput): Promise<SupportOffer> {
      return deps.transaction(async ({ supportOffers, audit }) => {
        const row = await supportOffers.insert(municipalityId, supportOfferFields(input));
        await audit.record(actor, {
          municipalityId,
          action: 'support_offer.create',
          details: { supportOfferId: row.id, title: row.title },
        });
        return offer(row);
      });
    },

    async updateSupportOffer(
      actor: Actor,
      municipalityId: number,
      id: string,
      input: SupportOfferInput,
    ): Promise<SupportOffer> {
      return deps.transaction(async ({ supportOffers, audit }) => {
        const row = await supportOffers.update(municipalityId, id, supportOfferFields(input));
        if (!row) throw new AppError('SUPPORT_OFFER_NOT_FOUND');
        await audit.record(actor, {
          municipalityId,
          action: 'support_offer.update',
          details: { supportOfferId: row.id, title: row.title },
        });
        return offer(row);
      });
    },

    async deleteSupportOffer(actor: Actor, municipalityId: number, id: string): Promise<void> {
      await deps.transaction(async ({ supportOffers, audit }) => {
        if (!(await supportOffers.remove(municipalityId, id))) throw new AppError('SUPPORT_OFFER_NOT_FOUND');
        await audit.record(actor, {
          municipalityId,
          action: 'support_offer.delete',
          details: { supportOfferId: id },
        });
      });
    },
  };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
