import type { UseCaseTransaction } from '../../db/transaction.ts';
import type { Actor } from '../../domain/access.ts';
import { isIsoDate, osloDate } from '../../domain/age.ts';
import { isValidBankAccount } from '../../domain/bank-account.ts';
import { formatKroner } from '../../domain/ledger.ts';
import { isValidOrganisationNumber } from '../../domain/organisation-number.ts';
import {
  osloDayEnd,
  payoutEndToEndId,
  payoutMessageId,
  payoutRemittanceText,
  splitPayout,
} from '../../domain/payout.ts';
import { AppError, type FieldError } from '../../errors.ts';
import { formatOre, pain001ToString } from '../../integrations/bank/pain001.ts';
import { parsePain002, paymentOutcomes, StatusReportError } from '../../integrations/bank/pain002.ts';
import type { EnqueueMail } from '../../integrations/mail/message.ts';
import type { AuditService } from '../audit/service.ts';
import type { LedgerService } from '../cards/ledger-service.ts';
import { actorReference, municipalityOf } from '../cards/service.ts';
import { toCsv } from './csv.ts';
import type { BatchRow, ItemRow, PayoutSettings, PayoutStore } from './store.ts';

export type { BatchRow, ItemRow, PayoutSettings } from './store.ts';

type Scope = { store: PayoutStore; ledger: LedgerService; audit: AuditService; enqueueMail: EnqueueMail };

export interface PayoutServiceDeps extends Scope {
  /** A use case's writes (batch rows, transfers, audit entry, e-mail) as one transaction. */
  transaction: UseCaseTransaction<Scope>;
  now?: () => Date;
}

export interface SettingsInput {
  debtorAccount: string;
  debtorName: string;
  organisationNumber: string;
  debitLedgerAccount: string;
  creditLedgerAccount: string;
  costCentre?: string;
}

export interface BatchView extends BatchRow {
  items: (ItemRow & { providerName: string })[];
}

/** Where the payout of one payment to a provider stands; never how the payment was split. */
export interface PaymentPayoutStatus {
  enrolmentId: string | null;
  activityTitle: string | null;
  amountOre: number;
  receivedAt: Date;
  status: 'pending' | 'in_batch' | 'paid';
  batchId: number | null;
  batchStatus: 'prepared' | 'approved' | 'sent' | 'paid' | null;
  paidOn: string | null;
  bankReference: string | null;
}

export interface StatusReportResult {
  batch: BatchRow;
  paid: number;
  rejected: number;
  open: number;
}

/**
 * Payouts to providers: a municipality administrator prepares a batch of everything payable up to a day, a second
 * administrator approves it (the money moves to the payment clearing account), the payout file and the accounting
 * export are downloaded, and the bank's answers mark the payments paid or send them back to payable.
 */
export function createPayoutService(deps: PayoutServiceDeps) {
  const now = deps.now ?? (() => new Date());

  async function view(store: PayoutStore, batch: BatchRow): Promise<BatchView> {
    const items = await store.items(batch.municipalityId, batch.id);
    const providers = await store.providers(
      batch.municipalityId,
      items.map((i) => i.providerId),
    );
    const names = new Map(providers.map((p) => [p.providerId, p.name]));
    return { ...batch, items: items.map((i) => ({ ...i, providerName: names.get(i.providerId) ?? '' })) };
  }

  async function batchOf(store: PayoutStore, municipalityId: number, batchId: number, lock = false) {
    const batch = await store.batch(municipalityId, batchId, lock);
    if (!batch) throw new AppError('PAYOUT_BATCH_NOT_FOUND');
    return batch;
  }

  async function settingsOf(store: PayoutStore, municipalityId: number): Promise<PayoutSettings> {
    const settings = await store.settings(municipalityId);
    if (!settings) throw new AppError('PAYOUT_SETTINGS_MISSING');
    return settings;
  }

  return {
    async settings(actor: Actor): Promise<PayoutSettings | null> {
      return (await deps.store.settings(municipalityOf(actor))) ?? null;
    },

    async saveSettings(actor: Actor, input: SettingsInput): Promise<PayoutSettings> {
      const municipalityId = municipalityOf(actor);
      const fields: FieldError[] = [];
      const account = input.debtorAccount.replace(/[ .]/g, '');
      if (!isValidBankAccount(account)) fields.push({ field: 'body/debtorAccount', rule: 'bankAccount' });
      const organisationNumber = input.organisationNumber.replace(/ /g, '');
      if (!isValidOrganisationNumber(organisationNumber)) {
        fields.push({ field: 'body/organisationNumber', rule: 'organisationNumber' });
      }
      if (input.debtorName.trim() === '') fields.push({ field: 'body/debtorName', rule: 'required' });
      if (fields.length > 0) throw new AppError('VALIDATION_FAILED', {}, fields);
      return deps.transaction(async ({ store, audit }) => {
        await store.saveSettings({
          municipalityId,
          debtorAccount: account,
          debtorName: input.debtorName.trim(),
          organisationNumber,
          debitLedgerAccount: input.debitLedgerAccount.trim(),
          creditLedgerAccount: input.creditLedgerAccount.trim(),
          costCentre: (input.costCentre ?? '').trim(),
          updatedBy: actorReference(actor),
        });
        await audit.record(actor, { municipalityId, action: 'payout.settings', details: {} });
        return settingsOf(store, municipalityId);
      });
    },

    /**
     * Prepares a batch of everything payable to providers up to the end of a day (Europe/Oslo): one item per
     * provider with a valid account number; the others are listed as held back and keep their money payable.
     */
    async prepare(actor: Actor, input: { upTo: string; kommunenummer: string }): Promise<BatchView> {
      const municipalityId = municipalityOf(actor);
      // The platform's money starts long after 2000; older dates (and the calendar's far past) are not payout days.
      if (!isIsoDate(input.upTo) || input.upTo < '2000-01-01') {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/upTo', rule: 'format' }]);
      }
      if (input.upTo > osloDate(now())) {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/upTo', rule: 'notInFuture' }]);
      }
      const { kommunenummer } = input;
      const before = osloDayEnd(input.upTo);
      return deps.transaction(async ({ store, audit }) => {
        await settingsOf(store, municipalityId);
        const candidates = await store.providersWithOpenTransfers(municipalityId, before);
        const providers = await store.providers(municipalityId, candidates);
        const payable = providers.filter((p) => p.bankAccount !== null && isValidBankAccount(p.bankAccount));
        const batchId = await store.insertBatch({
          municipalityId,
          upTo: input.upTo,
          preparedBy: actorReference(actor),
          messageIdOf: (id) => payoutMessageId(kommunenummer, id),
        });
        // Only providers that can be paid have their transfers taken; the others' stay open for a later batch.
        const claimed = await store.claimTransfers(
          municipalityId,
          batchId,
          payable.map((p) => p.providerId),
          before,
        );
        const split = splitPayout(claimed, providers);
        await store.unclaim(municipalityId, batchId, split.carried);
        // What the held-back providers are owed (their transfers were not taken; sum them as a batch would).
        const heldBackIds = providers.filter((p) => !payable.includes(p)).map((p) => p.providerId);
        const owed = await store.openSums(municipalityId, heldBackIds, before);
        const names = new Map(providers.map((p) => [p.providerId, p.name]));
        const heldBack = owed
          .filter((o) => o.amountOre > 0)
          .map((o) => ({ providerId: o.providerId, name: names.get(o.providerId) ?? '', amountOre: o.amountOre }));
        if (split.paid.length === 0) throw new AppError('PAYOUT_NOTHING_PAYABLE', { upTo: input.upTo });
        const byId = new Map(providers.map((p) => [p.providerId, p]));
        await store.insertItems(
          split.paid.map((p, index) => ({
            municipalityId,
            batchId,
            providerId: p.providerId,
            endToEndId: payoutEndToEndId(kommunenummer, batchId, index + 1),
            amountOre: p.amountOre,
            creditorName: byId.get(p.providerId)?.name ?? '',
            creditorAccount: byId.get(p.providerId)?.bankAccount ?? '',
          })),
        );
        const totalOre = split.paid.reduce((sum, p) => sum + p.amountOre, 0);
        await store.updateBatch(municipalityId, batchId, { totalOre, itemCount: split.paid.length, heldBack });
        await audit.record(actor, {
          municipalityId,
          action: 'payout.prepare',
          details: { batchId, upTo: input.upTo, totalOre, items: split.paid.length, heldBack: heldBack.length },
        });
        return view(store, await batchOf(store, municipalityId, batchId));
      });
    },

    /**
     * Approves a prepared batch (a second administrator): the batch is fixed and each provider's money moves from
     * its payable account to the payment clearing account, once per batch and provider.
     */
    async approve(actor: Actor, batchId: number): Promise<BatchView> {
      const municipalityId = municipalityOf(actor);
      const by = actorReference(actor);
      return deps.transaction(async ({ store, ledger, audit }) => {
        const batch = await batchOf(store, municipalityId, batchId, true);
        if (batch.status !== 'prepared') throw new AppError('PAYOUT_BATCH_STATE', { status: batch.status });
        if (batch.preparedBy === by) throw new AppError('PAYOUT_FOUR_EYES');
        const clearing = await ledger.ensureAccount({ municipalityId, kind: 'payment_clearing' });
        for (const item of await store.items(municipalityId, batchId)) {
          const payable = await ledger.ensureAccount({
            municipalityId,
            kind: 'provider_payable',
            providerId: item.providerId,
          });
          const { transfer } = await ledger.transfer({
            municipalityId,
            idempotencyKey: `payout:${batchId}:${item.providerId}`,
            debitAccountId: payable.id,
            creditAccountId: clearing.id,
            amountOre: item.amountOre,
            reason: 'payout',
            createdBy: by,
          });
          await store.updateItem(municipalityId, batchId, item.providerId, { payoutTransferId: transfer.id });
        }
        const at = now();
        await store.updateBatch(municipalityId, batchId, {
          status: 'approved',
          approvedBy: by,
          approvedAt: at,
          executionDate: osloDate(at),
        });
        await audit.record(actor, {
          municipalityId,
          action: 'payout.approve',
          details: { batchId, totalOre: batch.totalOre, items: batch.itemCount },
        });
        return view(store, await batchOf(store, municipalityId, batchId));
      });
    },

    async list(actor: Actor): Promise<BatchRow[]> {
      return deps.store.batches(municipalityOf(actor));
    },

    async get(actor: Actor, batchId: number): Promise<BatchView> {
      return view(deps.store, await batchOf(deps.store, municipalityOf(actor), batchId));
    },

    /** The payout file (pain.001.001.03) of an approved batch. Audited. */
    async paymentFile(actor: Actor, batchId: number): Promise<{ fileName: string; xml: string }> {
      const municipalityId = municipalityOf(actor);
      return deps.transaction(async ({ store, audit }) => {
        const batch = await batchOf(store, municipalityId, batchId);
        if (batch.status === 'prepared') throw new AppError('PAYOUT_BATCH_STATE', { status: batch.status });
        const settings = await settingsOf(store, municipalityId);
        const items = await store.items(municipalityId, batchId);
        const xml = pain001ToString({
          messageId: batch.messageId,
          createdAt: batch.approvedAt ?? batch.preparedAt,
          municipality: {
            name: settings.debtorName,
            organisationNumber: settings.organisationNumber,
            account: settings.debtorAccount,
          },
          requestedExecutionDate: batch.executionDate ?? osloDate(now()),
          payments: items.map((item) => ({
            endToEndId: item.endToEndId,
            amountOre: item.amountOre,
            creditorName: item.creditorName,
            creditorAccount: item.creditorAccount,
            remittance:
              item.kid !== null
                ? { kind: 'kid' as const, kid: item.kid }
                : { kind: 'text' as const, text: payoutRemittanceText(item.endToEndId, batch.upTo) },
          })),
        });
        await audit.record(actor, { municipalityId, action: 'payout.file', details: { batchId, kind: 'pain001' } });
        return { fileName: `${batch.messageId}.xml`, xml };
      });
    },

    /** The accounting export of an approved batch: one line per provider with the municipality's codes. Audited. */
    async accountingExport(actor: Actor, batchId: number): Promise<{ fileName: string; csv: string }> {
      const municipalityId = municipalityOf(actor);
      return deps.transaction(async ({ store, audit }) => {
        const batch = await batchOf(store, municipalityId, batchId);
        if (batch.status === 'prepared') throw new AppError('PAYOUT_BATCH_STATE', { status: batch.status });
        const settings = await settingsOf(store, municipalityId);
        const items = await store.items(municipalityId, batchId);
        const date = batch.executionDate ?? '';
        const csv = toCsv([
          [
            'date',
            'batch',
            'end_to_end_id',
            'provider',
            'account_number',
            'debit_account',
            'credit_account',
            'cost_centre',
            'amount_nok',
            'amount_ore',
            'text',
          ],
          ...items.map((item) => [
            date,
            batch.messageId,
            item.endToEndId,
            item.creditorName,
            item.creditorAccount,
            settings.debitLedgerAccount,
            settings.creditLedgerAccount,
            settings.costCentre,
            formatOre(item.amountOre).replace('.', ','),
            item.amountOre,
            payoutRemittanceText(item.endToEndId, batch.upTo),
          ]),
        ]);
        await audit.record(actor, { municipalityId, action: 'payout.file', details: { batchId, kind: 'csv' } });
        return { fileName: `${batch.messageId}.csv`, csv };
      });
    },

    /** The file went to the bank. */
    async markSent(actor: Actor, batchId: number): Promise<BatchView> {
      const municipalityId = municipalityOf(actor);
      return deps.transaction(async ({ store, audit }) => {
        const batch = await batchOf(store, municipalityId, batchId, true);
        if (batch.status !== 'approved') throw new AppError('PAYOUT_BATCH_STATE', { status: batch.status });
        await store.updateBatch(municipalityId, batchId, {
          status: 'sent',
          sentBy: actorReference(actor),
          sentAt: now(),
        });
        await audit.record(actor, { municipalityId, action: 'payout.sent', details: { batchId } });
        return view(store, await batchOf(store, municipalityId, batchId));
      });
    },

    /** The bank paid the whole batch on a day, with its reference. */
    async markPaid(
      actor: Actor,
      batchId: number,
      input: { paidOn: string; bankReference: string },
    ): Promise<BatchView> {
      const municipalityId = municipalityOf(actor);
      if (!isIsoDate(input.paidOn)) {
        throw new AppError('VALIDATION_FAILED', {}, [{ field: 'body/paidOn', rule: 'format' }]);
      }
      return deps.transaction(async ({ store, audit }) => {
        const batch = await batchOf(store, municipalityId, batchId, true);
        if (batch.status !== 'approved' && batch.status !== 'sent') {
          throw new AppError('PAYOUT_BATCH_STATE', { status: batch.status });
        }
        for (const item of await store.items(municipalityId, batchId)) {
          if (item.status !== 'pending') continue;
          await store.updateItem(municipalityId, batchId, item.providerId, {
            status: 'paid',
            paidOn: input.paidOn,
            bankReference: input.bankReference,
          });
        }
        await store.updateBatch(municipalityId, batchId, {
          status: 'paid',
          paidOn: input.paidOn,
          bankReference: input.bankReference,
        });
        await audit.record(actor, {
          municipalityId,
          action: 'payout.paid',
          details: { batchId, paidOn: input.paidOn, bankReference: input.bankReference },
        });
        return view(store, await batchOf(store, municipalityId, batchId));
      });
    },

    /**
     * Reads the bank's status report (pain.002) for a batch: accepted payments are paid; a rejected payment goes
     * back to the provider's payable account (a reversal of its payout), its transfers are freed for the next
     * batch, and the provider is asked by e-mail to check its account number. One transaction.
     */
    async importStatusReport(actor: Actor, batchId: number, xml: string): Promise<StatusReportResult> {
      const municipalityId = municipalityOf(actor);
      let report: ReturnType<typeof parsePain002>;
      try {
        report = parsePain002(xml);
      } catch (error) {
        if (error instanceof StatusReportError) throw new AppError('PAYOUT_REPORT_UNREADABLE');
        throw error;
      }
      const by = actorReference(actor);
      return deps.transaction(async ({ store, ledger, audit, enqueueMail }) => {
        const batch = await batchOf(store, municipalityId, batchId, true);
        if (batch.status === 'prepared') throw new AppError('PAYOUT_BATCH_STATE', { status: batch.status });
        if (report.originalMessageId !== batch.messageId) throw new AppError('PAYOUT_REPORT_OTHER_BATCH');
        const items = await store.items(municipalityId, batchId);
        const outcomes = paymentOutcomes(
          report,
          items.map((i) => i.endToEndId),
        );
        const providers = new Map(
          (
            await store.providers(
              municipalityId,
              items.map((i) => i.providerId),
            )
          ).map((p) => [p.providerId, p]),
        );
        const paidOn = isIsoDate(report.createdAt.slice(0, 10)) ? report.createdAt.slice(0, 10) : osloDate(now());
        let paid = 0;
        let rejected = 0;
        for (const item of items) {
          const outcome = outcomes.get(item.endToEndId);
          if (!outcome || item.status !== 'pending' || outcome.outcome === 'pending') continue;
          if (outcome.outcome === 'accepted') {
            await store.updateItem(municipalityId, batchId, item.providerId, {
              status: 'paid',
              paidOn,
              bankReference: report.messageId.slice(0, 100),
            });
            paid++;
            continue;
          }
          if (item.payoutTransferId === null) continue;
          const reason = outcome.reasons
            .map((r) => [r.code ?? r.proprietary, r.text].filter(Boolean).join(' '))
            .join('; ');
          const { transfer } = await ledger.reverse({
            municipalityId,
            idempotencyKey: `payout:${batchId}:${item.providerId}:rejected`,
            reversesTransferId: item.payoutTransferId,
            amountOre: item.amountOre,
            createdBy: by,
          });
          await store.updateItem(municipalityId, batchId, item.providerId, {
            status: 'rejected',
            reversalTransferId: transfer.id,
            rejectReason: (reason || outcome.status).slice(0, 500),
          });
          await store.releaseTransfers(municipalityId, batchId, item.providerId);
          const provider = providers.get(item.providerId);
          if (provider?.email) {
            await enqueueMail(
              {
                to: provider.email,
                language: 'nb',
                subject: 'Utbetaling fra fritidskortet ble avvist av banken',
                text:
                  `Hei ${provider.name},\n\n` +
                  `Banken avviste utbetalingen på ${formatKroner(item.amountOre)} (referanse ${item.endToEndId}) ` +
                  `til kontonummer ${item.creditorAccount}.\n` +
                  `Kontroller kontonummeret i profilen deres. Beløpet blir med i neste utbetaling.\n`,
              },
              { municipalityId, reference: `payout:${batchId}:${item.providerId}:rejected` },
            );
          }
          rejected++;
        }
        const after = await store.items(municipalityId, batchId);
        const open = after.filter((i) => i.status === 'pending').length;
        if (open === 0 && batch.status !== 'paid') {
          await store.updateBatch(municipalityId, batchId, {
            status: 'paid',
            paidOn,
            bankReference: report.messageId.slice(0, 100),
          });
        }
        await audit.record(actor, {
          municipalityId,
          action: 'payout.import',
          details: { batchId, reportMessageId: report.messageId, paid, rejected, open },
        });
        return { batch: await batchOf(store, municipalityId, batchId), paid, rejected, open };
      });
    },

    /**
     * The payments credited to one of the provider admin's providers, each with where its payout stands: pending,
     * in a batch, or paid. A place paid by a card and by the family is one line with one amount.
     */
    async providerPayouts(actor: Actor, providerId: string): Promise<PaymentPayoutStatus[]> {
      const membership = actor.membership;
      if (!membership?.providerIds.includes(providerId)) throw new AppError('FORBIDDEN');
      const rows = await deps.store.providerPayments(membership.municipalityId, providerId);
      const rank = { pending: 0, in_batch: 1, paid: 2 } as const;
      const lines = new Map<string, PaymentPayoutStatus>();
      for (const row of rows) {
        const status: PaymentPayoutStatus['status'] =
          row.batchId === null ? 'pending' : row.itemStatus === 'paid' ? 'paid' : 'in_batch';
        const key = row.enrolmentId ?? `transfer:${row.transferId}`;
        const line = lines.get(key);
        if (!line) {
          lines.set(key, {
            enrolmentId: row.enrolmentId,
            activityTitle: row.activityTitle,
            amountOre: row.amountOre,
            receivedAt: row.createdAt,
            status,
            batchId: row.batchId,
            batchStatus: row.batchStatus,
            paidOn: status === 'paid' ? row.paidOn : null,
            bankReference: status === 'paid' ? row.bankReference : null,
          });
          continue;
        }
        line.amountOre += row.amountOre;
        if (row.createdAt < line.receivedAt) line.receivedAt = row.createdAt;
        // The line stands where its least advanced part stands.
        if (rank[status] < rank[line.status]) {
          Object.assign(line, {
            status,
            batchId: row.batchId,
            batchStatus: row.batchStatus,
            paidOn: status === 'paid' ? row.paidOn : null,
            bankReference: status === 'paid' ? row.bankReference : null,
          });
        }
      }
      await deps.audit.record(actor, {
        municipalityId: membership.municipalityId,
        action: 'payout.status.read',
        details: { providerId },
      });
      return [...lines.values()];
    },
  };
}

export type PayoutService = ReturnType<typeof createPayoutService>;
