import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../../errors.ts';
import { errorResponses } from '../../http/errors.ts';
import { IsoDate, KommunenummerParams, Nullable, Uuid } from '../../http/schemas.ts';
import type { BatchRow, BatchView, PayoutService, PayoutSettings } from './service.ts';

const BATCH_STATUSES = ['prepared', 'approved', 'sent', 'paid'] as const;

const PayoutSettingsSchema = Type.Object(
  {
    debtorAccount: Type.String({ description: "The municipality's account number (11 digits)" }),
    debtorName: Type.String(),
    organisationNumber: Type.String(),
    debitLedgerAccount: Type.String({ description: 'Accounting export: the ledger account debited' }),
    creditLedgerAccount: Type.String({ description: 'Accounting export: the ledger account credited' }),
    costCentre: Type.String(),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'PayoutSettings' },
);

const HeldBack = Type.Object({ providerId: Type.String(), name: Type.String(), amountOre: Type.Integer() });

const PayoutBatchSummary = Type.Object(
  {
    id: Type.Integer(),
    status: Type.Enum([...BATCH_STATUSES]),
    upTo: IsoDate,
    messageId: Type.String({ description: "The payout file's message id" }),
    totalOre: Type.Integer(),
    itemCount: Type.Integer(),
    heldBack: Type.Array(HeldBack, { description: 'Providers owed money but without a valid account number' }),
    preparedBy: Type.String(),
    preparedAt: Type.String({ format: 'date-time' }),
    approvedBy: Nullable(Type.String()),
    approvedAt: Nullable(Type.String({ format: 'date-time' })),
    executionDate: Nullable(IsoDate),
    sentAt: Nullable(Type.String({ format: 'date-time' })),
    paidOn: Nullable(IsoDate),
    bankReference: Nullable(Type.String()),
  },
  { $id: 'PayoutBatchSummary' },
);

const PayoutBatch = Type.Object(
  {
    ...PayoutBatchSummary.properties,
    items: Type.Array(
      Type.Object({
        providerId: Type.String(),
        providerName: Type.String(),
        endToEndId: Type.String(),
        amountOre: Type.Integer(),
        creditorAccount: Type.String(),
        status: Type.Enum(['pending', 'paid', 'rejected']),
        rejectReason: Nullable(Type.String()),
        paidOn: Nullable(IsoDate),
        bankReference: Nullable(Type.String()),
        transferIds: Type.Array(Type.Integer(), { description: 'The ledger transfers the payment covers' }),
      }),
    ),
  },
  { $id: 'PayoutBatch' },
);

const PaymentPayout = Type.Object(
  {
    enrolmentId: Nullable(Type.String()),
    activityTitle: Nullable(Type.String()),
    amountOre: Type.Integer({ description: 'What the provider received for the place (never how it was paid)' }),
    receivedAt: Type.String({ format: 'date-time' }),
    status: Type.Enum(['pending', 'in_batch', 'paid']),
    batchId: Nullable(Type.Integer()),
    batchStatus: Nullable(Type.Enum([...BATCH_STATUSES])),
    paidOn: Nullable(IsoDate),
    bankReference: Nullable(Type.String()),
  },
  { $id: 'PaymentPayout' },
);

export const payoutSchemas = [PayoutSettingsSchema, PayoutBatchSummary, PayoutBatch, PaymentPayout];

const BatchParams = Type.Object({
  kommunenummer: KommunenummerParams.properties.kommunenummer,
  batchId: Type.String({ pattern: '^[1-9][0-9]{0,14}$' }),
});
const ProviderParams = Type.Object({ kommunenummer: KommunenummerParams.properties.kommunenummer, providerId: Uuid });

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

function toSummary(batch: BatchRow) {
  return {
    id: batch.id,
    status: batch.status,
    upTo: batch.upTo,
    messageId: batch.messageId,
    totalOre: batch.totalOre,
    itemCount: batch.itemCount,
    heldBack: batch.heldBack,
    preparedBy: batch.preparedBy,
    preparedAt: batch.preparedAt.toISOString(),
    approvedBy: batch.approvedBy,
    approvedAt: iso(batch.approvedAt),
    executionDate: batch.executionDate,
    sentAt: iso(batch.sentAt),
    paidOn: batch.paidOn,
    bankReference: batch.bankReference,
  };
}

function toBatch(batch: BatchView) {
  return {
    ...toSummary(batch),
    items: batch.items.map((i) => ({
      providerId: i.providerId,
      providerName: i.providerName,
      endToEndId: i.endToEndId,
      amountOre: i.amountOre,
      creditorAccount: i.creditorAccount,
      status: i.status,
      rejectReason: i.rejectReason,
      paidOn: i.paidOn,
      bankReference: i.bankReference,
      transferIds: i.transferIds,
    })),
  };
}

function toSettings(s: PayoutSettings) {
  return { ...s, updatedAt: s.updatedAt.toISOString() };
}

export interface PayoutRouteOptions {
  payouts: PayoutService;
}

/** Payout settings, batches, their files and the bank's answers (municipality); payout status (provider). */
export const payoutRoutes: FastifyPluginAsyncTypebox<PayoutRouteOptions> = async (app, { payouts }) => {
  // The bank's status report is uploaded as XML (this plugin's routes only).
  app.addContentTypeParser(
    ['application/xml', 'text/xml'],
    { parseAs: 'string', bodyLimit: 20 * 1024 * 1024 },
    (_request, body, done) => done(null, body),
  );
  const base = '/municipalities/:kommunenummer';
  const batchUrl = `${base}/payout-batches/:batchId`;

  app.get(
    `${base}/payout-settings`,
    {
      config: { permission: 'payout.manage' },
      schema: {
        tags: ['payouts'],
        summary: "The municipality's payout settings (null until set)",
        params: KommunenummerParams,
        response: { 200: Nullable(Type.Ref('PayoutSettings')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const s = await payouts.settings(request.actor);
      return s ? toSettings(s) : null;
    },
  );

  app.put(
    `${base}/payout-settings`,
    {
      config: { permission: 'payout.manage' },
      schema: {
        tags: ['payouts'],
        summary: "Set the municipality's account, name, organisation number and accounting codes for payouts",
        params: KommunenummerParams,
        body: Type.Object(
          {
            debtorAccount: Type.String({ minLength: 11, maxLength: 14 }),
            debtorName: Type.String({ minLength: 1, maxLength: 140 }),
            organisationNumber: Type.String({ minLength: 9, maxLength: 11 }),
            debitLedgerAccount: Type.String({ minLength: 1, maxLength: 20, pattern: '^[0-9A-Za-z._-]+$' }),
            creditLedgerAccount: Type.String({ minLength: 1, maxLength: 20, pattern: '^[0-9A-Za-z._-]+$' }),
            costCentre: Type.Optional(Type.String({ maxLength: 20, pattern: '^[0-9A-Za-z._-]*$' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Ref('PayoutSettings'), ...errorResponses(400, 401, 403, 404) },
      },
    },
    async (request) => toSettings(await payouts.saveSettings(request.actor, request.body)),
  );

  app.get(
    `${base}/payout-batches`,
    {
      config: { permission: 'payout.manage' },
      schema: {
        tags: ['payouts'],
        summary: 'Payout batches, newest first',
        params: KommunenummerParams,
        response: { 200: Type.Array(Type.Ref('PayoutBatchSummary')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => (await payouts.list(request.actor)).map(toSummary),
  );

  app.post(
    `${base}/payout-batches`,
    {
      config: { permission: 'payout.manage' },
      schema: {
        tags: ['payouts'],
        summary: 'Prepare a batch of everything payable to providers up to the end of a day (Europe/Oslo)',
        description:
          'One item per provider. Providers without a valid account number are listed as held back. Another ' +
          'administrator approves the batch.',
        params: KommunenummerParams,
        body: Type.Object({ upTo: IsoDate }, { additionalProperties: false }),
        response: { 201: Type.Ref('PayoutBatch'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const tenant = request.tenant;
      if (!tenant) throw new AppError('MUNICIPALITY_NOT_FOUND');
      const batch = await payouts.prepare(request.actor, {
        upTo: request.body.upTo,
        kommunenummer: tenant.kommunenummer,
      });
      return reply.code(201).send(toBatch(batch));
    },
  );

  app.get(
    batchUrl,
    {
      config: { permission: 'payout.manage' },
      schema: {
        tags: ['payouts'],
        summary: 'A payout batch with its items',
        params: BatchParams,
        response: { 200: Type.Ref('PayoutBatch'), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) => toBatch(await payouts.get(request.actor, Number(request.params.batchId))),
  );

  app.post(
    `${batchUrl}/approve`,
    {
      config: { permission: 'payout.manage' },
      schema: {
        tags: ['payouts'],
        summary: 'Approve a prepared batch (another administrator than the one who prepared it); the money moves',
        params: BatchParams,
        response: { 200: Type.Ref('PayoutBatch'), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => toBatch(await payouts.approve(request.actor, Number(request.params.batchId))),
  );

  app.get(
    `${batchUrl}/pain001`,
    {
      config: { permission: 'payout.manage' },
      schema: {
        tags: ['payouts'],
        summary: 'The payout file of an approved batch (ISO 20022 pain.001.001.03)',
        params: BatchParams,
        produces: ['application/xml'],
        response: { 200: Type.String(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const file = await payouts.paymentFile(request.actor, Number(request.params.batchId));
      return reply
        .type('application/xml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.xml);
    },
  );

  app.get(
    `${batchUrl}/accounting.csv`,
    {
      config: { permission: 'payout.manage' },
      schema: {
        tags: ['payouts'],
        summary: "The accounting export of an approved batch (CSV with the municipality's account codes)",
        params: BatchParams,
        produces: ['text/csv'],
        response: { 200: Type.String(), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const file = await payouts.accountingExport(request.actor, Number(request.params.batchId));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.csv);
    },
  );

  app.post(
    `${batchUrl}/sent`,
    {
      config: { permission: 'payout.manage' },
      schema: {
        tags: ['payouts'],
        summary: 'Mark an approved batch as sent to the bank',
        params: BatchParams,
        response: { 200: Type.Ref('PayoutBatch'), ...errorResponses(401, 403, 404, 409) },
      },
    },
    async (request) => toBatch(await payouts.markSent(request.actor, Number(request.params.batchId))),
  );

  app.post(
    `${batchUrl}/paid`,
    {
      config: { permission: 'payout.manage' },
      schema: {
        tags: ['payouts'],
        summary: 'Mark a batch as paid by the bank on a day, with its reference',
        params: BatchParams,
        body: Type.Object(
          { paidOn: IsoDate, bankReference: Type.String({ minLength: 1, maxLength: 100 }) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Ref('PayoutBatch'), ...errorResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request) => toBatch(await payouts.markPaid(request.actor, Number(request.params.batchId), request.body)),
  );

  app.post(
    `${batchUrl}/status-reports`,
    {
      config: { permission: 'payout.manage' },
      schema: {
        tags: ['payouts'],
        summary: "Import the bank's status report (pain.002.001.03) for a batch",
        description:
          'Accepted payments are paid. A rejected payment goes back to the provider (its payout is reversed and ' +
          'its payments are included in the next batch), and the provider is asked to check its account number.',
        params: BatchParams,
        consumes: ['application/xml', 'text/xml'],
        body: Type.String({ minLength: 1 }),
        response: {
          200: Type.Object({
            batch: Type.Ref('PayoutBatchSummary'),
            paid: Type.Integer(),
            rejected: Type.Integer(),
            open: Type.Integer(),
          }),
          ...errorResponses(400, 401, 403, 404, 409, 415),
        },
      },
    },
    async (request) => {
      const result = await payouts.importStatusReport(request.actor, Number(request.params.batchId), request.body);
      return { ...result, batch: toSummary(result.batch) };
    },
  );

  app.get(
    `${base}/providers/:providerId/payouts`,
    {
      config: { permission: 'provider.manage' },
      schema: {
        tags: ['payouts'],
        summary: 'For each payment to the provider: pending, in a batch, or paid (date and bank reference)',
        params: ProviderParams,
        response: { 200: Type.Array(Type.Ref('PaymentPayout')), ...errorResponses(401, 403, 404) },
      },
    },
    async (request) =>
      (await payouts.providerPayouts(request.actor, request.params.providerId)).map((p) => ({
        ...p,
        receivedAt: p.receivedAt.toISOString(),
      })),
  );
};
