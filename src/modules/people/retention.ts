import { osloDate } from '../../domain/age.ts';
import type { Actor, AuditService } from '../audit/service.ts';
import type { RetentionStore } from './retention-store.ts';

export interface RetentionResult {
  anonymised: number;
  guardianshipsRemoved: number;
  retentionDays: number;
  dryRun: boolean;
}

export function createRetentionService(deps: { store: RetentionStore; audit: AuditService; now?: () => Date }) {
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
      const result = await deps.store.anonymiseOutOfScope({
        municipalityId: input.municipalityId,
        cutoff,
        today: osloDate(at),
        dryRun,
      });
      await deps.audit.record(actor, {
        municipalityId: input.municipalityId,
        action: dryRun ? 'retention.preview' : 'retention.anonymise',
        reason: `retention ${input.retentionDays} days`,
        details: { ...result },
      });
      return { ...result, retentionDays: input.retentionDays, dryRun };
    },
  };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
