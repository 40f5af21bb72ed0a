/**
 * Payouts through the API: the municipality's payout settings, a batch prepared by one administrator and approved
 * by another, the payout file (validated against the pain.001.001.03 schema) and the accounting export, the bank's
 * answers, batches prepared at the same time, and the provider's view of its payments. The ledger check runs
 * after every test.
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { osloDate } from '../../src/domain/age.ts';
import { bankAccountControlDigit } from '../../src/domain/bank-account.ts';
import { norwegianIban } from '../../src/domain/iban.ts';
import { writePain002 } from '../../src/integrations/bank/pain002.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { assertLedgerHolds } from '../helpers/ledger.ts';
import { type QueuedMail, queuedMail } from '../helpers/outbox.ts';
import { type Actor, type ActorName, as, asActor, buildWorld, secondAdminA, type World } from '../helpers/world.ts';
import { pain001Xsd, validateXmlWithXsd } from '../helpers/xml-schema.ts';

const A = '3301';
const MUNICIPALITY_ACCOUNT = '86011117947';

function account(firstTen: string): string {
  const digit = bankAccountControlDigit(firstTen);
  if (digit === null) throw new Error(`no control digit for ${firstTen}`);
  return `${firstTen}${digit}`;
}
const A1_ACCOUNT = account('1503123456');
const A2_ACCOUNT = account('1503654321');

let t: TestApp;
let world: World;
let admin2: Actor;
let mail: QueuedMail;
let serial = 0;
const today = osloDate();

before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
  admin2 = await secondAdminA(t, world);
  mail = queuedMail(t.database.db);
  // a1 can be paid; a2 has no account number yet. a1's long name has æøå.
  await t.database.db
    .updateTable('provider')
    .set({
      bankAccount: A1_ACCOUNT,
      email: 'kasserer@drammen-turn.example',
      name: `Drammen Turn- og idrettsforening for små og store: ${'æøå ÆØÅ '.repeat(8)}`,
    })
    .where('id', '=', world.providers.a1)
    .execute();
  await t.database.db
    .updateTable('provider')
    .set({ email: 'post@kino.example' })
    .where('id', '=', world.providers.a2)
    .execute();
});
afterEach(async () => {
  await assertLedgerHolds(t.database);
});
after(async () => {
  await t.close();
});

type Who = ActorName | Actor;

async function call(
  who: Who,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
  extra: { language?: string; contentType?: string } = {},
  // biome-ignore lint/suspicious/noExplicitAny: a test reads the answer field by field and asserts each
): Promise<{ status: number; body: any; text: string; headers: Record<string, unknown> }> {
  const headers = {
    ...(typeof who === 'string' ? as(world, who) : asActor(who)),
    'accept-language': extra.language ?? 'nb',
    ...(extra.contentType ? { 'content-type': extra.contentType } : {}),
  };
  const response = await t.app.inject({
    method,
    url,
    headers,
    ...(payload === undefined ? {} : { payload: payload as string }),
  });
  const json = response.headers['content-type']?.toString().startsWith('application/json');
  return {
    status: response.statusCode,
    body: json && response.body ? JSON.parse(response.body) : undefined,
    text: response.body,
    headers: response.headers,
  };
}

/** A payment into a provider's payable account, as an enrolment's settling makes it. */
async function pay(providerId: string, amountOre: number): Promise<number> {
  const ledger = world.services.ledger;
  const clearing = await ledger.ensureAccount({ municipalityId: world.a.id, kind: 'payment_clearing' });
  const payable = await ledger.ensureAccount({ municipalityId: world.a.id, kind: 'provider_payable', providerId });
  const { transfer } = await ledger.transfer({
    municipalityId: world.a.id,
    idempotencyKey: `test-payment:${++serial}`,
    debitAccountId: clearing.id,
    creditAccountId: payable.id,
    amountOre,
    reason: 'payment',
    createdBy: 'test',
  });
  return transfer.id;
}

/** A refund out of a provider's payable account. */
async function refund(providerId: string, amountOre: number): Promise<number> {
  const ledger = world.services.ledger;
  const clearing = await ledger.ensureAccount({ municipalityId: world.a.id, kind: 'payment_clearing' });
  const payable = await ledger.ensureAccount({ municipalityId: world.a.id, kind: 'provider_payable', providerId });
  const { transfer } = await ledger.transfer({
    municipalityId: world.a.id,
    idempotencyKey: `test-refund:${++serial}`,
    debitAccountId: payable.id,
    creditAccountId: clearing.id,
    amountOre,
    reason: 'refund',
    createdBy: 'test',
  });
  return transfer.id;
}

async function payableBalance(providerId: string): Promise<number> {
  const row = await t.database.db
    .selectFrom('ledgerAccount')
    .select('balanceOre')
    .where('municipalityId', '=', world.a.id)
    .where('kind', '=', 'provider_payable')
    .where('providerId', '=', providerId)
    .executeTakeFirst();
  return Number(row?.balanceOre ?? 0);
}

async function liveTransferIds(batchId: number): Promise<number[]> {
  const rows = await t.database.db
    .selectFrom('payoutBatchTransfer')
    .select('transferId')
    .where('municipalityId', '=', world.a.id)
    .where('batchId', '=', batchId)
    .where('releasedAt', 'is', null)
    .orderBy('transferId')
    .execute();
  return rows.map((r) => Number(r.transferId));
}

async function auditActions(): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('auditEvent')
    .select('action')
    .where('action', 'like', 'payout.%')
    .orderBy('id')
    .execute();
  return rows.map((r) => r.action);
}

const base = `/api/municipalities/${A}`;

describe('settings and preparing', () => {
  test('without settings a batch is refused; bad settings are refused, translated, and change nothing', async () => {
    const none = await call('adminA', 'POST', `${base}/payout-batches`, { upTo: today }, { language: 'en' });
    assert.equal(none.status, 409);
    assert.equal(none.body.error.code, 'PAYOUT_SETTINGS_MISSING');
    const bad = await call(
      'adminA',
      'PUT',
      `${base}/payout-settings`,
      {
        debtorAccount: '86011117948',
        debtorName: 'Drammen kommune',
        organisationNumber: '123456789',
        debitLedgerAccount: '4790',
        creditLedgerAccount: '1920',
      },
      { language: 'en' },
    );
    assert.equal(bad.status, 400);
    const fields = (bad.body.error.details as { field: string; message: string }[]).map((d) => d.field).sort();
    assert.deepEqual(fields, ['body/debtorAccount', 'body/organisationNumber']);
    assert.equal((await call('adminA', 'GET', `${base}/payout-settings`)).body, null);
    const ok = await call('adminA', 'PUT', `${base}/payout-settings`, {
      debtorAccount: '8601 11 17947',
      debtorName: 'Drammen kommune',
      organisationNumber: '974 751 968',
      debitLedgerAccount: '4790',
      creditLedgerAccount: '1920',
      costCentre: 'K-210',
    });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.debtorAccount, MUNICIPALITY_ACCOUNT);
    assert.equal(ok.body.organisationNumber, '974751968');
    const other = await call('adminB', 'GET', `${base}/payout-settings`);
    assert.equal(other.status, 403);
  });

  test('a batch with nothing payable is a clear 409, and no batch is left behind', async () => {
    const empty = await call('adminA', 'POST', `${base}/payout-batches`, { upTo: today }, { language: 'en' });
    assert.equal(empty.status, 409);
    assert.equal(empty.body.error.code, 'PAYOUT_NOTHING_PAYABLE');
    assert.match(empty.body.error.message, /nothing to pay/);
    assert.equal((await call('adminA', 'GET', `${base}/payout-batches`)).body.length, 0);
    const future = await call('adminA', 'POST', `${base}/payout-batches`, { upTo: '2999-01-01' }, { language: 'en' });
    assert.equal(future.status, 400);
    assert.equal(future.body.error.details[0].message, 'Cannot be a date in the future.');
    const ancient = await call('adminA', 'POST', `${base}/payout-batches`, { upTo: '0001-01-01' });
    assert.equal(ancient.status, 400);
  });
});

let firstBatchId = 0;

describe('a batch, four eyes, the files', () => {
  test('prepare: one item per provider net of refunds; a provider without an account is held back', async () => {
    const p1 = await pay(world.providers.a1, 30_000);
    const p2 = await pay(world.providers.a1, 12_345);
    const r1 = await refund(world.providers.a1, 5_000);
    await pay(world.providers.a2, 2_000);
    const prepared = await call('adminA', 'POST', `${base}/payout-batches`, { upTo: today });
    assert.equal(prepared.status, 201);
    const batch = prepared.body;
    firstBatchId = batch.id;
    assert.equal(batch.status, 'prepared');
    assert.equal(batch.itemCount, 1);
    assert.equal(batch.totalOre, 37_345);
    assert.equal(batch.items[0].providerId, world.providers.a1);
    assert.equal(batch.items[0].amountOre, 37_345);
    assert.deepEqual(batch.items[0].transferIds, [p1, p2, r1]);
    assert.match(batch.items[0].endToEndId, new RegExp(`^FK-${A}-B${batch.id}-1$`));
    assert.deepEqual(batch.heldBack, [{ providerId: world.providers.a2, name: 'Kino Drammen', amountOre: 2_000 }]);
    // Nothing moved yet.
    assert.equal(await payableBalance(world.providers.a1), 37_345);
  });

  test('the preparer cannot approve; another municipality does not see it; a second admin approves once', async () => {
    const url = `${base}/payout-batches/${firstBatchId}`;
    const self = await call('adminA', 'POST', `${url}/approve`, undefined, { language: 'en' });
    assert.equal(self.status, 403);
    assert.equal(self.body.error.code, 'PAYOUT_FOUR_EYES');
    assert.match(self.body.error.message, /another administrator/);
    const early = await call('adminA', 'GET', `${url}/pain001`);
    assert.equal(early.status, 409);
    assert.equal((await call('adminB', 'POST', `${url}/approve`)).status, 403);
    assert.equal((await call('adminB', 'GET', `/api/municipalities/3907/payout-batches/${firstBatchId}`)).status, 404);
    assert.equal((await call('providerAdminA', 'GET', url)).status, 403);

    const before = await payableBalance(world.providers.a1);
    const approved = await call(admin2, 'POST', `${url}/approve`);
    assert.equal(approved.status, 200);
    assert.equal(approved.body.status, 'approved');
    const after = await payableBalance(world.providers.a1);
    assert.equal(before - after, approved.body.totalOre);
    assert.equal(after, 0);
    const again = await call('adminA', 'POST', `${url}/approve`);
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'PAYOUT_BATCH_STATE');
    const payouts = await t.database.db
      .selectFrom('ledgerTransfer')
      .select(['idempotencyKey', 'amountOre'])
      .where('municipalityId', '=', world.a.id)
      .where('reason', '=', 'payout')
      .execute();
    assert.deepEqual(
      payouts.map((p) => [p.idempotencyKey, Number(p.amountOre)]),
      [[`payout:${firstBatchId}:${world.providers.a1}`, 37_345]],
    );
    // The database keeps an approved batch's items as they are.
    await assert.rejects(
      t.database.db.updateTable('payoutItem').set({ amountOre: 1 }).where('batchId', '=', firstBatchId).execute(),
    );
  });

  test('the payout file validates against the schema; its control sum is the batch total and the ledger change', async () => {
    const file = await call('adminA', 'GET', `${base}/payout-batches/${firstBatchId}/pain001`);
    assert.equal(file.status, 200);
    assert.match(String(file.headers['content-type']), /application\/xml/);
    const result = validateXmlWithXsd(file.text, pain001Xsd());
    assert.ok(result.valid, result.output);
    const doc = new XMLParser({ parseTagValue: false }).parse(file.text).Document.CstmrCdtTrfInitn;
    assert.equal(doc.GrpHdr.NbOfTxs, '1');
    assert.equal(doc.GrpHdr.CtrlSum, '373.45');
    assert.equal(doc.PmtInf.CtrlSum, '373.45');
    assert.equal(doc.PmtInf.DbtrAcct.Id.IBAN, norwegianIban(MUNICIPALITY_ACCOUNT));
    assert.equal(doc.PmtInf.DbtrAcct.Ccy, 'NOK');
    const tx = doc.PmtInf.CdtTrfTxInf;
    assert.equal(tx.CdtrAcct.Id.IBAN, norwegianIban(A1_ACCOUNT));
    assert.equal(tx.Amt.InstdAmt['#text'] ?? tx.Amt.InstdAmt, '373.45');
    assert.equal([...tx.Cdtr.Nm].length, 70);
    assert.ok(tx.Cdtr.Nm.includes('æøå'));
    assert.match(tx.RmtInf.Ustrd, new RegExp(`FK-${A}-B${firstBatchId}-1`));
  });

  test('the accounting export has one line per provider with the municipality’s codes', async () => {
    const csv = await call('adminA', 'GET', `${base}/payout-batches/${firstBatchId}/accounting.csv`);
    assert.equal(csv.status, 200);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    const lines = csv.text.trimEnd().split('\r\n');
    assert.equal(lines.length, 2);
    assert.equal(
      lines[0],
      'date;batch;end_to_end_id;provider;account_number;debit_account;credit_account;cost_centre;amount_nok;amount_ore;text',
    );
    const cells = (lines[1] ?? '').split(';');
    assert.equal(cells[0], today);
    assert.equal(cells[2], `FK-${A}-B${firstBatchId}-1`);
    assert.equal(cells[4], A1_ACCOUNT);
    assert.deepEqual(cells.slice(5, 10), ['4790', '1920', 'K-210', '373,45', '37345']);
    const actions = await auditActions();
    for (const action of ['payout.settings', 'payout.prepare', 'payout.approve', 'payout.file']) {
      assert.ok(actions.includes(action), action);
    }
  });

  test('mark sent, then paid with the date and the bank reference; the provider sees it paid, never the split', async () => {
    const url = `${base}/payout-batches/${firstBatchId}`;
    assert.equal((await call('adminA', 'POST', `${url}/paid`, { paidOn: 'x', bankReference: 'r' })).status, 400);
    const sent = await call('adminA', 'POST', `${url}/sent`);
    assert.equal(sent.body.status, 'sent');
    assert.equal((await call('adminA', 'POST', `${url}/sent`)).status, 409);
    const paid = await call('adminA', 'POST', `${url}/paid`, { paidOn: today, bankReference: 'DNB-2026-0001' });
    assert.equal(paid.status, 200);
    assert.equal(paid.body.status, 'paid');
    assert.equal(paid.body.items[0].status, 'paid');
    await pay(world.providers.a1, 1_500);
    const view = await call('providerAdminA', 'GET', `${base}/providers/${world.providers.a1}/payouts`);
    assert.equal(view.status, 200);
    const lines = view.body as { status: string; amountOre: number; paidOn: string; bankReference: string }[];
    assert.deepEqual(
      lines.map((l) => [l.status, l.amountOre]),
      [
        ['pending', 1_500],
        ['paid', 12_345],
        ['paid', 30_000],
      ],
    );
    assert.equal(lines[1]?.bankReference, 'DNB-2026-0001');
    assert.equal(lines[1]?.paidOn, today);
    assert.ok(!JSON.stringify(view.body).includes('cardOre'));
    const otherProvider = await call('providerAdminA', 'GET', `${base}/providers/${world.providers.a2}/payouts`);
    assert.equal(otherProvider.status, 403);
    const actions = await auditActions();
    assert.ok(actions.includes('payout.sent') && actions.includes('payout.paid'));
  });
});

describe('batches at the same time', () => {
  test('two prepares at once never take a transfer twice', async () => {
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push(await pay(world.providers.a1, 1_000 + i));
    const [first, second] = await Promise.all([
      call('adminA', 'POST', `${base}/payout-batches`, { upTo: today }),
      call(admin2, 'POST', `${base}/payout-batches`, { upTo: today }),
    ]);
    const made = [first, second].filter((r) => r.status === 201);
    assert.ok(made.length >= 1);
    for (const r of [first, second]) {
      if (r.status !== 201) assert.equal(r.body.error.code, 'PAYOUT_NOTHING_PAYABLE');
    }
    const taken = (await Promise.all(made.map((r) => liveTransferIds(r.body.id)))).flat();
    assert.equal(new Set(taken).size, taken.length, 'a transfer is in two batches');
    // Every open payment of a1 (the 1 500 from before and the twelve) is in exactly one of them.
    for (const id of ids) assert.ok(taken.includes(id), `transfer ${id} is in no batch`);
    const total = made.reduce((s, r) => s + r.body.totalOre, 0);
    assert.equal(total, 1_500 + ids.length * 1_000 + 66);
    assert.equal(await payableBalance(world.providers.a1), total);
    // Approve them (each by the other admin), so later tests start with nothing open for a1.
    for (const r of made) {
      const approver = r === first ? admin2 : 'adminA';
      assert.equal((await call(approver, 'POST', `${base}/payout-batches/${r.body.id}/approve`)).status, 200);
    }
    assert.equal(await payableBalance(world.providers.a1), 0);
  });
});

describe("the bank's status report", () => {
  test('a rejected payment goes back to payable, the provider is told, and the next batch includes it', async () => {
    await t.database.db
      .updateTable('provider')
      .set({ bankAccount: A2_ACCOUNT })
      .where('id', '=', world.providers.a2)
      .execute();
    const a1Payment = await pay(world.providers.a1, 4_200);
    const prepared = await call('adminA', 'POST', `${base}/payout-batches`, { upTo: today });
    assert.equal(prepared.status, 201);
    const batch = prepared.body;
    assert.deepEqual(batch.heldBack, []);
    const a2Item = batch.items.find((i: { providerId: string }) => i.providerId === world.providers.a2);
    const a1Item = batch.items.find((i: { providerId: string }) => i.providerId === world.providers.a1);
    assert.equal(a2Item.amountOre, 2_000);
    assert.deepEqual(a1Item.transferIds, [a1Payment]);
    const url = `${base}/payout-batches/${batch.id}`;
    assert.equal((await call(admin2, 'POST', `${url}/approve`)).status, 200);
    assert.equal(await payableBalance(world.providers.a2), 0);
    const file = await call('adminA', 'GET', `${url}/pain001`);
    assert.ok(validateXmlWithXsd(file.text, pain001Xsd()).valid);
    await mail.clear();

    const unreadable = await call('adminA', 'POST', `${url}/status-reports`, '<Document>', {
      contentType: 'application/xml',
      language: 'en',
    });
    assert.equal(unreadable.status, 400);
    assert.equal(unreadable.body.error.code, 'PAYOUT_REPORT_UNREADABLE');
    const report = writePain002({
      messageId: 'BANK-STS-1',
      createdAt: `${today}T10:00:00`,
      originalMessageId: batch.messageId,
      groupStatus: 'PART',
      paymentInformation: [
        {
          originalPaymentInformationId: batch.messageId,
          status: 'PART',
          transactions: [
            { originalEndToEndId: a1Item.endToEndId, status: 'ACSC' },
            { originalEndToEndId: a2Item.endToEndId, status: 'RJCT', reason: { code: 'AC04', text: 'Closed' } },
          ],
        },
      ],
    });
    const otherBatch = await call('adminA', 'POST', `${base}/payout-batches/${firstBatchId}/status-reports`, report, {
      contentType: 'application/xml',
    });
    assert.equal(otherBatch.status, 409);
    assert.equal((await mail.read()).length, 0);
    const imported = await call('adminA', 'POST', `${url}/status-reports`, report, { contentType: 'application/xml' });
    assert.equal(imported.status, 200);
    assert.deepEqual([imported.body.paid, imported.body.rejected, imported.body.open], [1, 1, 0]);
    assert.equal(imported.body.batch.status, 'paid');
    assert.equal(await payableBalance(world.providers.a2), 2_000);
    const after = (await call('adminA', 'GET', url)).body;
    const rejected = after.items.find((i: { providerId: string }) => i.providerId === world.providers.a2);
    assert.equal(rejected.status, 'rejected');
    assert.match(rejected.rejectReason, /AC04/);
    assert.deepEqual(await liveTransferIds(batch.id), [a1Payment]);
    const sent = await mail.read();
    assert.equal(sent.length, 1);
    assert.equal(sent[0]?.to, 'post@kino.example');
    assert.match(sent[0]?.text ?? '', /kontonummer/);
    // Importing the same report again changes nothing.
    const again = await call('adminA', 'POST', `${url}/status-reports`, report, { contentType: 'application/xml' });
    assert.deepEqual([again.body.paid, again.body.rejected], [0, 0]);
    assert.equal(await payableBalance(world.providers.a2), 2_000);

    const next = await call('adminA', 'POST', `${base}/payout-batches`, { upTo: today });
    assert.equal(next.status, 201);
    assert.deepEqual(
      next.body.items.map((i: { providerId: string; amountOre: number }) => [i.providerId, i.amountOre]),
      [[world.providers.a2, 2_000]],
    );
    assert.deepEqual(next.body.items[0].transferIds, a2Item.transferIds);
    assert.ok((await auditActions()).includes('payout.import'));
  });
});
