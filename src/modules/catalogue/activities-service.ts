import type { ActivityStatus, ScheduleEntry } from '../../db/schema.ts';
import type { TranslationLanguage } from '../../db/tables/catalogue.ts';
import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import {
  type ActivityFieldError,
  type ActivityInput,
  type ActivityTerms,
  capacityHolds,
  DEFAULT_REFUND_POLICY,
  isFree,
  normaliseActivityInput,
  normaliseTranslationInput,
  type PublishRequirement,
  priceOf,
  publishable,
  validateActivityInput,
  validateActivityTerms,
  validateTranslationInput,
  weekdaysOf,
} from '../../domain/activity.ts';
import { osloDate } from '../../domain/age.ts';
import type { RefundPolicy } from '../../domain/enrolment.ts';
import type { Fee } from '../../domain/scheme.ts';
import { AppError, type FieldError } from '../../errors.ts';
import type { PostalCodeRegister } from '../../integrations/posten/postal-codes.ts';
import type { AuditService } from '../audit/service.ts';
import type {
  ActivityImageRow,
  ActivityKey,
  ActivityRow,
  ActivityStore,
  ActivityValues,
  EnrolmentActivityRow,
  TranslationRow,
} from './activities-store.ts';

/** The fields a provider edits. Optional fields left out are empty (a PUT replaces them all). */
export interface ActivityEdit {
  title: string;
  description?: string;
  category: string;
  minAge: number;
  maxAge: number;
  targetGroup?: string | null;
  seasonStart: string;
  seasonEnd: string;
  schedule?: ScheduleEntry[];
  sessionCount?: number | null;
  priceOre?: number;
  priceIncludes?: string | null;
  streetAddress?: string | null;
  postalCode?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  neighbourhoodId?: string | null;
  languages?: string[];
  adapted?: boolean;
  freeTrial?: boolean;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  textLanguage?: 'nb' | 'nn';
  /** Places; null or left out is unlimited. */
  capacity?: number | null;
  /** A queue when the places are taken; only with a capacity. */
  waitingList?: boolean;
  refundPolicy?: RefundPolicy;
  /** What the price is made of, one line per kind; with lines, the price is their sum. */
  fees?: Fee[];
}

export interface TranslationEdit {
  title: string;
  description?: string;
  targetGroup?: string | null;
  priceIncludes?: string | null;
}

export interface TranslationView {
  language: TranslationLanguage;
  title: string;
  description: string;
  targetGroup: string | null;
  priceIncludes: string | null;
  updatedAt: string;
}

export interface ActivityImageView {
  imageId: string;
  position: number;
  altText: string;
  width: number;
  height: number;
}

/** An activity as enrolment sees it: its rules for places and refunds, and what its price is made of. */
export interface EnrolmentActivity extends EnrolmentActivityRow {
  fees: Fee[];
}

export interface ActivityView extends ActivityValues {
  id: string;
  providerId: string;
  status: ActivityStatus;
  free: boolean;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** The fee lines (empty: the price is one participation fee). */
  fees: Fee[];
  /** Places taken now: paid, being paid, or offered to the next in the queue. */
  placesTaken: number;
  /** What must be filled in before the activity may be published; empty when it may be. */
  missingForPublishing: PublishRequirement[];
  translations: TranslationView[];
  images: ActivityImageView[];
}

export interface ActivitySummaryView {
  id: string;
  status: ActivityStatus;
  category: string;
  title: string;
  minAge: number;
  maxAge: number;
  seasonStart: string;
  seasonEnd: string;
  publishedAt: string | null;
  updatedAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Field errors of one request part ('body', 'path'), as the error format names them. */
function inPart(part: string, errors: readonly ActivityFieldError[]): FieldError[] {
  return errors.map((e) => ({ ...e, field: e.field ? `${part}/${e.field}` : part }));
}

function toInput(edit: ActivityEdit): ActivityInput {
  const textLanguage = edit.textLanguage ?? 'nb';
  return normaliseActivityInput({
    title: edit.title,
    description: edit.description ?? '',
    category: edit.category,
    minAge: edit.minAge,
    maxAge: edit.maxAge,
    targetGroup: edit.targetGroup ?? null,
    seasonStart: edit.seasonStart,
    seasonEnd: edit.seasonEnd,
    schedule: (edit.schedule ?? []).map((s) => ({ weekday: s.weekday, start: s.start, end: s.end })),
    sessionCount: edit.sessionCount ?? null,
    priceOre: edit.priceOre ?? 0,
    priceIncludes: edit.priceIncludes ?? null,
    streetAddress: edit.streetAddress ?? null,
    postalCode: edit.postalCode ?? null,
    latitude: edit.latitude ?? null,
    longitude: edit.longitude ?? null,
    neighbourhoodId: edit.neighbourhoodId ?? null,
    languages: edit.languages ?? [textLanguage],
    adapted: edit.adapted ?? false,
    freeTrial: edit.freeTrial ?? false,
    contactName: edit.contactName ?? null,
    contactEmail: edit.contactEmail ?? null,
    contactPhone: edit.contactPhone ?? null,
    textLanguage,
  });
}

function inputOf(row: ActivityRow): ActivityInput {
  const { id: _id, providerId: _p, status: _s, publishedAt: _pa, createdAt: _c, updatedAt: _u, ...rest } = row;
  const { weekdays: _w, postalPlace: _pp, capacity: _cap, waitingList: _wl, refundPolicy: _rp, ...input } = rest;
  return input;
}

function termsOf(edit: ActivityEdit): ActivityTerms {
  return {
    capacity: edit.capacity ?? null,
    waitingList: edit.waitingList ?? false,
    refundPolicy: edit.refundPolicy ?? DEFAULT_REFUND_POLICY,
    fees: (edit.fees ?? []).map((f) => ({ kind: f.kind, amountOre: f.amountOre })),
  };
}

/** What the audit log keeps of an activity's terms (no personal data). */
function termsDetails(activityId: string, values: ActivityValues, fees: readonly Fee[]) {
  return {
    activityId,
    priceOre: values.priceOre,
    capacity: values.capacity,
    waitingList: values.waitingList,
    refundPolicy: values.refundPolicy,
    fees: fees.map((f) => ({ kind: f.kind, amountOre: f.amountOre })),
  };
}

/** What an activity use case writes through, built on its transaction. */
export interface ActivityScope {
  store: ActivityStore;
  audit: Pick<AuditService, 'record'>;
}

function translationView(row: TranslationRow): TranslationView {
  return { ...row, updatedAt: row.updatedAt.toISOString() };
}

export interface LocatedPoint {
  latitude: number;
  longitude: number;
}

export function createActivityService(deps: {
  store: ActivityStore;
  postalCodes: PostalCodeRegister;
  /**
   * Finds the coordinates of a street address (the national address register), so that an activity placed by
   * its address is found by distance. Absent, or finding nothing, the activity keeps the coordinates it has.
   */
  locateAddress?: (address: { street: string; postalCode: string }) => Promise<LocatedPoint | undefined>;
  /** A use case's writes (the activity, its fee lines, the audit entry) as one transaction. */
  transaction: UseCaseTransaction<ActivityScope>;
  now?: () => Date;
}) {
  const { store, postalCodes } = deps;
  const now = deps.now ?? (() => new Date());

  /** The provider's own activity key; the membership decides the municipality, never the caller. */
  function keyOf(actor: Actor, providerId: string, activityId: string): ActivityKey {
    const membership = actor.membership;
    if (!membership?.providerIds.includes(providerId)) throw new AppError('FORBIDDEN');
    if (!UUID.test(activityId)) throw new AppError('ACTIVITY_NOT_FOUND');
    return { municipalityId: membership.municipalityId, providerId, activityId };
  }

  function scopeOf(actor: Actor, providerId: string): { municipalityId: number; providerId: string } {
    const membership = actor.membership;
    if (!membership?.providerIds.includes(providerId)) throw new AppError('FORBIDDEN');
    return { municipalityId: membership.municipalityId, providerId };
  }

  async function found(key: ActivityKey): Promise<ActivityRow> {
    const row = await store.get(key);
    if (!row) throw new AppError('ACTIVITY_NOT_FOUND');
    return row;
  }

  async function view(municipalityId: number, row: ActivityRow): Promise<ActivityView> {
    const [translations, images, fees, placesTaken] = await Promise.all([
      store.translations(municipalityId, row.id),
      store.images(municipalityId, row.id),
      store.fees(municipalityId, row.id),
      store.placesTaken(municipalityId, row.id),
    ]);
    return {
      ...row,
      priceOre: Number(row.priceOre),
      fees,
      placesTaken,
      free: isFree(row.priceOre),
      publishedAt: row.publishedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      missingForPublishing: publishable(row, osloDate(now())).map((p) => p.requirement),
      translations: translations.map(translationView),
      images: images.map((i: ActivityImageRow) => ({ ...i })),
    };
  }

  /** Checks every rule and looks up what the registers decide (postal place, neighbourhood). */
  async function valuesOf(
    municipalityId: number,
    input: ActivityInput,
    terms: ActivityTerms,
    sentPrice: number | undefined,
    part = 'body',
  ): Promise<{ values: ActivityValues; fees: Fee[] }> {
    const errors: FieldError[] = [
      ...inPart(part, validateActivityInput(input)),
      ...inPart(part, validateActivityTerms(terms, sentPrice)),
    ];
    let postalPlace: string | null = null;
    if (input.postalCode !== null && !errors.some((e) => e.field === `${part}/postalCode`)) {
      const entry = postalCodes.findStreetAddressCode(input.postalCode);
      if (entry) postalPlace = entry.postalPlace;
      else errors.push({ field: `${part}/postalCode`, rule: 'invalid' });
    }
    if (input.neighbourhoodId !== null) {
      const known =
        UUID.test(input.neighbourhoodId) && (await store.neighbourhoodExists(municipalityId, input.neighbourhoodId));
      if (!known) errors.push({ field: `${part}/neighbourhoodId`, rule: 'invalid' });
    }
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', {}, errors);
    const point = await locate(input);
    // Validated above: the kinds are fee kinds, the refund rule one of the rules.
    const fees = terms.fees as Fee[];
    return {
      values: {
        ...input,
        ...point,
        priceOre: priceOf(fees, input.priceOre),
        textLanguage: input.textLanguage as 'nb' | 'nn',
        weekdays: weekdaysOf(input.schedule),
        postalPlace,
        capacity: terms.capacity,
        waitingList: terms.waitingList,
        refundPolicy: terms.refundPolicy as RefundPolicy,
      },
      fees,
    };
  }

  /** Coordinates for an address without them; a register that fails or finds nothing leaves them empty. */
  async function locate(input: ActivityInput): Promise<Partial<LocatedPoint>> {
    if (input.latitude !== null || input.longitude !== null) return {};
    if (!deps.locateAddress || !input.streetAddress || !input.postalCode) return {};
    try {
      return (await deps.locateAddress({ street: input.streetAddress, postalCode: input.postalCode })) ?? {};
    } catch {
      return {};
    }
  }

  function publishErrors(problems: readonly { requirement: PublishRequirement; rule: string }[]): FieldError[] {
    return problems.map((p) => ({ field: `activity/${p.requirement}`, rule: p.rule }));
  }

  return {
    /**
     * A published or draft activity as enrolment needs it, with its fees: its fee lines, or its price as one
     * participation fee (none when it is free). With `lock`, the activity is held until the transaction ends, so
     * places are counted by one enrolment at a time.
     */
    async forEnrolment(
      municipalityId: number,
      activityId: string,
      lock = false,
    ): Promise<EnrolmentActivity | undefined> {
      const row = await store.forEnrolment(municipalityId, activityId, lock);
      if (!row) return undefined;
      const lines = await store.fees(municipalityId, activityId);
      const fees: Fee[] =
        lines.length > 0 ? lines : row.priceOre > 0 ? [{ kind: 'participation', amountOre: Number(row.priceOre) }] : [];
      return { ...row, priceOre: Number(row.priceOre), fees };
    },

    async list(
      actor: Actor,
      providerId: string,
      query: { status?: ActivityStatus; limit: number; offset: number },
    ): Promise<{ total: number; items: ActivitySummaryView[] }> {
      const scope = scopeOf(actor, providerId);
      const page = await store.list(scope.municipalityId, scope.providerId, query);
      return {
        total: page.total,
        items: page.items.map((r) => ({
          ...r,
          publishedAt: r.publishedAt?.toISOString() ?? null,
          updatedAt: r.updatedAt.toISOString(),
        })),
      };
    },

    async get(actor: Actor, providerId: string, activityId: string): Promise<ActivityView> {
      const key = keyOf(actor, providerId, activityId);
      return view(key.municipalityId, await found(key));
    },

    /** A new activity, as a draft. */
    async create(actor: Actor, providerId: string, edit: ActivityEdit): Promise<ActivityView> {
      const scope = scopeOf(actor, providerId);
      const { values, fees } = await valuesOf(scope.municipalityId, toInput(edit), termsOf(edit), edit.priceOre);
      const at = now();
      const row = await deps.transaction(async (tx) => {
        const inserted = await tx.store.insert(scope.municipalityId, scope.providerId, values, at);
        await tx.store.replaceFees({ ...scope, activityId: inserted.id }, fees);
        await tx.audit.record(actor, {
          municipalityId: scope.municipalityId,
          action: 'activity.create',
          details: termsDetails(inserted.id, values, fees),
        });
        return inserted;
      });
      return view(scope.municipalityId, row);
    },

    /**
     * Replaces the editable fields. A published activity stays published (its search document is generated
     * from the row) and an edit may not take away what publishing required.
     */
    async update(actor: Actor, providerId: string, activityId: string, edit: ActivityEdit): Promise<ActivityView> {
      const key = keyOf(actor, providerId, activityId);
      const current = await found(key);
      const input = toInput(edit);
      // A new address is located again, unless the edit placed the activity itself.
      const moved = input.streetAddress !== current.streetAddress || input.postalCode !== current.postalCode;
      const samePoint = input.latitude === current.latitude && input.longitude === current.longitude;
      const { values, fees } = await valuesOf(
        key.municipalityId,
        moved && samePoint ? { ...input, latitude: null, longitude: null } : input,
        termsOf(edit),
        edit.priceOre,
      );
      if (current.status === 'published') {
        const today = osloDate(now());
        const before = new Set(publishable(current, today).map((p) => p.requirement));
        const lost = publishable(values, today).filter((p) => !before.has(p.requirement));
        if (lost.length > 0) throw new AppError('VALIDATION_FAILED', {}, publishErrors(lost));
      }
      const at = now();
      const row = await deps.transaction(async (tx) => {
        // Enrolment counts places under the same lock, so no place is taken between the count and the change.
        if (!(await tx.store.lock(key))) throw new AppError('ACTIVITY_NOT_FOUND');
        const taken = await tx.store.placesTaken(key.municipalityId, key.activityId);
        if (!capacityHolds(values.capacity, taken)) {
          throw new AppError('VALIDATION_FAILED', {}, [
            { field: 'body/capacity', rule: 'belowPlacesTaken', params: { taken } },
          ]);
        }
        const updated = await tx.store.update(key, values, at);
        if (!updated) throw new AppError('ACTIVITY_NOT_FOUND');
        await tx.store.replaceFees(key, fees);
        await tx.audit.record(actor, {
          municipalityId: key.municipalityId,
          action: 'activity.update',
          details: termsDetails(key.activityId, values, fees),
        });
        return updated;
      });
      return view(key.municipalityId, row);
    },

    /** Shows the activity to families: the provider must be approved and the activity complete. */
    async publish(actor: Actor, providerId: string, activityId: string): Promise<ActivityView> {
      const key = keyOf(actor, providerId, activityId);
      const current = await found(key);
      const providerStatus = await store.providerStatus(key.municipalityId, key.providerId);
      if (providerStatus !== 'approved') throw new AppError('PROVIDER_NOT_APPROVED');
      const problems = publishable(current, osloDate(now()));
      if (problems.length > 0) throw new AppError('VALIDATION_FAILED', {}, publishErrors(problems));
      if (current.status === 'published') return view(key.municipalityId, current);
      const at = now();
      const row = await store.setStatus(key, 'published', at, at);
      if (!row) throw new AppError('ACTIVITY_NOT_FOUND');
      return view(key.municipalityId, row);
    },

    /** Takes the activity out of the catalogue; it stays with the provider (to copy for a new season). */
    async archive(actor: Actor, providerId: string, activityId: string): Promise<ActivityView> {
      const key = keyOf(actor, providerId, activityId);
      const current = await found(key);
      if (current.status === 'archived') return view(key.municipalityId, current);
      const row = await store.setStatus(key, 'archived', now());
      if (!row) throw new AppError('ACTIVITY_NOT_FOUND');
      return view(key.municipalityId, row);
    },

    /** A new draft for another season: the same texts, translations and pictures, with the season given. */
    async copy(
      actor: Actor,
      providerId: string,
      activityId: string,
      season: { seasonStart: string; seasonEnd: string },
    ): Promise<ActivityView> {
      const key = keyOf(actor, providerId, activityId);
      const current = await found(key);
      const input = { ...inputOf(current), seasonStart: season.seasonStart, seasonEnd: season.seasonEnd };
      const seasonErrors = validateActivityInput(input).filter((e) => e.field.startsWith('season'));
      if (seasonErrors.length > 0) throw new AppError('VALIDATION_FAILED', {}, inPart('body', seasonErrors));
      const values: ActivityValues = {
        ...input,
        textLanguage: current.textLanguage,
        weekdays: current.weekdays,
        postalPlace: current.postalPlace,
        capacity: current.capacity,
        waitingList: current.waitingList,
        refundPolicy: current.refundPolicy,
      };
      const row = await store.copy(key, values, now());
      return view(key.municipalityId, row);
    },

    /** Adds or replaces the texts in another language than the activity's own. */
    async putTranslation(
      actor: Actor,
      providerId: string,
      activityId: string,
      language: TranslationLanguage,
      edit: TranslationEdit,
    ): Promise<TranslationView> {
      const key = keyOf(actor, providerId, activityId);
      const current = await found(key);
      if (language === current.textLanguage) {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'path/language', rule: 'invalid' }]);
      }
      const input = normaliseTranslationInput({
        title: edit.title,
        description: edit.description ?? '',
        targetGroup: edit.targetGroup ?? null,
        priceIncludes: edit.priceIncludes ?? null,
      });
      const errors = validateTranslationInput(input);
      if (errors.length > 0) throw new AppError('VALIDATION_FAILED', {}, inPart('body', errors));
      return translationView(await store.upsertTranslation(key, language, input, now()));
    },

    /** Removes a translation; removing one that is not there changes nothing. */
    async deleteTranslation(
      actor: Actor,
      providerId: string,
      activityId: string,
      language: TranslationLanguage,
    ): Promise<void> {
      const key = keyOf(actor, providerId, activityId);
      await found(key);
      await store.deleteTranslation(key, language, now());
    },
  };
}

export type ActivityService = ReturnType<typeof createActivityService>;
