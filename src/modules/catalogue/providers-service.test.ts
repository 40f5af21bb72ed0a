import assert from 'node:assert/strict';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { testConfig } from '../../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.ts';
import { type QueuedMail, queuedMail } from '../../../test/helpers/outbox.ts';
import type { Actor, Membership, Principal } from '../../domain/access.ts';
import { organisationNumberControlDigit } from '../../domain/organisation-number.ts';
import { AppError } from '../../errors.ts';
import type { MailMessage } from '../../integrations/mail/message.ts';
import { createServices, type Services } from '../../services.ts';
import { type OrganisationService, organisationServiceFor } from '../organisations/service.ts';
import type { InvitationService } from './invitations-service.ts';
import type { ProviderService, RegistrationInput, TenantRef } from './providers-service.ts';

/**
 * The organisations module without a register client: it finds the organisations the test stores in the
 * organisation table. Calls are counted to show when the register is not asked.
 */
function organisationsFromTable(database: TestDatabase, calls: string[]): OrganisationService {
  const organisations = organisationServiceFor(database, testConfig(), { client: null });
  return {
    ...organisations,
    async findForRegistration(organisationNumber: string) {
      calls.push(organisationNumber);
      return organisations.findForRegistration(organisationNumber);
    },
  };
}

let serial = 10_000_000;
/** A fresh valid organisation number. */
function nextOrgnr(): string {
  for (;;) {
    const prefix = String(serial++).padStart(8, '9');
    const control = organisationNumberControlDigit(prefix);
    if (control !== null) return `${prefix}${control}`;
  }
}

let database: TestDatabase;
let services: Services;
let providers: ProviderService;
let invitations: InvitationService;
let clock = new Date('2026-03-02T10:00:00Z');
/** E-mail the use cases queued (read from the outbox after each step). */
let mail: MailMessage[] = [];
let mailbox: QueuedMail;
const registerCalls: string[] = [];
let drammen: TenantRef;
let bergen: TenantRef;

function citizen(name: string, memberships: Membership[] = []): Principal {
  return {
    kind: 'citizen',
    sessionId: randomBytes(8).toString('hex'),
    displayName: name,
    staffUserId: null,
    citizenHash: randomBytes(32).toString('hex'),
    platformOperator: false,
    memberships,
  };
}

function membership(municipalityId: number, extra: Partial<Membership> = {}): Membership {
  return { municipalityId, roles: [], personId: null, providerIds: [], venueIds: [], protectedAccess: false, ...extra };
}

function signedIn(principal: Principal): Actor {
  return { principal, membership: null, permission: 'authenticated', requestId: null };
}

function admin(tenant: TenantRef, name = 'Anders Admin'): Actor {
  const m = membership(tenant.id, { roles: ['municipality_admin'] });
  const principal: Principal = {
    kind: 'staff',
    sessionId: 'admin',
    displayName: name,
    staffUserId: randomUUID(),
    citizenHash: null,
    platformOperator: false,
    memberships: [m],
  };
  return { principal, membership: m, permission: 'provider.approve', requestId: null };
}

/** The registrant after their next sign-in, acting as the provider's admin. */
function managing(principal: Principal, tenant: TenantRef, providerIds: string[]): Actor {
  const m = membership(tenant.id, { roles: ['provider_admin'], providerIds });
  return {
    principal: { ...principal, memberships: [m] },
    membership: m,
    permission: 'provider.manage',
    requestId: null,
  };
}

async function organisation(orgnr: string, extra: Record<string, unknown> = {}) {
  await database.db
    .insertInto('organisation')
    .values({
      organisationNumber: orgnr,
      name: 'DRAMMEN TURNFORENING',
      organisationForm: 'FLI',
      inVoluntaryRegister: true,
      website: 'www.drammenturn.no',
      municipalityNumber: '3301',
      ...extra,
    })
    .execute();
}

/** How many admin roles the provider has. */
async function adminRoles(providerId: string): Promise<number> {
  const rows = await database.db
    .selectFrom('roleAssignment')
    .select('id')
    .where('providerId', '=', providerId)
    .where('role', '=', 'provider_admin')
    .execute();
  return rows.length;
}

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  assert.fail('expected the use case to refuse');
}

async function audits(municipalityId: number, action: string) {
  return database.db
    .selectFrom('auditEvent')
    .selectAll()
    .where('municipalityId', '=', municipalityId)
    .where('action', '=', action)
    .orderBy('id')
    .execute();
}

async function registered(
  input: Partial<RegistrationInput> = {},
  tenant: TenantRef = drammen,
): Promise<{ id: string; principal: Principal; orgnr: string }> {
  const orgnr = nextOrgnr();
  await organisation(orgnr);
  const principal = citizen('Pia Leder');
  const p = await providers.register(signedIn(principal), tenant, {
    organisationNumber: orgnr,
    kind: 'voluntary',
    email: 'post@drammenturn.no',
    ...input,
  });
  return { id: p.id, principal, orgnr };
}

before(async () => {
  database = await createTestDatabase();
  services = createServices(database, testConfig());
  const d = await services.municipalities.registerMunicipality({
    kommunenummer: '3301',
    name: 'Drammen',
    settings: { contactEmail: 'fritid@drammen.example', defaultLanguage: 'nb' },
  });
  const b = await services.municipalities.registerMunicipality({
    kommunenummer: '4601',
    name: 'Bergen',
    settings: { defaultLanguage: 'nn' },
  });
  drammen = { id: d.id, kommunenummer: d.kommunenummer };
  bergen = { id: b.id, kommunenummer: b.kommunenummer };
  mailbox = queuedMail(database.db);
  // The app's services with the test's clock; the organisations module asked is counted.
  services = createServices(database, testConfig({ publicUrl: 'https://fritidskort.example/' }), {
    now: () => clock,
    organisations: organisationsFromTable(database, registerCalls),
  });
  providers = services.providers;
  invitations = services.providerInvitations;
});
after(async () => {
  await database.dispose();
});

describe('registration', () => {
  test('creates a pending provider from the register, makes the registrant its admin, audits and tells the municipality', async () => {
    const orgnr = nextOrgnr();
    await organisation(orgnr);
    const principal = citizen('Pia Leder');
    await mailbox.clear();
    const profile = await providers.register(signedIn(principal), drammen, {
      organisationNumber: `${orgnr.slice(0, 3)} ${orgnr.slice(3, 6)} ${orgnr.slice(6)}`,
      kind: 'voluntary',
      email: ' post@drammenturn.no ',
      phone: '912 34 567',
    });
    assert.equal(profile.status, 'pending');
    assert.equal(profile.organisationNumber, orgnr);
    assert.equal(profile.name, 'DRAMMEN TURNFORENING');
    assert.equal(profile.website, 'https://www.drammenturn.no');
    assert.equal(profile.email, 'post@drammenturn.no');
    assert.equal(profile.phone, '+4791234567');
    assert.deepEqual(profile.organisation, {
      name: 'DRAMMEN TURNFORENING',
      organisationForm: 'FLI',
      inVoluntaryRegister: true,
      municipalityNumber: '3301',
      deletedOn: null,
    });

    const roles = await database.db
      .selectFrom('roleAssignment')
      .select(['role', 'providerId', 'holderName'])
      .where('providerId', '=', profile.id)
      .execute();
    assert.deepEqual(roles, [{ role: 'provider_admin', providerId: profile.id, holderName: 'Pia Leder' }]);

    const entries = await audits(drammen.id, 'provider.register');
    const entry = entries.find((e) => (e.details as { providerId?: string }).providerId === profile.id);
    assert.ok(entry);
    assert.equal(entry.actorName, 'Pia Leder');

    mail = await mailbox.read();
    assert.equal(mail.length, 1);
    assert.equal(mail[0]?.to, 'fritid@drammen.example');
    assert.equal(mail[0]?.language, 'nb');
    assert.match(mail[0]?.subject ?? '', /Ny tilbyder venter på godkjenning: DRAMMEN TURNFORENING/);
    assert.match(mail[0]?.text ?? '', new RegExp(orgnr));
  });

  test('the name and website given win over the register; no mail without a contact address', async () => {
    await mailbox.clear();
    const { id } = await registered(
      { displayName: 'Drammen Turn', website: null, socialLinks: ['https://facebook.com/drammenturn'] },
      bergen,
    );
    const row = await database.db.selectFrom('provider').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.name, 'Drammen Turn');
    assert.equal(row.website, null);
    assert.deepEqual(row.socialLinks, ['https://facebook.com/drammenturn']);
    assert.equal(row.municipalityId, bergen.id);
    mail = await mailbox.read();
    assert.deepEqual(mail, []);
  });

  test('a bad organisation number is refused before the register is asked', async () => {
    const before = registerCalls.length;
    const error = await rejection(
      providers.register(signedIn(citizen('X')), drammen, {
        organisationNumber: '123456789',
        kind: 'voluntary',
        email: 'a@b.no',
      }),
    );
    assert.equal(error.code, 'VALIDATION_FAILED');
    assert.deepEqual(error.fields, [{ field: 'body/organisationNumber', rule: 'organisationNumber' }]);
    assert.equal(registerCalls.length, before);
  });

  test('every broken profile rule is reported at once and nothing is stored', async () => {
    const orgnr = nextOrgnr();
    await organisation(orgnr);
    const error = await rejection(
      providers.register(signedIn(citizen('X')), drammen, {
        organisationNumber: orgnr,
        kind: 'club',
        email: 'post@',
        phone: '12',
        website: 'drammenturn.no',
        socialLinks: ['ftp://x.no'],
        neighbourhoodId: randomUUID(),
        displayName: ' ',
      }),
    );
    assert.equal(error.code, 'VALIDATION_FAILED');
    assert.deepEqual(
      error.fields.map((f) => `${f.field}:${f.rule}`),
      [
        'body/kind:invalid',
        'body/name:required',
        'body/email:email',
        'body/phone:phone',
        'body/website:url',
        'body/socialLinks/0:url',
        'body/neighbourhoodId:invalid',
      ],
    );
    const rows = await database.db
      .selectFrom('provider')
      .select('id')
      .where('organisationNumber', '=', orgnr)
      .execute();
    assert.deepEqual(rows, []);
  });

  test('one provider per organisation in a municipality; another municipality may have it too', async () => {
    const { orgnr } = await registered();
    const again = await rejection(
      providers.register(signedIn(citizen('Y')), drammen, {
        organisationNumber: orgnr,
        kind: 'voluntary',
        email: 'a@b.no',
      }),
    );
    assert.equal(again.code, 'PROVIDER_EXISTS');
    const elsewhere = await providers.register(signedIn(citizen('Y')), bergen, {
      organisationNumber: orgnr,
      kind: 'voluntary',
      email: 'a@b.no',
    });
    assert.equal(elsewhere.status, 'pending');
  });

  test('the register refusals come through', async () => {
    const unknown = nextOrgnr();
    assert.equal(
      (
        await rejection(
          providers.register(signedIn(citizen('X')), drammen, {
            organisationNumber: unknown,
            kind: 'private',
            email: 'a@b.no',
          }),
        )
      ).code,
      'ORGANISATION_NOT_FOUND',
    );
    const deleted = nextOrgnr();
    await organisation(deleted, { deletedOn: '2020-01-01' });
    assert.equal(
      (
        await rejection(
          providers.register(signedIn(citizen('X')), drammen, {
            organisationNumber: deleted,
            kind: 'private',
            email: 'a@b.no',
          }),
        )
      ).code,
      'ORGANISATION_DELETED',
    );
  });
});

describe('approval', () => {
  test('approve, suspend, approve again; the provider is told in the municipality language', async () => {
    const { id } = await registered({}, bergen);
    await mailbox.clear();
    const approved = await providers.decide(admin(bergen, 'Berit Admin'), bergen, id, { decision: 'approve' });
    assert.equal(approved.status, 'approved');
    assert.equal(approved.decidedBy, 'Berit Admin');
    assert.equal(approved.decidedAt?.toISOString(), clock.toISOString());
    mail = await mailbox.read();
    assert.equal(mail.length, 1);
    assert.equal(mail[0]?.to, 'post@drammenturn.no');
    assert.equal(mail[0]?.language, 'nn');
    assert.match(mail[0]?.subject ?? '', /er godkjend som tilbydar/);

    const suspended = await providers.decide(admin(bergen), bergen, id, {
      decision: 'suspend',
      note: 'Manglar politiattest',
    });
    assert.equal(suspended.status, 'suspended');
    assert.equal(suspended.decisionNote, 'Manglar politiattest');
    mail = await mailbox.read();
    assert.match(mail[1]?.text ?? '', /Manglar politiattest/);
    const again = await providers.decide(admin(bergen), bergen, id, { decision: 'approve' });
    assert.equal(again.status, 'approved');
    assert.equal(again.decisionNote, null);

    const entries = (await audits(bergen.id, 'provider.decision')).filter(
      (e) => (e.details as { providerId: string }).providerId === id,
    );
    assert.deepEqual(
      entries.map((e) => [(e.details as { from: string }).from, (e.details as { to: string }).to, e.reason]),
      [
        ['pending', 'approved', null],
        ['approved', 'suspended', 'Manglar politiattest'],
        ['suspended', 'approved', null],
      ],
    );
  });

  test('reject needs a note; a rejected provider can be approved later', async () => {
    const { id } = await registered();
    const noNote = await rejection(providers.decide(admin(drammen), drammen, id, { decision: 'reject', note: '  ' }));
    assert.equal(noNote.code, 'VALIDATION_FAILED');
    assert.deepEqual(noNote.fields, [{ field: 'body/note', rule: 'required' }]);
    const rejected = await providers.decide(admin(drammen), drammen, id, {
      decision: 'reject',
      note: 'Ikke i kommunen',
    });
    assert.equal(rejected.status, 'rejected');
    assert.equal((await providers.decide(admin(drammen), drammen, id, { decision: 'approve' })).status, 'approved');
  });

  test('invalid transitions are conflicts and change nothing', async () => {
    const { id } = await registered();
    const status = async () =>
      (await database.db.selectFrom('provider').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
    assert.equal(
      (await rejection(providers.decide(admin(drammen), drammen, id, { decision: 'suspend', note: 'x' }))).code,
      'CONFLICT',
    );
    assert.equal(await status(), 'pending');
    await providers.decide(admin(drammen), drammen, id, { decision: 'approve' });
    assert.equal(
      (await rejection(providers.decide(admin(drammen), drammen, id, { decision: 'approve' }))).code,
      'CONFLICT',
    );
    assert.equal(
      (await rejection(providers.decide(admin(drammen), drammen, id, { decision: 'reject', note: 'x' }))).code,
      'CONFLICT',
    );
    assert.equal(await status(), 'approved');
  });

  test("another municipality's provider is not found, and only the municipality's admin decides", async () => {
    const { id, principal } = await registered({}, bergen);
    assert.equal(
      (await rejection(providers.decide(admin(drammen), drammen, id, { decision: 'approve' }))).code,
      'PROVIDER_NOT_FOUND',
    );
    assert.equal(
      (await rejection(providers.decide(admin(drammen), bergen, id, { decision: 'approve' }))).code,
      'FORBIDDEN',
    );
    assert.equal(
      (await rejection(providers.decide(managing(principal, bergen, [id]), bergen, id, { decision: 'approve' }))).code,
      'FORBIDDEN',
    );
  });

  test('the list filters by status and search, pages, and carries the register facts', async () => {
    const tenant = await services.municipalities.registerMunicipality({ kommunenummer: '3907', name: 'Sandefjord' });
    const ref = { id: tenant.id, kommunenummer: tenant.kommunenummer };
    const made: string[] = [];
    for (const name of ['Sandefjord Sjakk', 'Sandefjord Svømming', 'Korpset']) {
      made.push((await registered({ displayName: name }, ref)).id);
    }
    await providers.decide(admin(ref), ref, made[2] as string, { decision: 'approve' });
    const pending = await providers.listForApproval(admin(ref), ref, { status: 'pending', page: 1, pageSize: 1 });
    assert.equal(pending.total, 2);
    assert.deepEqual(
      pending.items.map((p) => p.name),
      ['Sandefjord Sjakk'],
    );
    const second = await providers.listForApproval(admin(ref), ref, { status: 'pending', page: 2, pageSize: 1 });
    assert.deepEqual(
      second.items.map((p) => p.name),
      ['Sandefjord Svømming'],
    );
    assert.equal(second.items[0]?.organisation?.organisationForm, 'FLI');
    assert.equal(second.items[0]?.organisation?.inVoluntaryRegister, true);
    const found = await providers.listForApproval(admin(ref), ref, { q: 'svøm', page: 1, pageSize: 20 });
    assert.deepEqual(
      found.items.map((p) => p.name),
      ['Sandefjord Svømming'],
    );
    const orgnr = (found.items[0]?.organisationNumber ?? '').slice(0, 5);
    const byNumber = await providers.listForApproval(admin(ref), ref, { q: orgnr, page: 1, pageSize: 20 });
    assert.ok(byNumber.items.some((p) => p.name === 'Sandefjord Svømming'));
    const wildcard = await providers.listForApproval(admin(ref), ref, { q: '%', page: 1, pageSize: 20 });
    assert.equal(wildcard.total, 0);
    const approved = await providers.listForApproval(admin(ref), ref, { status: 'approved', page: 1, pageSize: 20 });
    assert.deepEqual(
      approved.items.map((p) => p.name),
      ['Korpset'],
    );
  });
});

describe('profile', () => {
  const profile = {
    name: 'Drammen Turn',
    description: 'Turn for barn fra 6 år.',
    email: 'post@drammenturn.no',
    phone: '+47 22 33 44 55',
    website: 'https://drammenturn.no',
    neighbourhoodId: null,
    socialLinks: ['https://instagram.com/drammenturn'],
    bankAccount: '1234 56 78903',
  };

  test('the admin updates the profile; a new account number is audited with its last four digits only', async () => {
    const { id, principal } = await registered();
    const actor = managing(principal, drammen, [id]);
    const updated = await providers.updateProfile(actor, drammen, id, profile);
    assert.equal(updated.bankAccount, '12345678903');
    assert.equal(updated.phone, '+4722334455');
    assert.equal(updated.status, 'pending');
    assert.equal(updated.organisation?.organisationForm, 'FLI');
    const changed = await providers.updateProfile(actor, drammen, id, { ...profile, bankAccount: '8601.11.17947' });
    assert.equal(changed.bankAccount, '86011117947');

    const bank = (await audits(drammen.id, 'provider.bank_account.change')).filter(
      (e) => (e.details as { providerId: string }).providerId === id,
    );
    assert.deepEqual(
      bank.map((e) => e.details),
      [
        { providerId: id, previousLastFour: null, lastFour: '8903' },
        { providerId: id, previousLastFour: '8903', lastFour: '7947' },
      ],
    );
    const everything = JSON.stringify(await database.db.selectFrom('auditEvent').selectAll().execute());
    assert.ok(!everything.includes('12345678903') && !everything.includes('86011117947'));

    const read = await providers.getProfile(actor, drammen, id);
    assert.equal(read.bankAccount, '86011117947');
    assert.equal(read.description, 'Turn for barn fra 6 år.');
  });

  test('a bad account number or neighbourhood is refused and nothing changes', async () => {
    const { id, principal } = await registered();
    const actor = managing(principal, drammen, [id]);
    await providers.updateProfile(actor, drammen, id, profile);
    const error = await rejection(
      providers.updateProfile(actor, drammen, id, {
        ...profile,
        name: 'Nytt navn',
        bankAccount: '1234.56.78904',
        neighbourhoodId: randomUUID(),
      }),
    );
    assert.equal(error.code, 'VALIDATION_FAILED');
    assert.deepEqual(error.fields, [
      { field: 'body/bankAccount', rule: 'bankAccount' },
      { field: 'body/neighbourhoodId', rule: 'invalid' },
    ]);
    const read = await providers.getProfile(actor, drammen, id);
    assert.equal(read.name, 'Drammen Turn');
    assert.equal(read.bankAccount, '12345678903');
  });

  test('a neighbourhood of the municipality is accepted', async () => {
    const { id, principal } = await registered();
    const n = await database.db
      .insertInto('neighbourhood')
      .values({ municipalityId: drammen.id, name: 'Strømsø', latitude: 59.74, longitude: 10.2 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const read = await providers.updateProfile(managing(principal, drammen, [id]), drammen, id, {
      ...profile,
      neighbourhoodId: n.id,
    });
    assert.equal(read.neighbourhoodId, n.id);
  });

  test("an admin of one provider cannot read or change another's", async () => {
    const mine = await registered();
    const other = await registered();
    const actor = managing(mine.principal, drammen, [mine.id]);
    assert.equal((await rejection(providers.getProfile(actor, drammen, other.id))).code, 'FORBIDDEN');
    assert.equal((await rejection(providers.updateProfile(actor, drammen, other.id, profile))).code, 'FORBIDDEN');
  });

  test('my providers come from the membership in this municipality', async () => {
    const one = await registered();
    const two = await registered({ displayName: 'Aaa Først' });
    const principal = citizen('Pia', [
      membership(drammen.id, { roles: ['provider_admin'], providerIds: [one.id, two.id] }),
      membership(bergen.id, { roles: ['provider_admin'], providerIds: [randomUUID()] }),
    ]);
    const mine = await providers.listMine(signedIn(principal), drammen);
    assert.deepEqual(
      mine.map((p) => p.id),
      [two.id, one.id],
    );
    assert.deepEqual(await providers.listMine(signedIn(principal), bergen), []);
    assert.deepEqual(await providers.listMine(signedIn(citizen('Ingen')), drammen), []);
  });

  test('the public presentation shows approved providers only, without account or decision', async () => {
    const { id, principal } = await registered();
    await providers.updateProfile(managing(principal, drammen, [id]), drammen, id, profile);
    assert.equal((await rejection(providers.getPublic(drammen, id))).code, 'PROVIDER_NOT_FOUND');
    await providers.decide(admin(drammen), drammen, id, { decision: 'approve' });
    const shown = await providers.getPublic(drammen, id);
    assert.equal(shown.name, 'Drammen Turn');
    assert.ok(!('bankAccount' in shown) && !('decisionNote' in shown) && !('status' in shown));
    assert.equal((await rejection(providers.getPublic(bergen, id))).code, 'PROVIDER_NOT_FOUND');
    assert.equal((await rejection(providers.getPublic(drammen, 'not-a-uuid'))).code, 'PROVIDER_NOT_FOUND');
    await providers.decide(admin(drammen), drammen, id, { decision: 'suspend', note: 'Pause' });
    assert.equal((await rejection(providers.getPublic(drammen, id))).code, 'PROVIDER_NOT_FOUND');
  });
});

describe('invitations', () => {
  const tokenOf = (message: MailMessage | undefined) => {
    const match = /\/kommune\/3301\/invitasjon\/([A-Za-z0-9_-]+)/.exec(message?.text ?? '');
    assert.ok(match?.[1], 'the mail holds the link');
    return match[1];
  };

  test('the link goes by e-mail, only its hash is stored, and it works once', async () => {
    const { id, principal } = await registered();
    const actor = managing(principal, drammen, [id]);
    await mailbox.clear();
    const invitation = await invitations.create(actor, drammen, id, { name: 'Ola Kasserer', email: 'ola@example.no' });
    assert.equal(invitation.invitedBy, 'Pia Leder');
    assert.equal(invitation.expiresAt.getTime() - clock.getTime(), 14 * 24 * 60 * 60_000);
    mail = await mailbox.read();
    assert.equal(mail[0]?.to, 'ola@example.no');
    assert.ok(mail[0]?.text.includes('https://fritidskort.example/kommune/3301/invitasjon/'));
    const token = tokenOf(mail[0]);
    assert.equal(Buffer.from(token, 'base64url').length, 32);
    const row = await database.db
      .selectFrom('providerInvitation')
      .selectAll()
      .where('id', '=', invitation.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(Buffer.from(row.tokenHash), createHash('sha256').update(token).digest());
    assert.ok(!JSON.stringify(await invitations.listOpen(actor, drammen, id)).includes(token));

    const ola = citizen('Ola Kasserer');
    const result = await invitations.accept(signedIn(ola), drammen, token);
    assert.deepEqual(result, { providerId: id, providerName: 'DRAMMEN TURNFORENING' });
    const holders = await database.db
      .selectFrom('roleAssignment')
      .select('holderName')
      .where('providerId', '=', id)
      .orderBy('holderName')
      .execute();
    assert.deepEqual(
      holders.map((h) => h.holderName),
      ['Ola Kasserer', 'Pia Leder'],
    );
    assert.deepEqual(await invitations.listOpen(actor, drammen, id), []);
    assert.equal(
      (await rejection(invitations.accept(signedIn(citizen('Z')), drammen, token))).code,
      'INVITATION_NOT_FOUND',
    );
    const steps = (await database.db.selectFrom('auditEvent').select(['action', 'outcome', 'reason']).execute()).filter(
      (e) => e.action.startsWith('provider.invitation.'),
    );
    assert.ok(steps.some((e) => e.action === 'provider.invitation.create'));
    assert.ok(steps.some((e) => e.action === 'provider.invitation.accept' && e.outcome === 'allowed'));
    assert.ok(steps.some((e) => e.action === 'provider.invitation.accept' && e.reason === 'used'));
  });

  test('two simultaneous accepts: exactly one wins', async () => {
    const { id, principal } = await registered();
    await mailbox.clear();
    await invitations.create(managing(principal, drammen, [id]), drammen, id, {
      name: 'Kari',
      email: 'kari@example.no',
    });
    mail = await mailbox.read();
    const token = tokenOf(mail[0]);
    const before = await adminRoles(id);
    const results = await Promise.allSettled([
      invitations.accept(signedIn(citizen('Kari')), drammen, token),
      invitations.accept(signedIn(citizen('Knut')), drammen, token),
      invitations.accept(signedIn(citizen('Kåre')), drammen, token),
    ]);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    for (const r of results) {
      if (r.status === 'rejected') assert.equal((r.reason as AppError).code, 'INVITATION_NOT_FOUND');
    }
    assert.equal((await adminRoles(id)) - before, 1);
  });

  test('revoked, expired, unknown and other-municipality tokens are refused', async () => {
    const { id, principal } = await registered();
    const actor = managing(principal, drammen, [id]);
    await mailbox.clear();
    const revoked = await invitations.create(actor, drammen, id, { name: 'A', email: 'a@example.no' });
    const expiring = await invitations.create(actor, drammen, id, { name: 'B', email: 'b@example.no' });
    mail = await mailbox.read();
    const [revokedToken, expiringToken] = [tokenOf(mail[0]), tokenOf(mail[1])];
    assert.deepEqual(
      (await invitations.listOpen(actor, drammen, id)).map((i) => i.id).sort(),
      [revoked.id, expiring.id].sort(),
    );
    await invitations.revoke(actor, drammen, id, revoked.id);
    assert.equal((await rejection(invitations.revoke(actor, drammen, id, revoked.id))).code, 'INVITATION_NOT_FOUND');
    assert.equal(
      (await rejection(invitations.accept(signedIn(citizen('A')), drammen, revokedToken))).code,
      'INVITATION_NOT_FOUND',
    );
    assert.equal(
      (await rejection(invitations.accept(signedIn(citizen('B')), bergen, expiringToken))).code,
      'INVITATION_NOT_FOUND',
    );
    assert.equal(
      (await rejection(invitations.accept(signedIn(citizen('C')), drammen, randomBytes(32).toString('base64url'))))
        .code,
      'INVITATION_NOT_FOUND',
    );

    const saved = clock;
    clock = new Date(saved.getTime() + 14 * 24 * 60 * 60_000 + 1000);
    try {
      assert.equal(
        (await rejection(invitations.accept(signedIn(citizen('B')), drammen, expiringToken))).code,
        'INVITATION_EXPIRED',
      );
      assert.deepEqual(await invitations.listOpen(actor, drammen, id), []);
    } finally {
      clock = saved;
    }
    const denied = await audits(drammen.id, 'provider.invitation.accept');
    assert.ok(denied.some((e) => e.outcome === 'denied' && e.reason === 'expired'));
    assert.ok(denied.some((e) => e.outcome === 'denied' && e.reason === 'revoked'));
    assert.ok((await audits(drammen.id, 'provider.invitation.revoke')).length >= 1);
  });

  test('only the provider’s admins invite, and the invitee needs a valid e-mail', async () => {
    const mine = await registered();
    const other = await registered();
    const actor = managing(mine.principal, drammen, [mine.id]);
    assert.equal(
      (await rejection(invitations.create(actor, drammen, other.id, { name: 'A', email: 'a@example.no' }))).code,
      'FORBIDDEN',
    );
    const bad = await rejection(invitations.create(actor, drammen, mine.id, { name: ' ', email: 'nope' }));
    assert.deepEqual(bad.fields, [
      { field: 'body/name', rule: 'required' },
      { field: 'body/email', rule: 'email' },
    ]);
  });
});
