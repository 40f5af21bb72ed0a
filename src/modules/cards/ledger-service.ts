import type { UseCaseTransaction } from '../../db/transaction.ts';
import {
  type AccountKind,
  flowAllowed,
  isTransferAmount,
  mayNotGoNegative,
  type TransferReason,
} from '../../domain/ledger.ts';
import { AppError } from '../../errors.ts';
import type { AccountRow, LedgerCheckReport, LedgerStore, TransferRow } from './ledger-store.ts';

export type { AccountRow, LedgerCheckReport, TransferRow } from './ledger-store.ts';

export interface TransferRequest {
  municipalityId: number;
  /** Chosen by the caller: the same key moves money once, however often it is sent. */
  idempotencyKey: string;
  debitAccountId: string;
  creditAccountId: string;
  amountOre: number;
  reason: Exclude<TransferReason, 'reversal'>;
  activityId?: string | null;
  /** The enrolment the money pays for (or comes back from). */
  enrolmentId?: string | null;
  /** The payment request the money pays for (or comes back from). */
  paymentRequestId?: string | null;
  /** Who moved the money (a staff id, a citizen's session, 'system:grant-run'). */
  createdBy: string;
}

export interface TransferResult {
  transfer: TransferRow;
  /** The key had already moved this money; nothing new moved. */
  replayed: boolean;
}

/** Whether a stored transfer is what a request asks for (a retry), not a different movement under the same key. */
function sameMovement(stored: TransferRow, request: TransferRequest | ReversalRequest, reversesId?: number): boolean {
  if ('reversesTransferId' in request) {
    return stored.reason === 'reversal' && stored.reversesId === reversesId && stored.amountOre === request.amountOre;
  }
  return (
    stored.debitAccountId === request.debitAccountId &&
    stored.creditAccountId === request.creditAccountId &&
    stored.amountOre === request.amountOre &&
    stored.reason === request.reason &&
    (stored.activityId ?? null) === (request.activityId ?? null) &&
    (stored.enrolmentId ?? null) === (request.enrolmentId ?? null) &&
    (stored.paymentRequestId ?? null) === (request.paymentRequestId ?? null)
  );
}

export interface ReversalRequest {
  municipalityId: number;
  idempotencyKey: string;
  reversesTransferId: number;
  /** At most what is left to reverse of the transfer. */
  amountOre: number;
  createdBy: string;
}

export interface LedgerServiceDeps {
  store: LedgerStore;
  /** A movement (its locks, its check and its transfer) as one transaction, or part of the caller's. */
  transaction: UseCaseTransaction<{ store: LedgerStore }>;
}

/**
 * The ledger: the only way money moves. A transfer locks its accounts, refuses an overdraw, and is stored once per
 * idempotency key; the database refuses an overdraw, a card-to-card move between children and any change to a
 * transfer whatever the code does (migration 0009).
 */
export function createLedgerService(deps: LedgerServiceDeps) {
  async function replayOf(
    store: LedgerStore,
    request: TransferRequest | ReversalRequest,
    reversesId?: number,
  ): Promise<TransferResult | undefined> {
    const stored = await store.transferByKey(request.municipalityId, request.idempotencyKey);
    if (!stored) return undefined;
    if (!sameMovement(stored, request, reversesId)) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return { transfer: stored, replayed: true };
  }

  function checkFunds(account: AccountRow, amountOre: number): void {
    if (mayNotGoNegative(account.kind) && account.balanceOre < amountOre) throw new AppError('INSUFFICIENT_BALANCE');
  }

  return {
    /** The account of a kind and owner, made on first use. */
    ensureAccount(account: {
      municipalityId: number;
      kind: AccountKind;
      schemeId?: string;
      periodStart?: string;
      personId?: string;
      providerId?: string;
    }): Promise<AccountRow> {
      return deps.transaction(({ store }) => store.ensureAccount(account));
    },

    /** Moves money once per idempotency key. */
    async transfer(request: TransferRequest): Promise<TransferResult> {
      if (!isTransferAmount(request.amountOre)) {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/amountOre', rule: 'invalid' }]);
      }
      if (request.debitAccountId === request.creditAccountId) throw new AppError('TRANSFER_NOT_ALLOWED');
      return deps.transaction(async ({ store }) => {
        const early = await replayOf(store, request);
        if (early) return early;
        const accounts = await store.lockAccounts(request.municipalityId, [
          request.debitAccountId,
          request.creditAccountId,
        ]);
        const debit = accounts.find((a) => a.id === request.debitAccountId);
        const credit = accounts.find((a) => a.id === request.creditAccountId);
        if (!debit || !credit) throw new AppError('NOT_FOUND');
        if (!flowAllowed(request.reason, debit.kind, credit.kind)) throw new AppError('TRANSFER_NOT_ALLOWED');
        // Another request with the same key may have committed while this one waited for the locks: then the
        // balance may no longer hold the amount, or the insert finds the key taken, and the answer is its transfer.
        // (No read of the key between the locks and the insert: the credit account's lock is shared by every
        // payment to a provider, and is held as briefly as can be.)
        try {
          checkFunds(debit, request.amountOre);
        } catch (error) {
          const replay = await replayOf(store, request);
          if (replay) return replay;
          throw error;
        }
        const transfer = await store.insertTransfer(request);
        if (transfer) return { transfer, replayed: false };
        const raced = await replayOf(store, request);
        if (!raced) throw new AppError('CONFLICT');
        return raced;
      });
    },

    /** Reverses a transfer (all of it or a part) by a new transfer the other way; history is never changed. */
    async reverse(request: ReversalRequest): Promise<TransferResult> {
      if (!isTransferAmount(request.amountOre)) {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/amountOre', rule: 'invalid' }]);
      }
      return deps.transaction(async ({ store }) => {
        const original = await store.transferById(request.municipalityId, request.reversesTransferId);
        if (!original) throw new AppError('NOT_FOUND');
        const early = await replayOf(store, request, original.id);
        if (early) return early;
        const accounts = await store.lockAccounts(request.municipalityId, [
          original.debitAccountId,
          original.creditAccountId,
        ]);
        const replay = await replayOf(store, request, original.id);
        if (replay) return replay;
        const left = original.amountOre - (await store.reversedOre(request.municipalityId, original.id));
        if (request.amountOre > left) {
          throw new AppError('VALIDATION_FAILED', {}, [
            { field: 'body/amountOre', rule: 'maximum', params: { limit: left } },
          ]);
        }
        const from = accounts.find((a) => a.id === original.creditAccountId);
        if (!from) throw new AppError('NOT_FOUND');
        checkFunds(from, request.amountOre);
        const transfer = await store.insertTransfer({
          municipalityId: request.municipalityId,
          idempotencyKey: request.idempotencyKey,
          debitAccountId: original.creditAccountId,
          creditAccountId: original.debitAccountId,
          amountOre: request.amountOre,
          reason: 'reversal',
          reversesId: original.id,
          activityId: original.activityId,
          enrolmentId: original.enrolmentId,
          paymentRequestId: original.paymentRequestId,
          createdBy: request.createdBy,
        });
        if (transfer) return { transfer, replayed: false };
        const raced = await replayOf(store, request, original.id);
        if (!raced) throw new AppError('CONFLICT');
        return raced;
      });
    },

    /** Locks accounts until the transaction ends and answers their balances (call inside a use case). */
    lock(municipalityId: number, accountIds: readonly string[]): Promise<AccountRow[]> {
      return deps.transaction(({ store }) => store.lockAccounts(municipalityId, accountIds));
    },

    /** The transfers of an enrolment's money, oldest first. */
    ofEnrolment(municipalityId: number, enrolmentId: string) {
      return deps.store.transfersOfEnrolment(municipalityId, enrolmentId);
    },

    /** The transfers of a payment request's money, oldest first. */
    ofPaymentRequest(municipalityId: number, paymentRequestId: string) {
      return deps.store.transfersOfPaymentRequest(municipalityId, paymentRequestId);
    },

    /** Transfers to or from accounts, newest first, with the activity each paid. */
    history(municipalityId: number, accountIds: readonly string[], limit = 200) {
      return deps.store.transfersOfAccounts(municipalityId, accountIds, limit);
    },

    /** Recomputes every balance from its transfers and checks that each municipality's accounts sum to zero. */
    check(municipalityId?: number): Promise<LedgerCheckReport> {
      return deps.store.check(municipalityId);
    },
  };
}

export type LedgerService = ReturnType<typeof createLedgerService>;

/** Whether a ledger check found nothing wrong. */
export function ledgerHolds(report: LedgerCheckReport): boolean {
  return (
    report.balanceMismatches.length === 0 &&
    report.unbalancedMunicipalities.length === 0 &&
    report.negativeCards.length === 0 &&
    report.badReversals.length === 0
  );
}
