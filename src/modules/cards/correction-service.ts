import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import { osloDate } from '../../domain/age.ts';
import {
  amountFields,
  type CorrectionKind,
  type CorrectionStatus,
  corrects,
  mayApprove,
  reasonFields,
} from '../../domain/correction.ts';
import { effectiveExpiry, validateExtension } from '../../domain/expiry.ts';
import { expiryDate, periodContaining } from '../../domain/period.ts';
import { AppError, type FieldError } from '../../errors.ts';
import type { AuditService } from '../audit/service.ts';
import type { ProviderService, TenantRef } from '../catalogue/providers-service.ts';
import type { CorrectionRow, CorrectionStore } from './correction-store.ts';
import type { ExpiryStore } from './expiry-store.ts';
import type { LedgerService } from './ledger-service.ts';
import { actorReference, municipalityOf } from './service.ts';

export type { CorrectionRow } from './correction-store.ts';

export type CorrectionInput =
  | { kind: 'reverse_payment' | 'recredit_card'; transferId: number; amountOre: number; reason: string }
  | { kind: 'move_payment'; transferId: number; amountOre: number; providerId: string; reason: string }
  | {
      kind: 'extend_expiry';
      schemeId: string;
      periodStart: string;
      /** Null: every card of the period. */
      personId: string | null;
      expiresOn: string;
      reason: string;
    };

export interface CorrectionView extends CorrectionRow {
  /** The transfers the approval made (empty while prepared, and for an extension). */
  transferIds: number[];
}

type Scope = {
  store: CorrectionStore;
  expiry: ExpiryStore;
  ledger: LedgerService;
  providers: ProviderService;
  audit: AuditService;
};

export interface CorrectionServiceDeps {
  store: CorrectionStore;
  expiry: ExpiryStore;
  ledger: LedgerService;
  providers: ProviderService;
  audit: AuditService;
  /** A preparation or an approval (its transfers or extension and its audit entry) as one transaction. */
  transaction: UseCaseTransaction<Scope>;
  now?: () => Date;
}

/** The keys of the transfers an approved correction makes. */
function keys(id: string) {
  return { reverse: `correction:${id}:reverse`, pay: `correction:${id}:pay` };
}

function staffOf(actor: Actor): { id: string; name: string } {
  const p = actor.principal;
  if (p?.kind !== 'staff' || !p.staffUserId) throw new AppError('FORBIDDEN');
  return { id: p.staffUserId, name: p.displayName };
}

function refuse(fields: FieldError[]): void {
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', {}, fields);
}

/**
 * Corrections of the ledger as actions in the application: reverse a card's payment, recredit a card's expired
 * money, extend an expiry date, move a payment to another provider. One administrator prepares a correction with a
 * reason; a second approves it, and only then does it move money (a reversing or a new transfer; history is never
 * changed) or extend the date. Both steps are audited.
 */
export function createCorrectionService(deps: CorrectionServiceDeps) {
  const now = deps.now ?? (() => new Date());

  /**
   * Checks a correction against the ledger as it is now: the transfer it corrects is of the right kind, the amount
   * is at most what is left of it, the provider or period exists. Answers the child concerned (for the audit).
   */
  async function check(scope: Scope, tenant: TenantRef, input: CorrectionInput): Promise<{ personId: string | null }> {
    const municipalityId = tenant.id;
    if (input.kind === 'extend_expiry') {
      const granted = (await scope.expiry.grantedPeriods(municipalityId)).find(
        (p) => p.schemeId === input.schemeId && p.periodStart === input.periodStart,
      );
      if (!granted) throw new AppError('SCHEME_NOT_FOUND');
      const schemePeriod = periodContaining(granted.periodKind, input.periodStart);
      if (schemePeriod.start !== input.periodStart) throw new AppError('SCHEME_NOT_FOUND');
      const accounts = await scope.expiry.periodAccounts(
        municipalityId,
        input.schemeId,
        input.periodStart,
        input.personId,
      );
      if (input.personId !== null && !accounts.card) throw new AppError('CARD_NOT_FOUND');
      const extensions = await scope.expiry.extensions(
        municipalityId,
        input.schemeId,
        input.periodStart,
        input.personId,
      );
      refuse(
        validateExtension({
          schemeDate: expiryDate(schemePeriod, granted.expiryMonths),
          currentDate: effectiveExpiry(
            schemePeriod,
            granted.expiryMonths,
            extensions.map((x) => x.expiresOn),
          ),
          newDate: input.expiresOn,
          today: osloDate(now()),
        }),
      );
      return { personId: input.personId };
    }
    const transfer = await scope.store.transfer(municipalityId, input.transferId);
    if (!transfer) throw new AppError('TRANSFER_NOT_FOUND');
    if (!corrects(input.kind, transfer)) throw new AppError('CORRECTION_NOT_APPLICABLE');
    refuse(amountFields(input.amountOre, transfer.amountOre - transfer.reversedOre));
    if (input.kind === 'move_payment') {
      if (input.providerId === transfer.providerId) {
        refuse([{ field: 'body/providerId', rule: 'sameProvider' }]);
      }
      await scope.providers.getPublic(tenant, input.providerId);
    }
    return { personId: transfer.personId };
  }

  function inputOf(row: CorrectionRow): CorrectionInput {
    if (row.kind === 'extend_expiry') {
      if (row.schemeId === null || row.periodStart === null || row.expiresOn === null) {
        throw new Error('an expiry extension without its period');
      }
      return {
        kind: row.kind,
        schemeId: row.schemeId,
        periodStart: row.periodStart,
        personId: row.personId,
        expiresOn: row.expiresOn,
        reason: row.reason,
      };
    }
    if (row.transferId === null || row.amountOre === null) throw new Error('a correction without its transfer');
    if (row.kind === 'move_payment') {
      if (row.providerId === null) throw new Error('a moved payment without its provider');
      return {
        kind: row.kind,
        transferId: row.transferId,
        amountOre: row.amountOre,
        providerId: row.providerId,
        reason: row.reason,
      };
    }
    return { kind: row.kind, transferId: row.transferId, amountOre: row.amountOre, reason: row.reason };
  }

  async function transfersOf(municipalityId: number, row: CorrectionRow): Promise<number[]> {
    if (row.status !== 'approved' || row.kind === 'extend_expiry') return [];
    return deps.store.transferIdsByKeys(municipalityId, Object.values(keys(row.id)));
  }

  return {
    async prepare(actor: Actor, tenant: TenantRef, input: CorrectionInput): Promise<CorrectionView> {
      const municipalityId = municipalityOf(actor);
      if (municipalityId !== tenant.id) throw new AppError('FORBIDDEN');
      const preparer = staffOf(actor);
      refuse(reasonFields(input.reason));
      const row = await deps.transaction(async (scope) => {
        const { personId } = await check(scope, tenant, input);
        const inserted = await scope.store.insert({
          municipalityId,
          kind: input.kind,
          reason: input.reason.trim(),
          transferId: input.kind === 'extend_expiry' ? null : input.transferId,
          amountOre: input.kind === 'extend_expiry' ? null : input.amountOre,
          providerId: input.kind === 'move_payment' ? input.providerId : null,
          schemeId: input.kind === 'extend_expiry' ? input.schemeId : null,
          periodStart: input.kind === 'extend_expiry' ? input.periodStart : null,
          personId: input.kind === 'extend_expiry' ? input.personId : null,
          expiresOn: input.kind === 'extend_expiry' ? input.expiresOn : null,
          preparedBy: preparer.id,
          preparedByName: preparer.name,
        });
        await scope.audit.record(actor, {
          municipalityId,
          action: 'correction.prepare',
          ...(personId ? { subjectPersonIds: [personId] } : {}),
          reason: inserted.reason,
          details: { correctionId: inserted.id, kind: inserted.kind, transferId: inserted.transferId },
        });
        return inserted;
      });
      return { ...row, transferIds: [] };
    },

    /**
     * A second administrator approves a prepared correction: it is checked again against the ledger as it is now
     * and carried out, all in one transaction. The one who prepared it cannot approve it; an approved correction
     * cannot be approved again.
     */
    async approve(actor: Actor, tenant: TenantRef, correctionId: string): Promise<CorrectionView> {
      const municipalityId = municipalityOf(actor);
      if (municipalityId !== tenant.id) throw new AppError('FORBIDDEN');
      const approver = staffOf(actor);
      const row = await deps.transaction(async (scope) => {
        const correction = await scope.store.byId(municipalityId, correctionId, true);
        if (!correction) throw new AppError('CORRECTION_NOT_FOUND');
        if (correction.status !== 'prepared') throw new AppError('CORRECTION_ALREADY_APPROVED');
        if (!mayApprove(correction, approver.id)) throw new AppError('CORRECTION_SAME_ADMIN');
        const input = inputOf(correction);
        const { personId } = await check(scope, tenant, input);
        const createdBy = actorReference(actor);
        const key = keys(correction.id);
        if (input.kind === 'extend_expiry') {
          await scope.expiry.insertExtension({
            municipalityId,
            schemeId: input.schemeId,
            periodStart: input.periodStart,
            personId: input.personId,
            expiresOn: input.expiresOn,
            reason: correction.reason,
            correctionId: correction.id,
          });
        } else {
          const reversal = await scope.ledger.reverse({
            municipalityId,
            idempotencyKey: key.reverse,
            reversesTransferId: input.transferId,
            amountOre: input.amountOre,
            createdBy,
          });
          if (input.kind === 'move_payment') {
            const payable = await scope.ledger.ensureAccount({
              municipalityId,
              kind: 'provider_payable',
              providerId: input.providerId,
            });
            // The money goes back where it came from and on to the right provider: the same source pays again.
            await scope.ledger.transfer({
              municipalityId,
              idempotencyKey: key.pay,
              debitAccountId: reversal.transfer.creditAccountId,
              creditAccountId: payable.id,
              amountOre: input.amountOre,
              reason: 'payment',
              activityId: reversal.transfer.activityId,
              createdBy,
            });
          }
        }
        const approved = await scope.store.markApproved(municipalityId, correction.id, approver);
        if (!approved) throw new AppError('CORRECTION_ALREADY_APPROVED');
        await scope.audit.record(actor, {
          municipalityId,
          action: 'correction.approve',
          ...(personId ? { subjectPersonIds: [personId] } : {}),
          reason: correction.reason,
          details: { correctionId: correction.id, kind: correction.kind, preparedBy: correction.preparedBy },
        });
        return approved;
      });
      return { ...row, transferIds: await transfersOf(municipalityId, row) };
    },

    async list(
      actor: Actor,
      page: { status?: CorrectionStatus; limit: number; offset: number },
    ): Promise<{ items: CorrectionView[]; total: number }> {
      const municipalityId = municipalityOf(actor);
      const { items, total } = await deps.store.list(municipalityId, page);
      const children = [...new Set(items.flatMap((c) => (c.personId ? [c.personId] : [])))];
      if (children.length > 0) {
        await deps.audit.record(actor, { municipalityId, action: 'correction.list', subjectPersonIds: children });
      }
      return {
        total,
        items: await Promise.all(items.map(async (c) => ({ ...c, transferIds: await transfersOf(municipalityId, c) }))),
      };
    },

    async get(actor: Actor, correctionId: string): Promise<CorrectionView> {
      const municipalityId = municipalityOf(actor);
      const row = await deps.store.byId(municipalityId, correctionId);
      if (!row) throw new AppError('CORRECTION_NOT_FOUND');
      if (row.personId) {
        await deps.audit.record(actor, { municipalityId, action: 'correction.list', subjectPersonIds: [row.personId] });
      }
      return { ...row, transferIds: await transfersOf(municipalityId, row) };
    },
  };
}

export type CorrectionService = ReturnType<typeof createCorrectionService>;
export type { CorrectionKind };
