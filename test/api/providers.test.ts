/**
 * Provider self-service through the API: registration, approval, profile, invitations. E-mail is read
 * from the outbox; the organisations module runs without a register client, on the organisation rows the test stores.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeNationalId } from '../../src/domain/national-id.ts';
import { organisationNumberControlDigit } from '../../src/domain/organisation-number.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { type QueuedMail, queuedMail } from '../helpers/outbox.ts';
import { as, buildWorld, type World } from '../helpers/world.ts';
import { A, B } from './access-cases/case.ts';

interface Mounted {
  t: TestApp;
  /** E-mails the provider use cases queued in the outbox. */
  mail: QueuedMail;
}

/** The app as it runs; organisations come from the rows the test stores (no register client in tests). */
async function mountProviders(): Promise<Mounted> {
  const t = await createTestApp();
  return { t, mail: queuedMail(t.database.db) };
}

function orgnr(prefix: string): string {
  const control = organisationNumberControlDigit(prefix);
  assert.ok(control !== null, `no organisation number starts with ${prefix}`);
  return `${prefix}${control}`;
}

let individual = 100;
/** Signs in a citizen who is not in the world's register. */
async function newCitizen(world: World, name: string): Promise<Record<string, string>> {
  let pid: string | null = null;
  while (!pid) pid = makeNationalId('1979-06-15', individual++, { synthetic: true });
  const s = await world.services.identity.startCitizenSession({ pid, name, acr: 'idporten-loa-substantial' });
  return { cookie: `fk_session=${s.token}`, 'x-csrf-token': s.csrfToken };
}

describe('provider self-service and approval', () => {
  let m: Mounted;
  let world: World;
  const TURN = orgnr('99123455');
  const KORPS = orgnr('99123457');
  before(async () => {
    m = await mountProviders();
    world = await buildWorld(m.t);
    await m.t.database.db
      .insertInto('organisation')
      .values([
        {
          organisationNumber: TURN,
          name: 'DRAMMEN TURNFORENING',
          organisationForm: 'FLI',
          inVoluntaryRegister: true,
          website: 'www.drammenturn.no',
          municipalityNumber: '3301',
        },
        { organisationNumber: KORPS, name: 'STRØMSØ SKOLEKORPS', organisationForm: 'FLI', inVoluntaryRegister: false },
      ])
      .execute();
  });
  after(async () => {
    await m.t.close();
  });

  const inject = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    headers: Record<string, string>,
    payload?: Record<string, unknown>,
  ) => m.t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });

  const providerRow = async (id: string) =>
    m.t.database.db.selectFrom('provider').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  const profileBody = {
    name: 'Drammen Turn',
    description: 'Turn og leik for barn frå 6 år.',
    email: 'post@drammenturn.no',
    phone: '912 34 567',
    website: 'https://drammenturn.no',
    neighbourhoodId: null,
    socialLinks: ['https://facebook.com/drammenturn'],
    bankAccount: '1234 56 78903',
  };

  test('registration → pending → approved → profile → invitation → a co-admin reads the profile', async () => {
    const pia = await newCitizen(world, 'Pia Leder');

    // Registration by organisation number; the register gives the name and website.
    const created = await inject('POST', `/api/municipalities/${A}/providers`, pia, {
      organisationNumber: TURN,
      kind: 'voluntary',
      email: 'post@drammenturn.no',
    });
    assert.equal(created.statusCode, 201, created.body);
    const provider = created.json();
    assert.equal(provider.status, 'pending');
    assert.equal(provider.name, 'DRAMMEN TURNFORENING');
    assert.equal(provider.website, 'https://www.drammenturn.no');
    assert.equal(provider.organisation.organisationForm, 'FLI');
    const id: string = provider.id;

    const mine = await inject('GET', `/api/municipalities/${A}/my-providers`, pia);
    assert.equal(mine.statusCode, 200);
    assert.deepEqual(mine.json().items, [
      { id, organisationNumber: TURN, name: 'DRAMMEN TURNFORENING', kind: 'voluntary', status: 'pending' },
    ]);
    assert.equal((await inject('GET', `/api/municipalities/${A}/providers/${id}`, pia)).statusCode, 200);
    assert.equal((await inject('GET', `/api/municipalities/${A}/public/providers/${id}`, {})).statusCode, 404);

    const again = await inject('POST', `/api/municipalities/${A}/providers`, await newCitizen(world, 'Per'), {
      organisationNumber: TURN,
      kind: 'voluntary',
      email: 'per@example.no',
    });
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'PROVIDER_EXISTS');

    // The municipality sees it in the queue with the register facts; the other municipality cannot decide.
    const queue = await inject('GET', `/api/municipalities/${A}/providers?status=pending`, as(world, 'adminA'));
    assert.equal(queue.statusCode, 200);
    const queued = queue.json().items.find((p: { id: string }) => p.id === id);
    assert.deepEqual(queued.organisation, {
      name: 'DRAMMEN TURNFORENING',
      organisationForm: 'FLI',
      inVoluntaryRegister: true,
      municipalityNumber: '3301',
      deletedOn: null,
    });
    const elsewhere = await inject('POST', `/api/municipalities/${A}/providers/${id}/decision`, as(world, 'adminB'), {
      decision: 'approve',
    });
    assert.equal(elsewhere.statusCode, 403);
    const viaOwn = await inject('POST', `/api/municipalities/${B}/providers/${id}/decision`, as(world, 'adminB'), {
      decision: 'approve',
    });
    assert.equal(viaOwn.statusCode, 404);
    assert.equal(viaOwn.json().error.code, 'PROVIDER_NOT_FOUND');
    const selfApproval = await inject('POST', `/api/municipalities/${A}/providers/${id}/decision`, pia, {
      decision: 'approve',
    });
    assert.equal(selfApproval.statusCode, 403);
    assert.equal((await providerRow(id)).status, 'pending');

    await m.mail.clear();
    const approved = await inject('POST', `/api/municipalities/${A}/providers/${id}/decision`, as(world, 'adminA'), {
      decision: 'approve',
    });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().status, 'approved');
    assert.equal(approved.json().decidedBy, 'Anders Admin');
    const decisionMail = (await m.mail.read())[0];
    assert.equal(decisionMail?.to, 'post@drammenturn.no');
    assert.match(decisionMail?.subject ?? '', /godkjent som tilbyder/);

    // Profile with the payout account.
    const updated = await inject('PUT', `/api/municipalities/${A}/providers/${id}`, pia, profileBody);
    assert.equal(updated.statusCode, 200, updated.body);
    assert.equal(updated.json().bankAccount, '12345678903');
    assert.equal(updated.json().phone, '+4791234567');
    assert.equal(updated.json().organisationNumber, TURN);

    const shown = await inject('GET', `/api/municipalities/${A}/public/providers/${id}`, {});
    assert.equal(shown.statusCode, 200);
    assert.equal(shown.json().name, 'Drammen Turn');
    assert.ok(!shown.body.includes('12345678903') && !('decisionNote' in shown.json()));

    // Invitation to a co-admin, accepted by another citizen.
    await m.mail.clear();
    const invited = await inject('POST', `/api/municipalities/${A}/providers/${id}/invitations`, pia, {
      name: 'Ola Kasserer',
      email: 'ola@example.no',
    });
    assert.equal(invited.statusCode, 201, invited.body);
    const link = /\/kommune\/3301\/invitasjon\/([A-Za-z0-9_-]{43})/.exec((await m.mail.read())[0]?.text ?? '');
    assert.ok(link?.[1]);
    const token = link[1];
    assert.ok(!invited.body.includes(token));
    const listed = await inject('GET', `/api/municipalities/${A}/providers/${id}/invitations`, pia);
    assert.deepEqual(
      listed.json().items.map((i: { name: string }) => i.name),
      ['Ola Kasserer'],
    );
    assert.ok(!listed.body.includes(token));

    const ola = await newCitizen(world, 'Ola Kasserer');
    assert.equal((await inject('GET', `/api/municipalities/${A}/providers/${id}`, ola)).statusCode, 403);
    const accepted = await inject('POST', `/api/municipalities/${A}/invitations/accept`, ola, { token });
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.deepEqual(accepted.json(), { providerId: id, providerName: 'Drammen Turn' });
    const read = await inject('GET', `/api/municipalities/${A}/providers/${id}`, ola);
    assert.equal(read.statusCode, 200);
    assert.equal(read.json().bankAccount, '12345678903');
    const twice = await inject('POST', `/api/municipalities/${A}/invitations/accept`, await newCitizen(world, 'Eve'), {
      token,
    });
    assert.equal(twice.statusCode, 404);
    assert.equal(twice.json().error.code, 'INVITATION_NOT_FOUND');

    const log = await world.services.audit.search({ municipalityId: world.a.id, limit: 200, offset: 0 });
    const actions = new Set(log.items.map((e) => e.action));
    for (const action of [
      'provider.register',
      'provider.decision',
      'provider.update',
      'provider.bank_account.change',
      'provider.invitation.create',
      'provider.invitation.accept',
    ])
      assert.ok(actions.has(action), action);
    assert.ok(!JSON.stringify(log.items).includes('12345678903'));
  });

  test('bad organisation numbers are refused with the field, and nothing is created', async () => {
    const who = await newCitizen(world, 'Kari');
    const count = async () =>
      Number(
        (
          await m.t.database.db
            .selectFrom('provider')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    for (const organisationNumber of ['123456789', '99123456', 'abcdefghi']) {
      const res = await inject('POST', `/api/municipalities/${A}/providers`, who, {
        organisationNumber,
        kind: 'voluntary',
        email: 'kari@example.no',
      });
      assert.equal(res.statusCode, 400, organisationNumber);
      assert.equal(res.json().error.code, 'VALIDATION_FAILED');
      assert.deepEqual(
        res.json().error.details.map((d: { field: string }) => d.field),
        ['body/organisationNumber'],
      );
    }
    const unknown = await inject('POST', `/api/municipalities/${A}/providers`, who, {
      organisationNumber: orgnr('99123458'),
      kind: 'voluntary',
      email: 'kari@example.no',
    });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.code, 'ORGANISATION_NOT_FOUND');
    const badKind = await inject('POST', `/api/municipalities/${A}/providers`, who, {
      organisationNumber: KORPS,
      kind: 'club',
      email: 'kari@example.no',
    });
    assert.equal(badKind.statusCode, 400);
    assert.equal(await count(), before);
    assert.equal((await inject('GET', `/api/municipalities/${A}/my-providers`, who)).json().items.length, 0);
  });

  test('bad bank accounts and other profile fields are refused with details, and nothing changes', async () => {
    const a1 = world.providers.a1;
    const admin = as(world, 'providerAdminA');
    const before = await providerRow(a1);
    for (const bankAccount of ['1234.56.78904', '1234567890', '0000000006 0']) {
      const res = await inject('PUT', `/api/municipalities/${A}/providers/${a1}`, admin, {
        ...profileBody,
        bankAccount,
      });
      assert.equal(res.statusCode, 400, bankAccount);
      assert.deepEqual(res.json().error.details, [
        { field: 'body/bankAccount', message: 'Er ikke et gyldig kontonummer.' },
      ]);
    }
    const many = await inject('PUT', `/api/municipalities/${A}/providers/${a1}`, admin, {
      ...profileBody,
      email: 'post@',
      website: 'drammenturn.no',
      socialLinks: ['https://a.no', 'b'],
    });
    assert.equal(many.statusCode, 400);
    assert.deepEqual(
      many.json().error.details.map((d: { field: string }) => d.field),
      ['body/email', 'body/website', 'body/socialLinks/1'],
    );
    const tooMany = await inject('PUT', `/api/municipalities/${A}/providers/${a1}`, admin, {
      ...profileBody,
      socialLinks: Array.from({ length: 7 }, (_, i) => `https://example.no/${i}`),
    });
    assert.equal(tooMany.statusCode, 400);
    assert.deepEqual(
      tooMany.json().error.details.map((d: { field: string }) => d.field),
      ['body/socialLinks'],
    );
    const status = await inject('PUT', `/api/municipalities/${A}/providers/${a1}`, admin, {
      ...profileBody,
      status: 'approved',
      organisationNumber: '999999999',
    });
    assert.equal(status.statusCode, 400);
    assert.deepEqual(await providerRow(a1), before);
  });

  test('invalid transitions are conflicts, a note is required to reject, and nothing changes', async () => {
    const admin = as(world, 'adminA');
    const a2 = world.providers.a2;
    const before = await providerRow(a2);
    const approveAgain = await inject('POST', `/api/municipalities/${A}/providers/${a2}/decision`, admin, {
      decision: 'approve',
    });
    assert.equal(approveAgain.statusCode, 409);
    assert.equal(approveAgain.json().error.code, 'CONFLICT');
    const reject = await inject('POST', `/api/municipalities/${A}/providers/${a2}/decision`, admin, {
      decision: 'reject',
      note: 'For sent',
    });
    assert.equal(reject.statusCode, 409);
    const noNote = await inject('POST', `/api/municipalities/${A}/providers/${a2}/decision`, admin, {
      decision: 'suspend',
    });
    assert.equal(noNote.statusCode, 400);
    assert.deepEqual(
      noNote.json().error.details.map((d: { field: string }) => d.field),
      ['body/note'],
    );
    const unknown = await inject('POST', `/api/municipalities/${A}/providers/${a2}/decision`, admin, {
      decision: 'delete',
    });
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(await providerRow(a2), before);
  });

  test('a revoked invitation cannot be accepted', async () => {
    const a1 = world.providers.a1;
    const admin = as(world, 'providerAdminA');
    await m.mail.clear();
    const invited = await inject('POST', `/api/municipalities/${A}/providers/${a1}/invitations`, admin, {
      name: 'Siv',
      email: 'siv@example.no',
    });
    assert.equal(invited.statusCode, 201);
    const token = /\/invitasjon\/([A-Za-z0-9_-]+)/.exec((await m.mail.read())[0]?.text ?? '')?.[1] ?? '';
    const revoked = await inject(
      'DELETE',
      `/api/municipalities/${A}/providers/${a1}/invitations/${invited.json().id}`,
      admin,
    );
    assert.equal(revoked.statusCode, 204);
    const accept = await inject('POST', `/api/municipalities/${A}/invitations/accept`, await newCitizen(world, 'Siv'), {
      token,
    });
    assert.equal(accept.statusCode, 404);
    assert.equal(accept.json().error.code, 'INVITATION_NOT_FOUND');
    const again = await inject(
      'DELETE',
      `/api/municipalities/${A}/providers/${a1}/invitations/${invited.json().id}`,
      admin,
    );
    assert.equal(again.statusCode, 404);
  });
});
