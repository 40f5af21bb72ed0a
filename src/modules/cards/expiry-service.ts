import { randomUUID } from 'node:crypto';
import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import { osloDate } from '../../domain/age.ts';
import { effectiveExpiry, isDue } from '../../domain/expiry.ts';
import { periodContaining } from '../../domain/period.ts';
import type { AuditService } from '../audit/service.ts';
import type { ExpiryRunRow, ExpiryStore, GrantedPeriodRow } from './expiry-store.ts';
import { actorReference, municipalityOf } from './service.ts';

export type { ExpiryRunRow } from './expiry-store.ts';

/** What an expiry run moved for one scheme and period. */
export interface ExpiryReportLine {
  schemeId: string;
  schemeName: string;
  periodStart: string;
  periodEnd: string;
  /** The period's expiry date (the scheme's, or a later extension of the whole period). */
  expiresOn: string;
  cards: number;
  amountOre: number;
  heldCards: number;
}

export interface ExpiryReport {
  runId: string;
  runOn: string;
  lines: ExpiryReportLine[];
  cards: number;
  amountOre: number;
  heldCards: number;
}

export interface ExpiryServiceDeps {
  store: ExpiryStore;
  audit: AuditService;
  /** A run's transfers, its report lines and its audit entry as one transaction. */
  transaction: UseCaseTransaction<{ store: ExpiryStore; audit: AuditService }>;
  now?: () => Date;
}

function periodOf(p: GrantedPeriodRow) {
  const period = periodContaining(p.periodKind, p.periodStart);
  return { period, expiresOn: effectiveExpiry(period, p.expiryMonths, p.extendedTo ? [p.extendedTo] : []) };
}

/**
 * Expiry at the period's end: the unspent money of every card whose expiry date has passed goes back to its
 * scheme's budget, set-based and once per card. Cards extended for their child past today are left alone until
 * their new date; cards holding money for a payment still in progress are left for a later run (docs/ledger.md).
 */
export function createExpiryService(deps: ExpiryServiceDeps) {
  const now = deps.now ?? (() => new Date());

  return {
    async run(actor: Actor | 'system', municipalityId: number): Promise<ExpiryReport> {
      const today = osloDate(now());
      return deps.transaction(async ({ store, audit }) => {
        const periods = await store.grantedPeriods(municipalityId);
        const due = periods.filter((p) => isDue(periodOf(p).expiresOn, today));
        const moved = await store.expireCards({
          municipalityId,
          due,
          today,
          createdBy: actorReference(actor, 'expiry-run'),
        });
        const runId = randomUUID();
        const lines: ExpiryReportLine[] = moved
          .filter((l) => l.cards > 0 || l.heldCards > 0)
          .map((l) => {
            const granted = due.find((p) => p.schemeId === l.schemeId && p.periodStart === l.periodStart);
            if (!granted) throw new Error('an expiry line of a period that was not due');
            const { period, expiresOn } = periodOf(granted);
            return { ...l, schemeName: granted.schemeName, periodEnd: period.end, expiresOn };
          });
        await store.insertRunLines(
          lines.map((l) => ({
            municipalityId,
            runId,
            runOn: today,
            startedBy: actor === 'system' ? 'system' : (actor.principal?.displayName ?? 'unknown'),
            schemeId: l.schemeId,
            periodStart: l.periodStart,
            cards: l.cards,
            amountOre: l.amountOre,
            heldCards: l.heldCards,
          })),
        );
        const report = {
          runId,
          runOn: today,
          lines,
          cards: lines.reduce((sum, l) => sum + l.cards, 0),
          amountOre: lines.reduce((sum, l) => sum + l.amountOre, 0),
          heldCards: lines.reduce((sum, l) => sum + l.heldCards, 0),
        };
        await audit.record(actor, {
          municipalityId,
          action: 'expiry.run',
          details: { runId, cards: report.cards, amountOre: report.amountOre, heldCards: report.heldCards },
        });
        return report;
      });
    },

    /** The latest runs, line by line (scheme and period), newest first. */
    async runs(actor: Actor): Promise<ExpiryRunRow[]> {
      return deps.store.runLines(municipalityOf(actor), 100);
    },
  };
}

export type ExpiryService = ReturnType<typeof createExpiryService>;
