import type { PersonStatus } from '../../db/schema.ts';
import type { PopulationImportMode } from '../../db/tables/people.ts';
import type { UseCaseTransaction } from '../../db/transaction.ts';
import { birthDatesInScope, osloDate } from '../../domain/age.ts';
import { isValidKommunenummer } from '../../domain/municipality.ts';
import { ACCEPT_TEST_NUMBERS, type NationalIdPolicy } from '../../domain/national-id.ts';
import { movedOutLimit } from '../../domain/population.ts';
import { AppError } from '../../errors.ts';
import {
  type PopulationRecord,
  parsePersonDocument,
  type RejectionReason,
} from '../../integrations/folkeregisteret/person-document.ts';
import type { NationalIdProtector } from '../../security/pii.ts';
import type { PeopleStore, RunCounts, StagedPerson } from './store.ts';

export interface ImportPopulationOptions {
  /** The municipality the extract belongs to; it must be registered. */
  kommunenummer: string;
  /** 'full': the file is the whole population, so residents missing from it have moved out. 'delta': changes only. */
  mode: PopulationImportMode;
  /** Called after every batch and at the end with the lines and bytes read so far. */
  onProgress?: (linesRead: number, bytesRead: number) => void;
  /** Who started the run, recorded with it (e.g. 'cli:ola'). */
  startedBy?: string;
  /** Where the lines came from, recorded with the run (a file name, without its path). */
  source?: string;
  /** Lines per staging batch. */
  batchSize?: number;
  /**
   * Full mode: the largest share (0–1) of residents the file may leave out before the run is refused as probably
   * incomplete; default DEFAULT_MAX_MOVED_OUT_SHARE (domain/population.ts).
   */
  maxMovedOutShare?: number;
}

export interface RejectedLine {
  line: number;
  reason: RejectionReason;
}

export interface PopulationImportReport {
  importId: string | null;
  kommunenummer: string;
  mode: PopulationImportMode;
  /** Physical lines read, blank ones included. */
  lines: number;
  /** Person documents accepted and applied. */
  imported: number;
  inserted: number;
  /** People whose data changed (name, birth date, status, address or protection). */
  updated: number;
  /** People who became moved_out in this run: by their document, or (full mode) by being absent. */
  movedOut: number;
  /** People who became deceased in this run. */
  deceased: number;
  /** People whose national id changed and who kept their row. */
  renumbered: number;
  guardianshipsAdded: number;
  guardianshipsRemoved: number;
  /** Of guardianshipsRemoved: links ended because the guardian died. */
  guardianshipsEndedByDeath: number;
  /** Role assignments (provider roles by national id) of people who died, revoked. */
  rolesRevokedByDeath: number;
  /** foreldreansvar links naming an adult who has no row and no document in the file. */
  guardianLinksUnresolved: number;
  /** Lines that repeat a person already in the file (the later line wins). */
  repeatedPeople: number;
  /** The first rejected lines (at most MAX_REJECTED_IN_REPORT); rejectedCount has them all. */
  rejected: RejectedLine[];
  rejectedCount: number;
  /** Children the sync made eligible who got the current period's money, and how much (øre). */
  cardsGranted: number;
  cardsGrantedOre: number;
}

export type ImportPopulationResult =
  | { ok: true; report: PopulationImportReport }
  | { ok: false; error: 'unknown_municipality'; kommunenummer: string }
  | { ok: false; error: 'no_valid_documents'; report: PopulationImportReport }
  | {
      ok: false;
      error: 'too_many_moved_out';
      report: PopulationImportReport;
      /** Residents the file leaves out, residents before the run, and how many it could have left out. */
      absent: number;
      residents: number;
      limit: number;
    };

export const DEFAULT_BATCH_SIZE = 2_000;
export const MAX_REJECTED_IN_REPORT = 1_000;

/** A full file leaves out too many residents: the transaction is rolled back so that the run writes nothing. */
class TooManyMovedOut extends Error {
  constructor(
    readonly absent: number,
    readonly residents: number,
    readonly limit: number,
  ) {
    super('the extract leaves out too many residents');
  }
}

/** Nothing valid was read: the transaction is rolled back so that the run writes nothing. */
class NothingToImport extends Error {}

/**
 * The person's status in one municipality from a register record. A person who does not live here is
 * moved_out when the document shows an earlier residence here, else non_resident (a guardian living elsewhere);
 * applying the row also turns non_resident into moved_out for someone who was a resident before.
 */
export function statusInMunicipality(record: PopulationRecord, kommunenummer: string): PersonStatus {
  if (record.status === 'deceased') return 'deceased';
  if (record.status === 'resident' && record.residenceKommunenummer === kommunenummer) return 'resident';
  // Registered as resident with a protected address the register does not give: the municipality's extract
  // carries the people registered in it, so the person lives here.
  if (record.status === 'resident' && record.residenceWithheld) return 'resident';
  if (record.formerResidenceKommunenumre.includes(kommunenummer)) return 'moved_out';
  return 'non_resident';
}

/** Ends the roles of people who died (the identity module's use case, in the import's transaction). */
export interface DeceasedRoles {
  revokeRolesOfDeceased(municipalityId: number, citizenHashes: readonly Buffer[]): Promise<number>;
}

/** Writes the audit entry of an import run (the audit module's, in the import's transaction). */
export interface ImportAudit {
  record(
    actor: 'system',
    input: { municipalityId: number; action: 'population.import'; reason: string; details: Record<string, unknown> },
  ): Promise<void>;
}

/** What an import writes through, built on its transaction. */
export interface PopulationImportScope {
  store: PeopleStore;
  roles: DeceasedRoles;
  audit: ImportAudit;
  /**
   * Grants the current period's money to children the sync made eligible (moved in, turned the scheme's age), in
   * the import's transaction. Given by the wiring (the card module), so the people module knows nothing of it.
   */
  grantNewlyEligible(municipalityId: number): Promise<{ children: number; amountOre: number }>;
}

export interface PeopleServiceDependencies {
  store: PeopleStore;
  /** An import (people, family links, ended roles, its run and audit entry) as one transaction. */
  transaction: UseCaseTransaction<PopulationImportScope>;
  protector: NationalIdProtector;
  /** Finds a registered municipality; throws AppError MUNICIPALITY_NOT_FOUND when there is none. */
  getMunicipality(kommunenummer: string): Promise<{ id: number; kommunenummer: string }>;
  /** Which national ids the installation accepts (production refuses synthetic test numbers); default: all. */
  nationalIdPolicy?: NationalIdPolicy;
  /** Today's date in Norway (a person born after it is rejected); default: the clock. */
  today?: () => string;
}

export function createPeopleService(deps: PeopleServiceDependencies) {
  const { store, protector } = deps;
  const policy = deps.nationalIdPolicy ?? ACCEPT_TEST_NUMBERS;
  const today = deps.today ?? (() => osloDate());

  /** Only residents' addresses are kept: the platform has no use for where other people live. */
  function toStaged(line: number, record: PopulationRecord, kommunenummer: string): StagedPerson {
    const status = statusInMunicipality(record, kommunenummer);
    const address = status === 'resident' && record.addressProtection === 'none' ? record.address : null;
    return {
      line,
      nationalIdHash: protector.lookupHash(record.nationalId),
      nationalIdEnc: protector.encrypt(record.nationalId),
      formerHashes: record.formerNationalIds.map((id) => protector.lookupHash(id)),
      givenName: record.givenName,
      familyName: record.familyName,
      birthDate: record.birthDate,
      status,
      addressProtection: record.addressProtection,
      streetAddress: address?.streetAddress ?? null,
      postalCode: address?.postalCode ?? null,
      postalPlace: address?.postalPlace ?? null,
      latitude: address?.latitude ?? null,
      longitude: address?.longitude ?? null,
      guardianHashes: record.guardianNationalIds.map((id) => protector.lookupHash(id)),
      placedElsewhere:
        record.status === 'moved_out' ||
        (record.residenceKommunenummer !== null && record.residenceKommunenummer !== kommunenummer),
    };
  }

  async function findMunicipality(kommunenummer: string) {
    if (!isValidKommunenummer(kommunenummer)) return undefined;
    try {
      return await deps.getMunicipality(kommunenummer);
    } catch (error) {
      if (error instanceof AppError && error.code === 'MUNICIPALITY_NOT_FOUND') return undefined;
      throw error;
    }
  }

  return {
    /**
     * Imports a population extract (JSON Lines, one person document a line) for one municipality, streaming:
     * lines are parsed and staged in batches and applied with set-based statements, so memory stays bounded
     * whatever the size of the input. The whole run is one transaction: it either completes or writes nothing.
     */
    async importPopulation(
      lines: AsyncIterable<string> | Iterable<string>,
      options: ImportPopulationOptions,
    ): Promise<ImportPopulationResult> {
      const municipality = await findMunicipality(options.kommunenummer);
      if (!municipality) return { ok: false, error: 'unknown_municipality', kommunenummer: options.kommunenummer };
      const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
      const report: PopulationImportReport = {
        importId: null,
        kommunenummer: municipality.kommunenummer,
        mode: options.mode,
        lines: 0,
        imported: 0,
        inserted: 0,
        updated: 0,
        movedOut: 0,
        deceased: 0,
        renumbered: 0,
        guardianshipsAdded: 0,
        guardianshipsRemoved: 0,
        guardianshipsEndedByDeath: 0,
        rolesRevokedByDeath: 0,
        guardianLinksUnresolved: 0,
        repeatedPeople: 0,
        rejected: [],
        rejectedCount: 0,
        cardsGranted: 0,
        cardsGrantedOre: 0,
      };

      try {
        await deps.transaction(({ store, roles, audit, grantNewlyEligible }) =>
          store.withImportTransaction(municipality.id, async (run) => {
            const importId = await run.startRun({
              mode: options.mode,
              startedBy: (options.startedBy ?? 'system').slice(0, 200),
              source: options.source?.slice(0, 200) ?? null,
            });
            let bytes = 0;
            let batch: StagedPerson[] = [];
            let batches = 0;
            let stagingAnalysedAt = 0;
            let personAnalysedAt = 0;
            const parseOptions = { policy, today: today() };

            const apply = async (rows: StagedPerson[]) => {
              const first = (rows[0] as StagedPerson).line;
              const last = (rows[rows.length - 1] as StagedPerson).line;
              const renumber = rows.some((p) => p.formerHashes.length > 0);
              await run.stage(importId, rows);
              batches++;
              // Statistics whenever the staged lines or the new people have doubled: a few ANALYZE runs (about
              // log2 of the batches) keep every plan right.
              if (batches >= stagingAnalysedAt * 2) {
                await run.refreshStatistics(['staging']);
                stagingAnalysedAt = batches;
              }
              if (renumber) report.renumbered += await run.renumber(importId, first, last);
              const outcome = await run.applyBatch(importId, first, last);
              report.inserted += outcome.inserted;
              report.updated += outcome.updated;
              report.movedOut += outcome.movedOut;
              report.deceased += outcome.deceased;
              if (report.inserted >= batchSize && report.inserted >= personAnalysedAt * 2) {
                await run.refreshStatistics(['person']);
                personAnalysedAt = report.inserted;
              }
            };
            // One batch is applied while the next is read and parsed: the database and the parsing overlap, and
            // at most two batches are held in memory.
            let applying: Promise<void> = Promise.resolve();
            const flush = async () => {
              if (batch.length === 0) return;
              const rows = batch;
              batch = [];
              await applying;
              applying = apply(rows);
              // Awaited before the next batch or at the end; until then its failure is not unhandled.
              applying.catch(() => undefined);
            };

            try {
              for await (const raw of lines) {
                report.lines++;
                bytes += Buffer.byteLength(raw, 'utf8') + 1;
                const line = report.lines === 1 ? raw.replace(/^\uFEFF/, '') : raw;
                if (line.trim() === '') continue;
                const parsed = parsePersonDocument(line, parseOptions);
                if (!parsed.ok) {
                  report.rejectedCount++;
                  if (report.rejected.length < MAX_REJECTED_IN_REPORT) {
                    report.rejected.push({ line: report.lines, reason: parsed.reason });
                  }
                  continue;
                }
                report.imported++;
                batch.push(toStaged(report.lines, parsed.record, municipality.kommunenummer));
                if (batch.length >= batchSize) {
                  await flush();
                  options.onProgress?.(report.lines, bytes);
                }
              }
              await flush();
            } finally {
              // Never leave a statement running when the transaction ends, whatever went wrong.
              await applying.catch(() => undefined);
            }
            await applying;
            options.onProgress?.(report.lines, bytes);
            if (report.imported === 0) throw new NothingToImport();
            await run.refreshStatistics([
              ...(batches > stagingAnalysedAt ? (['staging'] as const) : []),
              ...(report.inserted > personAnalysedAt ? (['person'] as const) : []),
              'guardianship',
            ]);

            // Death ends guardianship and access first, so that no document still naming the dead adds them back.
            const deaths = await run.endLinksOfDeceased();
            report.guardianshipsEndedByDeath = deaths.guardianshipsEnded;
            report.rolesRevokedByDeath = await roles.revokeRolesOfDeceased(
              municipality.id,
              deaths.deceasedCitizenHashes,
            );
            const guardianships = await run.syncGuardianships(importId);
            report.guardianshipsAdded = guardianships.added;
            report.guardianshipsRemoved = guardianships.removed + deaths.guardianshipsEnded;
            report.guardianLinksUnresolved = guardianships.unresolved;
            if (options.mode === 'full') {
              const { absent, residents } = await run.countAbsentResidents(importId);
              const limit = movedOutLimit(residents, options.maxMovedOutShare);
              if (absent > limit) throw new TooManyMovedOut(absent, residents, limit);
              report.movedOut += await run.markAbsentResidentsMovedOut(importId);
            }
            report.repeatedPeople = await run.countRepeatedPeople(importId);
            const granted = await grantNewlyEligible(municipality.id);
            report.cardsGranted = granted.children;
            report.cardsGrantedOre = granted.amountOre;
            const counts: RunCounts = {
              lines: report.lines,
              imported: report.imported,
              inserted: report.inserted,
              updated: report.updated,
              movedOut: report.movedOut,
              deceased: report.deceased,
              guardianshipsAdded: report.guardianshipsAdded,
              guardianshipsRemoved: report.guardianshipsRemoved,
              guardianLinksUnresolved: report.guardianLinksUnresolved,
              rejected: report.rejectedCount,
            };
            await run.finishRun(importId, counts);
            report.importId = importId;
            const { rejected: _lines, ...reported } = report;
            await audit.record('system', {
              municipalityId: municipality.id,
              action: 'population.import',
              reason: `${options.mode} import from the population register`,
              details: { ...reported, startedBy: options.startedBy ?? 'system' },
            });
          }),
        );
      } catch (error) {
        if (error instanceof NothingToImport) return { ok: false, error: 'no_valid_documents', report };
        if (error instanceof TooManyMovedOut) {
          const { absent, residents, limit } = error;
          return { ok: false, error: 'too_many_moved_out', report, absent, residents, limit };
        }
        throw error;
      }
      await store.refreshStatisticsAfterRun();
      return { ok: true, report };
    },

    /** The latest import runs of a municipality (counts only), newest first. */
    async listImportRuns(municipalityId: number, limit = 20) {
      return store.listRuns(municipalityId, Math.min(Math.max(1, limit), 100));
    },

    /**
     * What the register gives the municipality on a day: residents, the children aged 6–18 among them, and the
     * latest import runs (counts only, no personal data).
     */
    async registerStatus(municipalityId: number, today: string) {
      const range = birthDatesInScope(today);
      const [counts, runs] = await Promise.all([
        store.countResidents(municipalityId, { after: range.bornAfter, onOrBefore: range.bornOnOrBefore }),
        store.listRuns(municipalityId, 20),
      ]);
      return { residents: counts.residents, childrenInScope: counts.inRange, runs };
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
