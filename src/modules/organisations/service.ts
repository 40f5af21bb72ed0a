/**
 * Use cases of organisations from Brønnøysund's entity register (Enhetsregisteret, with the Frivillighetsregisteret
 * flags): importing the bulk download, following the change feed, looking an organisation up when a provider
 * registers, and name search for the registration form. Nobody types an organisation's facts in; they come from
 * the register through src/integrations/enhetsregisteret. See docs/organisation-register.md.
 *
 * Organisations are reference data shared by all municipalities (not tenant data) and public in the register.
 */
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { osloDate } from '../../domain/age.ts';
import { isValidOrganisationNumber } from '../../domain/organisation-number.ts';
import { AppError } from '../../errors.ts';
import type { BulkItem } from '../../integrations/enhetsregisteret/bulk.ts';
import {
  createEnhetsregisteretClient,
  type EnhetsregisteretClient,
  EnhetsregisteretError,
  type EntityUpdate,
  type UpdatesFrom,
} from '../../integrations/enhetsregisteret/client.ts';
import {
  cleanText,
  type EntityRejectionReason,
  type OrganisationRecord,
} from '../../integrations/enhetsregisteret/entity.ts';
import { createOrganisationStore, type OrganisationRow, type OrganisationStore } from './store.ts';

/** An organisation's facts as the platform holds them. */
export interface Organisation {
  organisationNumber: string;
  name: string;
  organisationForm: string | null;
  inVoluntaryRegister: boolean;
  voluntaryRegisteredOn: string | null;
  registeredOn: string | null;
  businessAddress: string | null;
  postalCode: string | null;
  postalPlace: string | null;
  municipalityNumber: string | null;
  website: string | null;
  purpose: string | null;
  /** Set when the organisation is deleted from the register. */
  deletedOn: string | null;
  /** When the platform last wrote these facts from the register. */
  updatedAt: Date;
}

export interface RejectedEntity {
  /** Position in the bulk file's array, from 0. */
  index: number;
  reason: EntityRejectionReason;
}

export interface OrganisationImportReport {
  /** Elements of the array read. */
  read: number;
  inserted: number;
  /** Existing organisations whose facts changed. */
  updated: number;
  /** Organisations whose facts were already as in the file (not written). */
  unchanged: number;
  /** Organisations that became deleted in this run (counted in inserted or updated too). */
  deleted: number;
  /** Elements repeating an organisation number already read in the same batch (the later one wins). */
  repeated: number;
  /** The first rejected elements (at most MAX_REJECTED_IN_REPORT); rejectedCount has them all. */
  rejected: RejectedEntity[];
  rejectedCount: number;
}

export interface OrganisationSyncReport {
  /** Change feed entries read. */
  updates: number;
  /** Distinct organisations looked up in the register. */
  organisations: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Organisations that became deleted (410 Gone, or no longer known to the register). */
  deleted: number;
  /** Organisations the register no longer knows (404). */
  notFound: number;
  /** Organisations of the feed skipped because the platform has no row for them (onlyKnown). */
  skipped: number;
  /** The last change feed entry applied; continue from lastUpdateId + 1. */
  lastUpdateId: number | null;
}

export interface ImportBulkOptions {
  /** Called after every batch and at the end with the elements read so far. */
  onProgress?: (read: number) => void;
  /** Records per statement (default 5 000). */
  batchSize?: number;
}

export interface ApplyUpdatesOptions {
  /** Called after every group of organisations with the feed entries read so far. */
  onProgress?: (updates: number) => void;
  /** Only organisations that already have a row (a platform that keeps only the organisations it has met). */
  onlyKnown?: boolean;
  /** Register look-ups at a time (default 4). */
  concurrency?: number;
  /** Change feed entries per page (default 500). */
  pageSize?: number;
}

export interface OrganisationServiceDependencies {
  store: OrganisationStore;
  /** The register's API; without it only stored organisations are found. */
  client?: EnhetsregisteretClient | undefined;
  /** Stored facts older than this are looked up again at registration (default 7 days). */
  maxAgeMs?: number;
  now?: () => Date;
}

export const DEFAULT_BATCH_SIZE = 5_000;
export const MAX_REJECTED_IN_REPORT = 1_000;
export const DEFAULT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_SEARCH_LIMIT = 20;
/** Organisations per group when following the change feed (looked up, then written with one statement). */
const SYNC_GROUP_SIZE = 200;

function toOrganisation(row: OrganisationRow): Organisation {
  return { ...row };
}

/** The organisation number as typed: spaces (as in "923 609 016") are allowed and removed. */
export function normaliseOrganisationNumber(input: string): string {
  return input.replace(/[\s\u00a0]+/g, '');
}

/** Runs fn over items with at most `limit` at a time, keeping the order of the results. */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export function createOrganisationService(deps: OrganisationServiceDependencies) {
  const { store, client } = deps;
  const now = deps.now ?? (() => new Date());
  const maxAgeMs = deps.maxAgeMs ?? DEFAULT_MAX_AGE_MS;

  const notFound = (organisationNumber: string) => new AppError('ORGANISATION_NOT_FOUND', { organisationNumber });
  const deleted = (organisationNumber: string) => new AppError('ORGANISATION_DELETED', { organisationNumber });

  /** The number, or VALIDATION_FAILED on the given field. */
  function validNumber(input: string, field: string): string {
    const number = normaliseOrganisationNumber(input);
    if (!isValidOrganisationNumber(number)) {
      throw new AppError('VALIDATION_FAILED', {}, [{ field, rule: 'organisationNumber' }]);
    }
    return number;
  }

  return {
    /**
     * Imports the register's bulk download (the entities from readBulkFile/readBulkEntities), in batches of
     * set-based upserts: new organisations are inserted, changed ones updated, equal ones left alone, so running
     * the same file twice writes nothing the second time. A deleted entity sets deleted_on; no row is ever
     * removed. Rejected elements are reported by index and reason and do not stop the import. Each batch is
     * committed on its own: an interrupted import keeps what it wrote, and running it again completes it.
     */
    async importBulk(
      entities: AsyncIterable<BulkItem> | Iterable<BulkItem>,
      options: ImportBulkOptions = {},
    ): Promise<OrganisationImportReport> {
      const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
      const report: OrganisationImportReport = {
        read: 0,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        deleted: 0,
        repeated: 0,
        rejected: [],
        rejectedCount: 0,
      };
      // Keyed by number: a number repeated within a batch is written once, with its last record (one statement
      // cannot update the same row twice).
      let batch = new Map<string, OrganisationRecord>();

      const apply = async (records: OrganisationRecord[]) => {
        const outcome = await store.upsert(records);
        report.inserted += outcome.inserted;
        report.updated += outcome.updated;
        report.unchanged += outcome.unchanged;
        report.deleted += outcome.deleted;
      };
      // One batch is written while the next is read and parsed; at most two batches are held in memory.
      let applying: Promise<void> = Promise.resolve();
      const flush = async () => {
        if (batch.size === 0) return;
        const records = [...batch.values()];
        batch = new Map();
        await applying;
        applying = apply(records);
        // Awaited before the next batch or at the end; until then its failure is not unhandled.
        applying.catch(() => undefined);
      };

      try {
        for await (const item of entities) {
          report.read++;
          if (!item.ok) {
            report.rejectedCount++;
            if (report.rejected.length < MAX_REJECTED_IN_REPORT) {
              report.rejected.push({ index: item.index, reason: item.reason });
            }
            continue;
          }
          if (batch.has(item.record.organisationNumber)) {
            report.repeated++;
            batch.delete(item.record.organisationNumber);
          }
          batch.set(item.record.organisationNumber, item.record);
          if (batch.size >= batchSize) {
            await flush();
            options.onProgress?.(report.read);
          }
        }
        await flush();
      } finally {
        // Never leave a statement running when the import ends, whatever went wrong.
        await applying.catch(() => undefined);
      }
      await applying;
      // A bulk change: the planner's statistics of the table follow it (PGlite has no autovacuum).
      if (report.inserted + report.updated > 0) await store.refreshStatistics();
      options.onProgress?.(report.read);
      return report;
    },

    /**
     * Follows the register's change feed from a date (or an update id) and brings every changed organisation up
     * to date: each is looked up in the register and written as importBulk writes; 410 Gone marks it deleted,
     * and one the register no longer knows (404) is marked deleted on the date of the change if it has a row.
     * A register that stops answering is REGISTER_UNAVAILABLE; what was applied before stays applied.
     */
    async applyUpdates(since: UpdatesFrom, options: ApplyUpdatesOptions = {}): Promise<OrganisationSyncReport> {
      if (!client) throw new AppError('REGISTER_UNAVAILABLE');
      const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
      const report: OrganisationSyncReport = {
        updates: 0,
        organisations: 0,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        deleted: 0,
        notFound: 0,
        skipped: 0,
        lastUpdateId: null,
      };
      let group = new Map<string, EntityUpdate>();

      const applyGroup = async () => {
        if (group.size === 0) return;
        const latest = [...group.values()];
        group = new Map();
        let wanted = latest;
        if (options.onlyKnown) {
          const known = await store.existing(latest.map((u) => u.organisationNumber));
          wanted = latest.filter((u) => known.has(u.organisationNumber));
          report.skipped += latest.length - wanted.length;
        }
        const lookups = await mapLimit(wanted, concurrency, (u) => client.getEntity(u.organisationNumber));
        const records: OrganisationRecord[] = [];
        const gone: { organisationNumber: string; deletedOn: string }[] = [];
        lookups.forEach((lookup, i) => {
          const update = wanted[i] as EntityUpdate;
          const changedOn = osloDate(new Date(update.date));
          if (lookup.status === 'found') records.push(lookup.record);
          else if (lookup.status === 'deleted' && lookup.record) records.push(lookup.record);
          else {
            if (lookup.status === 'not_found') report.notFound++;
            const deletedOn = lookup.status === 'deleted' ? (lookup.deletedOn ?? changedOn) : changedOn;
            gone.push({ organisationNumber: update.organisationNumber, deletedOn });
          }
        });
        report.organisations += wanted.length;
        const outcome = await store.upsert(records);
        report.inserted += outcome.inserted;
        report.updated += outcome.updated;
        report.unchanged += outcome.unchanged;
        report.deleted += outcome.deleted;
        for (const g of gone) {
          if (await store.markDeleted(g.organisationNumber, g.deletedOn)) {
            report.deleted++;
            report.updated++;
          } else {
            report.unchanged++;
          }
        }
        report.lastUpdateId = Math.max(report.lastUpdateId ?? 0, ...latest.map((u) => u.updateId));
        options.onProgress?.(report.updates);
      };

      try {
        for await (const update of client.updatesSince(since, { pageSize: options.pageSize ?? 500 })) {
          report.updates++;
          // The latest entry per organisation; the look-up gives its state now anyway.
          group.delete(update.organisationNumber);
          group.set(update.organisationNumber, update);
          if (group.size >= SYNC_GROUP_SIZE) await applyGroup();
        }
        await applyGroup();
      } catch (error) {
        if (error instanceof EnhetsregisteretError) throw new AppError('REGISTER_UNAVAILABLE');
        throw error;
      }
      return report;
    },

    /**
     * The organisation a provider registers with, by number. The control digit is checked first
     * (VALIDATION_FAILED, rule organisationNumber, on `field`). Stored facts younger than 7 days are used as
     * they are; otherwise, with a register client, the register is asked and the answer stored. Deleted in the
     * register: ORGANISATION_DELETED; unknown: ORGANISATION_NOT_FOUND; register down with nothing stored:
     * REGISTER_UNAVAILABLE (with older facts stored, those are returned).
     */
    async findForRegistration(organisationNumber: string, options: { field?: string } = {}): Promise<Organisation> {
      const number = validNumber(organisationNumber, options.field ?? 'body/organisationNumber');
      const stored = await store.find(number);
      if (stored?.deletedOn) throw deleted(number);
      const fresh = stored && now().getTime() - stored.updatedAt.getTime() < maxAgeMs;
      if (stored && (fresh || !client)) return toOrganisation(stored);
      if (!client) throw notFound(number);

      let lookup: Awaited<ReturnType<EnhetsregisteretClient['getEntity']>>;
      try {
        lookup = await client.getEntity(number);
      } catch (error) {
        if (!(error instanceof EnhetsregisteretError)) throw error;
        if (stored) return toOrganisation(stored);
        throw new AppError('REGISTER_UNAVAILABLE');
      }
      switch (lookup.status) {
        case 'found': {
          await store.upsert([lookup.record], { touch: true });
          const row = await store.find(number);
          if (!row) throw notFound(number);
          return toOrganisation(row);
        }
        case 'deleted':
          if (lookup.record) await store.upsert([lookup.record], { touch: true });
          else if (stored) await store.markDeleted(number, lookup.deletedOn ?? osloDate(now()));
          throw deleted(number);
        case 'not_found':
          throw notFound(number);
      }
    },

    /**
     * Name search for a registration form's autocomplete: organisations not deleted whose name holds every word
     * of the query (or is close to it), those in Frivillighetsregisteret first; at most 20.
     */
    async search(
      query: string,
      options: { municipalityNumber?: string | undefined; limit?: number } = {},
    ): Promise<Organisation[]> {
      const text = (cleanText(query, 100) ?? '').toLowerCase();
      if (text.length < 2) return [];
      const words = [...new Set(text.split(' '))].slice(0, 8);
      const limit = Math.min(MAX_SEARCH_LIMIT, Math.max(1, Math.floor(options.limit ?? 10)));
      const municipalityNumber =
        options.municipalityNumber && /^\d{4}$/.test(options.municipalityNumber)
          ? options.municipalityNumber
          : undefined;
      if (options.municipalityNumber !== undefined && !municipalityNumber) {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'query/municipality', rule: 'pattern' }]);
      }
      const rows = await store.search({ text, words, limit, ...(municipalityNumber ? { municipalityNumber } : {}) });
      return rows.map(toOrganisation);
    },

    /** A stored organisation (deleted ones too, with deletedOn), for other modules. ORGANISATION_NOT_FOUND if none. */
    async get(organisationNumber: string): Promise<Organisation> {
      const number = normaliseOrganisationNumber(organisationNumber);
      const row = isValidOrganisationNumber(number) ? await store.find(number) : undefined;
      if (!row) throw notFound(number);
      return toOrganisation(row);
    },

    /** Stored organisations by number (those not stored are left out). */
    async getMany(organisationNumbers: readonly string[]): Promise<Map<string, Organisation>> {
      const numbers = [...new Set(organisationNumbers.map(normaliseOrganisationNumber))].filter(
        isValidOrganisationNumber,
      );
      const rows = await store.findMany(numbers);
      return new Map(rows.map((r) => [r.organisationNumber, toOrganisation(r)]));
    },
  };
}

export type OrganisationService = ReturnType<typeof createOrganisationService>;

/** The organisations service on a database with the register client of the configuration. */
export function organisationServiceFor(
  database: Database,
  config: Pick<Config, 'enhetsregisteretUrl'>,
  options: { client?: EnhetsregisteretClient | null; now?: () => Date } = {},
): OrganisationService {
  const client =
    options.client === null
      ? undefined
      : (options.client ?? createEnhetsregisteretClient({ baseUrl: config.enhetsregisteretUrl }));
  return createOrganisationService({
    store: createOrganisationStore(database.db),
    client,
    ...(options.now ? { now: options.now } : {}),
  });
}
