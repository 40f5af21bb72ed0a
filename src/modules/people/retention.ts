import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import { birthDatesInScope, osloDate } from '../../domain/age.ts';
import type { AuditService } from '../audit/service.ts';
import type { RetentionStore } from './retention-store.ts';

export interface RetentionResult {
  anonymised: number;
  guardianshipsRemoved: number;
  retentionDays: number;
  dryRun: boolean;
}

export interface RetentionDependencies {
  store: RetentionStore;
  audit: AuditService;
  /** The anonymisation and its audit entry as one transaction. */
  transaction: UseCaseTransaction<{ store: RetentionStore; audit: AuditService }>;
  now?: () => Date;
}

export function createRetentionService(deps: RetentionDependencies) {
  const now = deps.now ?? (() => new Date());
  return {
    /** Anonymises the people who left the scope more than `retentionDays` ago; the run itself is audited. */
    async run(
      actor: Actor | 'system',
      input: { municipalityId: number; retentionDays: number; dryRun?: boolean },
    ): Promise<RetentionResult> {
      const at = now();
      const cutoff = new Date(at.getTime() - input.retentionDays * 86_400_000);
      const dryRun = input.dryRun ?? false;
      // Ages by the domain's rule (a 29 February birthday counts on 1 March in common years): someone born on or
      // before the first date had turned 19 by the cutoff; a child born after the second is under 19 today.
      return deps.transaction(async ({ store, audit }) => {
        const result = await store.anonymiseOutOfScope({
          municipalityId: input.municipalityId,
          cutoff,
          agedOutIfBornOnOrBefore: birthDatesInScope(osloDate(cutoff)).bornAfter,
          childIfBornAfter: birthDatesInScope(osloDate(at)).bornAfter,
          dryRun,
        });
        await audit.record(actor, {
          municipalityId: input.municipalityId,
          action: dryRun ? 'retention.preview' : 'retention.anonymise',
          reason: `retention ${input.retentionDays} days`,
          details: { ...result },
        });
        return { ...result, retentionDays: input.retentionDays, dryRun };
      });
    },
  };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
