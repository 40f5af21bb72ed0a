/**
 * One use case, one transaction: every write a use case makes (its own rows, other modules' rows through their
 * services, the audit entry, the outbox) commits together or not at all.
 *
 * For each use case that writes more than one thing, the test makes each table it writes fail in turn (a trigger
 * that raises on any statement against that table) and proves that the request fails and that none of the tables
 * changed. A last run without a fault proves that every listed table is really written by the use case, so a
 * fault on it is a fault in the middle of the use case, not beside it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { bankAccountControlDigit } from '../../src/domain/bank-account.ts';
import { organisationNumberControlDigit } from '../../src/domain/organisation-number.ts';
import { EXAMPLE_SCHEMES, type SchemeInput } from '../../src/domain/scheme.ts';
import { writePain002 } from '../../src/integrations/bank/pain002.ts';
import { createNationalIdProtector } from '../../src/security/pii.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { queuedMail } from '../helpers/outbox.ts';
import { type Actor, as, asActor, buildWorld, secondAdminA, type World } from '../helpers/world.ts';
import { A } from './access-cases/case.ts';

type Method = 'POST' | 'PUT' | 'DELETE';
type Table =
  | 'provider'
  | 'role_assignment'
  | 'audit_event'
  | 'mail_outbox'
  | 'provider_invitation'
  | 'provider_news'
  | 'provider_news_recipient'
  | 'support_offer'
  | 'person'
  | 'guardianship'
  | 'guardianship_ended'
  | 'population_import'
  | 'population_import_row'
  | 'scheme'
  | 'scheme_placement'
  | 'ledger_account'
  | 'ledger_transfer'
  | 'grant_run'
  | 'enrolment'
  | 'activity'
  | 'activity_fee'
  | 'payout_settings'
  | 'payout_batch'
  | 'payout_item'
  | 'payout_batch_transfer'
  | 'ticket_offer'
  | 'ticket'
  | 'expiry_run'
  | 'expiry_extension'
  | 'ledger_correction'
  | 'payment_request';

let t: TestApp;
let world: World;

before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
  await sql`
    create function test_injected_fault() returns trigger language plpgsql as $$
    begin
      raise exception 'injected fault on %', tg_table_name;
    end $$`.execute(t.database.db);
});
after(async () => {
  await t.close();
});

/** A fingerprint of a table's whole content: any insert, update or delete changes it. */
async function fingerprint(table: Table): Promise<string> {
  const result = await sql<{ rows: number; digest: string }>`
    select count(*)::integer as rows, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as digest
      from ${sql.table(table)} x`.execute(t.database.db);
  const row = result.rows[0];
  return `${row?.rows}:${row?.digest}`;
}

async function fingerprints(tables: readonly Table[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of tables) out[table] = await fingerprint(table);
  return out;
}

/** Makes every statement against the table fail until the returned function is called. */
async function failing(table: Table): Promise<() => Promise<void>> {
  const trigger = sql.id(`test_fault_${table}`);
  await sql`create trigger ${trigger} before insert or update or delete on ${sql.table(table)}
    for each statement execute function test_injected_fault()`.execute(t.database.db);
  return async () => {
    await sql`drop trigger ${trigger} on ${sql.table(table)}`.execute(t.database.db);
  };
}

interface UseCase {
  name: string;
  /** Every table the use case writes. */
  writes: readonly Table[];
  /** Prepares what the request needs (outside the faults). */
  setup?: () => Promise<void>;
  request: () => {
    method: Method;
    url: string;
    headers: Record<string, string>;
    payload?: Record<string, unknown> | string;
  };
}

async function send(useCase: UseCase) {
  const { method, url, headers, payload } = useCase.request();
  return t.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
}

function orgnr(prefix: string): string {
  const control = organisationNumberControlDigit(prefix);
  assert.ok(control !== null);
  return `${prefix}${control}`;
}

async function pendingProvider(name: string, email: string): Promise<string> {
  const row = await t.database.db
    .insertInto('provider')
    .values({ municipalityId: world.a.id, name, kind: 'voluntary', status: 'pending', email })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('a failure at any step of a use case leaves nothing behind', () => {
  const admin = () => as(world, 'adminA');
  const providerAdmin = () => as(world, 'providerAdminA');
  let pending = '';
  let invitationToken = '';
  let invitationId = '';
  let revocableRole = '';
  let supportOfferId = '';
  let nonResident = '';
  let freshScheme = '';
  let enrolActivity = '';
  let termsActivity = '';
  let requestToPay = '';
  let requestToWithdraw = '';
  /** A payment request to childA's enrolment in the activity enrolled in above, written directly. */
  async function requestOfEnrolment(amountOre: number, sendKey: string): Promise<string> {
    const enrolment = await t.database.db
      .selectFrom('enrolment')
      .select(['id', 'childId'])
      .where('activityId', '=', enrolActivity)
      .where('childId', '=', world.people.childA.id)
      .executeTakeFirstOrThrow();
    const row = await t.database.db
      .insertInto('paymentRequest')
      .values({
        municipalityId: world.a.id,
        providerId: world.providers.a1,
        activityId: enrolActivity,
        enrolmentId: enrolment.id,
        childId: enrolment.childId,
        feeKind: 'participation',
        amountOre,
        dueDate: '2099-01-01',
        invoiceNumber: null,
        kid: null,
        sendKey,
        createdBy: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }
  let payoutBatch = 0;
  let payoutReport = '';
  let admin2: Actor | undefined;
  const latestBatch = async () => {
    const row = await t.database.db
      .selectFrom('payoutBatch')
      .select(['id', 'messageId'])
      .where('municipalityId', '=', world.a.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    return { id: Number(row.id), messageId: row.messageId };
  };
  let ticketOffer = '';
  let ticketId = '';
  let ticketCode = '';
  let correctionId = '';
  let extensionId = '';
  let expiryScheme = '';
  let secondAdmin: Actor | undefined;
  const lastYear = `${new Date().getUTCFullYear() - 1}-01-01`;
  const termsBody = () => ({
    title: 'Klatring',
    category: 'sport',
    minAge: 6,
    maxAge: 18,
    seasonStart: '2030-01-01',
    seasonEnd: '2030-06-01',
    capacity: 10,
    fees: [
      { kind: 'participation', amountOre: 40_000 },
      { kind: 'licence', amountOre: 5_000 },
    ],
  });

  /** A scheme of its own for a money use case, so its cards and grants are all new. */
  async function schemeOf(rules: SchemeInput, name: string): Promise<string> {
    const row = await t.database.db
      .insertInto('scheme')
      .values({
        municipalityId: world.a.id,
        ...rules,
        name,
        activityKinds: [...rules.activityKinds],
        feeKinds: [...rules.feeKinds],
        providerKinds: [...rules.providerKinds],
        startsOn: '2020-01-01',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** A child's card with money in a period of a scheme, granted through the ledger; answers its account. */
  async function cardWithMoney(schemeId: string, periodStart: string, amountOre: number): Promise<string> {
    const ledger = world.services.ledger;
    const municipalityId = world.a.id;
    const personId = world.people.childA.id;
    const budget = await ledger.ensureAccount({ municipalityId, kind: 'scheme_budget', schemeId, periodStart });
    const card = await ledger.ensureAccount({ municipalityId, kind: 'card', schemeId, periodStart, personId });
    await ledger.transfer({
      municipalityId,
      idempotencyKey: `grant:${schemeId}:${periodStart}:${personId}`,
      debitAccountId: budget.id,
      creditAccountId: card.id,
      amountOre,
      reason: 'grant',
      createdBy: 'test',
    });
    return card.id;
  }

  async function prepared(payload: Record<string, unknown>): Promise<string> {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/corrections`,
      headers: admin(),
      payload,
    });
    assert.equal(response.statusCode, 201, response.body);
    return (response.json() as { id: string }).id;
  }

  const useCases: UseCase[] = [
    {
      name: 'a provider registers: provider, admin role, audit entry, e-mail to the municipality',
      writes: ['provider', 'role_assignment', 'audit_event', 'mail_outbox'],
      async setup() {
        await t.database.db
          .updateTable('municipality')
          .set({ settings: sql`settings || '{"contactEmail":"fritid@drammen.example"}'::jsonb` })
          .where('id', '=', world.a.id)
          .execute();
        await t.database.db
          .insertInto('organisation')
          .values({ organisationNumber: orgnr('99777001'), name: 'FJELL IL', inVoluntaryRegister: true })
          .execute();
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/providers`,
        headers: as(world, 'guardianA'),
        payload: { organisationNumber: orgnr('99777001'), kind: 'voluntary', email: 'post@fjell.example' },
      }),
    },
    {
      name: 'the municipality approves a provider: status, audit entry, e-mail to the provider',
      writes: ['provider', 'audit_event', 'mail_outbox'],
      async setup() {
        pending = await pendingProvider('Elvelangs Sjakk', 'post@sjakk.example');
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/providers/${pending}/decision`,
        headers: admin(),
        payload: { decision: 'approve' },
      }),
    },
    {
      name: 'a provider changes its payout account: profile and two audit entries',
      writes: ['provider', 'audit_event'],
      request: () => ({
        method: 'PUT',
        url: `/api/municipalities/${A}/providers/${world.providers.a1}`,
        headers: providerAdmin(),
        payload: {
          name: 'Drammen Turn',
          description: '',
          email: 'post@drammenturn.example',
          phone: null,
          website: null,
          neighbourhoodId: null,
          socialLinks: [],
          bankAccount: '12345678903',
        },
      }),
    },
    {
      name: 'a provider invites a co-admin: invitation, audit entry, e-mail with the link',
      writes: ['provider_invitation', 'audit_event', 'mail_outbox'],
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/providers/${world.providers.a1}/invitations`,
        headers: providerAdmin(),
        payload: { name: 'Ola Kasserer', email: 'ola@example.no' },
      }),
    },
    {
      name: 'an invitee accepts: the link used, the admin role, audit entry',
      writes: ['provider_invitation', 'role_assignment', 'audit_event'],
      async setup() {
        const mail = queuedMail(t.database.db);
        await mail.clear();
        const invited = await t.app.inject({
          method: 'POST',
          url: `/api/municipalities/${A}/providers/${world.providers.a1}/invitations`,
          headers: providerAdmin(),
          payload: { name: 'Per Hansen', email: 'per@example.no' },
        });
        assert.equal(invited.statusCode, 201, invited.body);
        invitationId = invited.json().id;
        const link = /\/invitasjon\/([A-Za-z0-9_-]+)/.exec((await mail.read())[0]?.text ?? '');
        assert.ok(link?.[1]);
        invitationToken = link[1];
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/invitations/accept`,
        headers: as(world, 'otherGuardianA'),
        payload: { token: invitationToken },
      }),
    },
    {
      name: 'a provider revokes an invitation: the invitation, audit entry',
      writes: ['provider_invitation', 'audit_event'],
      async setup() {
        const invited = await t.app.inject({
          method: 'POST',
          url: `/api/municipalities/${A}/providers/${world.providers.a1}/invitations`,
          headers: providerAdmin(),
          payload: { name: 'Siv', email: 'siv@example.no' },
        });
        invitationId = invited.json().id;
      },
      request: () => ({
        method: 'DELETE',
        url: `/api/municipalities/${A}/providers/${world.providers.a1}/invitations/${invitationId}`,
        headers: providerAdmin(),
      }),
    },
    {
      name: 'the municipality sends news: the news, a row per provider, the e-mails, audit entry',
      writes: ['provider_news', 'provider_news_recipient', 'mail_outbox', 'audit_event'],
      async setup() {
        await t.database.db
          .updateTable('provider')
          .set({ email: 'post@drammenturn.example' })
          .where('id', '=', world.providers.a2)
          .execute();
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/news`,
        headers: admin(),
        payload: { subject: 'Hei', body: 'Ny søknadsfrist for utstyrsstøtte.' },
      }),
    },
    {
      name: 'an admin gives a role: the role, audit entry',
      writes: ['role_assignment', 'audit_event'],
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/roles`,
        headers: admin(),
        payload: {
          role: 'leisure_guide',
          nationalId: world.people.otherGuardianA.nationalId,
          holderName: 'Per Hansen',
        },
      }),
    },
    {
      name: 'an admin takes a role back: the role, audit entry',
      writes: ['role_assignment', 'audit_event'],
      async setup() {
        const granted = await t.app.inject({
          method: 'POST',
          url: `/api/municipalities/${A}/roles`,
          headers: admin(),
          payload: { role: 'caseworker', nationalId: world.people.guardianA.nationalId, holderName: 'Kari Nordmann' },
        });
        assert.equal(granted.statusCode, 201, granted.body);
        revocableRole = granted.json().id;
      },
      request: () => ({
        method: 'DELETE',
        url: `/api/municipalities/${A}/roles/${revocableRole}`,
        headers: admin(),
      }),
    },
    {
      name: 'an admin adds a support offer: the offer, audit entry',
      writes: ['support_offer', 'audit_event'],
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/support-offers`,
        headers: admin(),
        payload: { kind: 'equipment_lending', title: 'BUA Drammen', summary: 'Lån utstyr gratis.' },
      }),
    },
    {
      name: 'an admin removes a support offer: the offer, audit entry',
      writes: ['support_offer', 'audit_event'],
      async setup() {
        const created = await t.app.inject({
          method: 'POST',
          url: `/api/municipalities/${A}/support-offers`,
          headers: admin(),
          payload: { kind: 'support_scheme', title: 'Fritidskortet', summary: 'Støtte til kontingent.' },
        });
        supportOfferId = created.json().id;
      },
      request: () => ({
        method: 'DELETE',
        url: `/api/municipalities/${A}/support-offers/${supportOfferId}`,
        headers: admin(),
      }),
    },
    {
      name: 'a caseworker confirms residence: the person, audit entry',
      writes: ['person', 'audit_event'],
      async setup() {
        const row = await t.database.db
          .insertInto('person')
          .values({
            municipalityId: world.a.id,
            nationalIdHash: Buffer.alloc(32, 3),
            nationalIdEnc: Buffer.alloc(8),
            givenName: 'Skjult',
            familyName: 'Bosatt',
            birthDate: '2014-04-04',
            status: 'non_resident',
            addressProtection: 'fortrolig',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        nonResident = row.id;
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/people/${nonResident}/residence`,
        headers: as(world, 'caseworkerA'),
        payload: { reason: 'Bekreftet av skolen' },
      }),
    },
    {
      name: 'retention anonymises people long gone: the people, their family links, audit entry',
      writes: ['person', 'guardianship', 'audit_event'],
      async setup() {
        // A family that moved out long ago.
        const db = t.database.db;
        const [adult, child] = await db
          .insertInto('person')
          .values([
            {
              municipalityId: world.a.id,
              nationalIdHash: Buffer.alloc(32, 1),
              nationalIdEnc: Buffer.alloc(8),
              givenName: 'Gammel',
              familyName: 'Flyttet',
              birthDate: '1970-01-01',
              status: 'moved_out',
              addressProtection: 'none',
            },
            {
              municipalityId: world.a.id,
              nationalIdHash: Buffer.alloc(32, 2),
              nationalIdEnc: Buffer.alloc(8),
              givenName: 'Ung',
              familyName: 'Flyttet',
              birthDate: '2012-01-01',
              status: 'moved_out',
              addressProtection: 'none',
            },
          ])
          .returning('id')
          .execute();
        assert.ok(adult && child);
        await db
          .insertInto('guardianship')
          .values({ municipalityId: world.a.id, childId: child.id, guardianId: adult.id })
          .execute();
        await sql`update person set updated_at = now() - interval '5 years'
                   where id in (${adult.id}, ${child.id})`.execute(db);
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/retention/run`,
        headers: admin(),
        payload: {},
      }),
    },
    {
      name: 'an admin sets up a scheme: the scheme, audit entry',
      writes: ['scheme', 'audit_event'],
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/schemes`,
        headers: admin(),
        payload: { ...EXAMPLE_SCHEMES.drammen, name: 'Vinterkortet' },
      }),
    },
    {
      name: 'a grant run: the cards, the grants, the budget account, the run, audit entry',
      writes: ['ledger_account', 'ledger_transfer', 'grant_run', 'audit_event'],
      async setup() {
        freshScheme = await schemeOf(EXAMPLE_SCHEMES.drammen, 'Grant run in one transaction');
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/schemes/${freshScheme}/grant-runs`,
        headers: admin(),
      }),
    },
    {
      name: 'a caseworker places a child: the placement, the card, the grant, audit entry',
      writes: ['scheme_placement', 'ledger_account', 'ledger_transfer', 'audit_event'],
      async setup() {
        freshScheme = await schemeOf(EXAMPLE_SCHEMES.sandefjord, 'Placement in one transaction');
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/schemes/${freshScheme}/placements`,
        headers: as(world, 'caseworkerA'),
        payload: { personId: world.people.childA.id, reason: 'low_income', note: 'Sak 2026/7' },
      }),
    },
    {
      name: 'a guardian enrols a child and the card pays: the enrolment, the payment, the accounts, audit entry',
      writes: ['enrolment', 'ledger_transfer', 'ledger_account', 'audit_event'],
      async setup() {
        const services = world.services;
        await services.cards.runGrants('system', world.a.id, world.schemes.universalA);
        const today = new Date();
        const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
        const row = await t.database.db
          .insertInto('activity')
          .values({
            municipalityId: world.a.id,
            providerId: world.providers.a1,
            category: 'sport',
            title: 'Turn for alle',
            minAge: 6,
            maxAge: 18,
            seasonStart: day(-30),
            seasonEnd: day(60),
            sessionCount: 20,
            priceOre: 25_000,
            status: 'published',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        enrolActivity = row.id;
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/enrolments`,
        headers: { ...as(world, 'guardianA'), 'idempotency-key': `one-transaction-${enrolActivity}` },
        payload: { activityId: enrolActivity, childId: world.people.childA.id },
      }),
    },
    {
      name: 'a provider asks every child of an activity for a fee: the requests, audit entry',
      writes: ['payment_request', 'audit_event'],
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/providers/${world.providers.a1}/activities/${enrolActivity}/payment-requests`,
        headers: { ...as(world, 'providerAdminA'), 'idempotency-key': `one-transaction-request-${enrolActivity}` },
        payload: { feeKind: 'membership', amountOre: 5_000, dueDate: `${new Date().getUTCFullYear() + 1}-01-15` },
      }),
    },
    {
      name: 'a guardian pays a payment request with the card: the request, the transfer, the accounts, audit entry',
      writes: ['payment_request', 'ledger_transfer', 'ledger_account', 'audit_event'],
      async setup() {
        requestToPay = await requestOfEnrolment(5_000, 'one-transaction-pay');
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/payment-requests/${requestToPay}/pay`,
        headers: as(world, 'guardianA'),
      }),
    },
    {
      name: 'a provider withdraws a payment request: the request, audit entry',
      writes: ['payment_request', 'audit_event'],
      async setup() {
        requestToWithdraw = await requestOfEnrolment(3_000, 'one-transaction-withdraw');
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/providers/${world.providers.a1}/payment-requests/${requestToWithdraw}/withdraw`,
        headers: as(world, 'providerAdminA'),
      }),
    },
    {
      name: 'a provider creates an activity with fee lines: the activity, its lines, audit entry',
      writes: ['activity', 'activity_fee', 'audit_event'],
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/providers/${world.providers.a1}/activities`,
        headers: as(world, 'providerAdminA'),
        payload: termsBody(),
      }),
    },
    {
      name: 'a provider changes an activity and its fee lines: the activity, its lines, audit entry',
      writes: ['activity', 'activity_fee', 'audit_event'],
      async setup() {
        const row = await t.database.db
          .insertInto('activity')
          .values({
            municipalityId: world.a.id,
            providerId: world.providers.a1,
            category: 'sport',
            title: 'Klatring',
            minAge: 6,
            maxAge: 18,
            seasonStart: '2030-01-01',
            seasonEnd: '2030-06-01',
            priceOre: 10_000,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        termsActivity = row.id;
      },
      request: () => ({
        method: 'PUT',
        url: `/api/municipalities/${A}/providers/${world.providers.a1}/activities/${termsActivity}`,
        headers: as(world, 'providerAdminA'),
        payload: termsBody(),
      }),
    },
    {
      name: 'an administrator prepares a payout batch: the batch, its items, the transfers it pays, audit entry',
      writes: ['payout_batch', 'payout_item', 'payout_batch_transfer', 'audit_event'],
      async setup() {
        const control = bankAccountControlDigit('1503777777');
        assert.ok(control !== null);
        await t.database.db
          .updateTable('provider')
          .set({ bankAccount: `1503777777${control}`, email: 'kasse@kino.example' })
          .where('id', '=', world.providers.a2)
          .execute();
        await t.database.db
          .insertInto('payoutSettings')
          .values({
            municipalityId: world.a.id,
            debtorAccount: '86011117947',
            debtorName: 'Drammen kommune',
            organisationNumber: orgnr('97475196'),
            debitLedgerAccount: '4790',
            creditLedgerAccount: '1920',
            costCentre: '',
            updatedBy: 'test',
          })
          .execute();
        const ledger = world.services.ledger;
        const clearing = await ledger.ensureAccount({ municipalityId: world.a.id, kind: 'payment_clearing' });
        const payable = await ledger.ensureAccount({
          municipalityId: world.a.id,
          kind: 'provider_payable',
          providerId: world.providers.a2,
        });
        await ledger.transfer({
          municipalityId: world.a.id,
          idempotencyKey: 'one-transaction-payout-payment',
          debitAccountId: clearing.id,
          creditAccountId: payable.id,
          amountOre: 7_000,
          reason: 'payment',
          createdBy: 'test',
        });
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/payout-batches`,
        headers: admin(),
        payload: { upTo: new Date().toISOString().slice(0, 10) },
      }),
    },
    {
      name: 'a second administrator approves a batch: the payout transfers, the items, the batch, audit entry',
      writes: ['ledger_transfer', 'payout_item', 'payout_batch', 'audit_event'],
      async setup() {
        admin2 = await secondAdminA(t, world);
        payoutBatch = (await latestBatch()).id;
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/payout-batches/${payoutBatch}/approve`,
        headers: asActor(admin2 as Actor),
      }),
    },
    {
      name: "the bank's status report rejects a payment: the reversal, the items, the freed transfers, e-mail, audit",
      writes: ['ledger_transfer', 'payout_item', 'payout_batch_transfer', 'payout_batch', 'mail_outbox', 'audit_event'],
      async setup() {
        const batch = await latestBatch();
        const items = await t.database.db
          .selectFrom('payoutItem')
          .select('endToEndId')
          .where('municipalityId', '=', world.a.id)
          .where('batchId', '=', batch.id)
          .execute();
        payoutReport = writePain002({
          messageId: 'BANK-ONE-TX',
          createdAt: '2026-01-01T10:00:00',
          originalMessageId: batch.messageId,
          paymentInformation: [
            {
              originalPaymentInformationId: batch.messageId,
              transactions: items.map((i) => ({
                originalEndToEndId: i.endToEndId,
                status: 'RJCT' as const,
                reason: { code: 'AC04' },
              })),
            },
          ],
        });
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/payout-batches/${payoutBatch}/status-reports`,
        headers: { ...admin(), 'content-type': 'application/xml' },
        payload: payoutReport,
      }),
    },
    {
      name: 'an admin offers tickets: the offer and the audit entry',
      writes: ['ticket_offer', 'audit_event'],
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/ticket-offers`,
        headers: admin(),
        payload: ticketOfferBody(),
      }),
    },
    {
      name: "an admin changes an offer's quantity: the offer and the audit entry",
      writes: ['ticket_offer', 'audit_event'],
      async setup() {
        ticketOffer = await insertTicketOffer('both');
      },
      request: () => ({
        method: 'PUT',
        url: `/api/municipalities/${A}/ticket-offers/${ticketOffer}/quantity`,
        headers: admin(),
        payload: { quantity: 50 },
      }),
    },
    {
      name: 'a guardian claims a ticket: the pool, the ticket, audit entry',
      writes: ['ticket_offer', 'ticket', 'audit_event'],
      async setup() {
        ticketOffer = await insertTicketOffer('families');
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/ticket-offers/${ticketOffer}/claims`,
        headers: as(world, 'guardianA'),
        payload: { childId: world.people.childA.id },
      }),
    },
    {
      name: 'a caseworker allocates a ticket: the pool, the ticket, audit entry',
      writes: ['ticket_offer', 'ticket', 'audit_event'],
      async setup() {
        ticketOffer = await insertTicketOffer('caseworkers');
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/ticket-offers/${ticketOffer}/allocations`,
        headers: as(world, 'caseworkerA'),
        payload: { childId: world.people.otherChildA.id, reason: 'refugee' },
      }),
    },
    {
      name: 'a family returns a ticket: the ticket, the pool, audit entry',
      writes: ['ticket', 'ticket_offer', 'audit_event'],
      async setup() {
        ticketOffer = await insertTicketOffer('families');
        ticketId = (await claimTicket(ticketOffer)).id;
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/tickets/${ticketId}/return`,
        headers: as(world, 'guardianA'),
      }),
    },
    {
      name: 'venue staff redeem a ticket: the ticket and the audit entry',
      writes: ['ticket', 'audit_event'],
      async setup() {
        ticketOffer = await insertTicketOffer('families');
        ticketCode = (await claimTicket(ticketOffer)).code;
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/providers/${world.providers.a2}/redemptions`,
        headers: as(world, 'venueStaffA'),
        payload: { scanned: ticketCode },
      }),
    },
    {
      name: 'an expiry run: the expiry transfers, the balances, the report, audit entry',
      writes: ['ledger_transfer', 'ledger_account', 'expiry_run', 'audit_event'],
      async setup() {
        expiryScheme = await schemeOf(EXAMPLE_SCHEMES.drammen, 'Expiry in one transaction');
        await cardWithMoney(expiryScheme, lastYear, 40_000);
      },
      request: () => ({ method: 'POST', url: `/api/municipalities/${A}/expiry-runs`, headers: admin() }),
    },
    {
      name: 'an administrator prepares a correction: the correction, audit entry',
      writes: ['ledger_correction', 'audit_event'],
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/corrections`,
        headers: admin(),
        payload: {
          kind: 'extend_expiry',
          schemeId: expiryScheme,
          periodStart: lastYear,
          expiresOn: new Date(Date.now() + 86_400_000 * 40).toISOString().slice(0, 10),
          reason: 'Hallen var stengt',
        },
      }),
    },
    {
      name: 'a second administrator approves moving a payment: both transfers, the balances, the approval, audit entry',
      writes: ['ledger_transfer', 'ledger_account', 'ledger_correction', 'audit_event'],
      async setup() {
        secondAdmin = await secondAdminA(t, world);
        const scheme = await schemeOf(EXAMPLE_SCHEMES.drammen, 'Correction in one transaction');
        const card = await cardWithMoney(scheme, '2022-01-01', 50_000);
        const payable = await world.services.ledger.ensureAccount({
          municipalityId: world.a.id,
          kind: 'provider_payable',
          providerId: world.providers.a1,
        });
        const paid = await world.services.ledger.transfer({
          municipalityId: world.a.id,
          idempotencyKey: 'one-transaction:paid',
          debitAccountId: card,
          creditAccountId: payable.id,
          amountOre: 20_000,
          reason: 'payment',
          createdBy: 'test',
        });
        correctionId = await prepared({
          kind: 'move_payment',
          transferId: paid.transfer.id,
          amountOre: 20_000,
          providerId: world.providers.a2,
          reason: 'Betalt til feil lag',
        });
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/corrections/${correctionId}/approve`,
        headers: secondAdmin ? asActor(secondAdmin) : {},
      }),
    },
    {
      name: 'a second administrator approves an expiry extension: the extension, the approval, audit entry',
      writes: ['expiry_extension', 'ledger_correction', 'audit_event'],
      async setup() {
        extensionId = await prepared({
          kind: 'extend_expiry',
          schemeId: expiryScheme,
          periodStart: lastYear,
          personId: world.people.childA.id,
          expiresOn: new Date(Date.now() + 86_400_000 * 50).toISOString().slice(0, 10),
          reason: 'Syk hele våren',
        });
      },
      request: () => ({
        method: 'POST',
        url: `/api/municipalities/${A}/corrections/${extensionId}/approve`,
        headers: secondAdmin ? asActor(secondAdmin) : {},
      }),
    },
  ];

  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const ticketOfferBody = () => ({
    venueId: world.providers.a2,
    kind: 'theatre',
    title: 'Teater',
    quantity: 10,
    validFrom: day(-1),
    validUntil: day(20),
    minAge: 6,
    maxAge: 18,
    schemeIds: [world.schemes.universalA],
    allocation: 'both',
  });

  /** An offer of ten tickets at venue a2 for the universal scheme's card holders (with the period's cards). */
  async function insertTicketOffer(allocation: 'families' | 'caseworkers' | 'both'): Promise<string> {
    await world.services.cards.runGrants('system', world.a.id, world.schemes.universalA);
    const row = await t.database.db
      .insertInto('ticketOffer')
      .values({
        ...ticketOfferBody(),
        kind: 'theatre',
        allocation,
        municipalityId: world.a.id,
        createdBy: 'test',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function claimTicket(offerId: string): Promise<{ id: string; code: string }> {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/ticket-offers/${offerId}/claims`,
      headers: as(world, 'guardianA'),
      payload: { childId: world.people.childA.id },
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json();
  }

  for (const useCase of useCases) {
    test(useCase.name, async () => {
      await useCase.setup?.();
      for (const table of useCase.writes) {
        const before = await fingerprints(useCase.writes);
        const restore = await failing(table);
        try {
          const response = await send(useCase);
          assert.equal(response.statusCode, 500, `with ${table} failing: ${response.body}`);
          assert.equal(response.json().error.code, 'INTERNAL');
          assert.ok(!response.body.includes('injected fault'), 'the cause stays in the log');
        } finally {
          await restore();
        }
        assert.deepEqual(await fingerprints(useCase.writes), before, `with ${table} failing, nothing changes`);
      }
      const before = await fingerprints(useCase.writes);
      const response = await send(useCase);
      assert.ok(response.statusCode < 300, response.body);
      const afterwards = await fingerprints(useCase.writes);
      for (const table of useCase.writes) {
        assert.notEqual(afterwards[table], before[table], `the use case writes ${table}`);
      }
    });
  }
});

describe('a population import is one transaction with what death ends in other modules', () => {
  const writes: readonly Table[] = [
    'population_import',
    'population_import_row',
    'person',
    'guardianship',
    'guardianship_ended',
    'role_assignment',
    'audit_event',
  ];

  /** The register says the guardian died: the family link ends and so does the role the guardian held. */
  function deathOf(): string[] {
    const guardian = world.people.otherGuardianA;
    const [given = '', family = ''] = guardian.name.split(' ');
    return [
      JSON.stringify({
        identifikasjonsnummer: [
          { foedselsEllerDNummer: guardian.nationalId, identifikatortype: 'foedselsnummer', status: 'iBruk' },
        ],
        status: [{ status: 'doed' }],
        navn: [{ fornavn: given, etternavn: family }],
        foedsel: [{ foedselsdato: '1980-07-07' }],
        doedsfall: { doedsdato: '2026-01-02' },
        foreldreansvar: [],
      }),
    ];
  }

  test('a failure at any step, in the import or in another module, leaves nothing behind', async () => {
    const protector = createNationalIdProtector(t.config.piiKeys);
    await t.database.db
      .insertInto('roleAssignment')
      .values({
        municipalityId: world.a.id,
        role: 'caseworker',
        citizenHash: protector.lookupHash(world.people.otherGuardianA.nationalId),
        holderName: world.people.otherGuardianA.name,
        grantedBy: 'test',
      })
      .execute();
    const run = () =>
      world.services.population.importPopulation(deathOf(), { kommunenummer: A, mode: 'delta', startedBy: 'test' });
    for (const table of writes) {
      const before = await fingerprints(writes);
      const restore = await failing(table);
      try {
        await assert.rejects(run(), /injected fault/, `with ${table} failing`);
      } finally {
        await restore();
      }
      assert.deepEqual(await fingerprints(writes), before, `with ${table} failing, nothing changes`);
    }
    const before = await fingerprints(writes);
    const result = await run();
    assert.ok(result.ok);
    assert.equal(result.report.guardianshipsEndedByDeath, 1);
    assert.ok(result.report.rolesRevokedByDeath >= 1);
    const active = await t.database.db
      .selectFrom('roleAssignment')
      .select('id')
      .where('citizenHash', '=', protector.lookupHash(world.people.otherGuardianA.nationalId))
      .where('revokedAt', 'is', null)
      .execute();
    assert.deepEqual(active, [], 'death ends every role');
    const afterwards = await fingerprints(writes);
    // The staging rows are written and cleared by the run itself; every other table keeps what the run wrote.
    for (const table of writes.filter((w) => w !== 'population_import_row')) {
      assert.notEqual(afterwards[table], before[table], `the import writes ${table}`);
    }
  });
});
