/**
 * The organisations routes over HTTP; the register is the local stand-in.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createEnhetsregisteretClient } from '../../src/integrations/enhetsregisteret/client.ts';
import { parseEntity } from '../../src/integrations/enhetsregisteret/entity.ts';
import { organisationNumbers, syntheticEntity } from '../../src/integrations/enhetsregisteret/write-bulk.ts';
import { createOrganisationService, type OrganisationService } from '../../src/modules/organisations/service.ts';
import { createOrganisationStore } from '../../src/modules/organisations/store.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { as, buildWorld, type World } from '../helpers/world.ts';
import { type EnhetsregisteretStandIn, startEnhetsregisteretStandIn } from '../stand-ins/enhetsregisteret.ts';

const FIXTURES = fileURLToPath(new URL('../../src/integrations/enhetsregisteret/fixtures/', import.meta.url));
const voluntary = JSON.parse(readFileSync(`${FIXTURES}frivillig-forening.json`, 'utf8')) as Record<string, unknown>;

const numbers = organisationNumbers(96_500_000);
const next = () => numbers.next().value as string;
const COMPANY = next();
const DELETED = next();
const UNKNOWN = next();
const DOWN = next();
const CLOSED = next();

let t: TestApp;
let world: World;
let standIn: EnhetsregisteretStandIn;
let service: OrganisationService | undefined;

before(async () => {
  standIn = await startEnhetsregisteretStandIn({
    entities: [
      voluntary,
      { ...syntheticEntity(16, COMPANY), navn: 'FJORDVIK KLATRESENTER AS', registrertIFrivillighetsregisteret: false },
      { ...syntheticEntity(6, DELETED), slettedato: '2025-11-30' },
      syntheticEntity(7, DOWN),
      // A sub-unit closed down: still listed, with nedleggelsesdato and no slettedato.
      { ...syntheticEntity(8, CLOSED), nedleggelsesdato: '2025-06-30' },
    ],
  });
  // The register is the stand-in, for this test's own service and for the app's once it is wired.
  t = await createTestApp({ enhetsregisteretUrl: standIn.url });
  service = createOrganisationService({
    store: createOrganisationStore(t.database.db),
    client: createEnhetsregisteretClient({ baseUrl: standIn.url, retries: 2, sleep: async () => undefined }),
  });
  world = await buildWorld(t);
  // Stored organisations for the search: as the bulk import writes them.
  const stored = [voluntary, { ...syntheticEntity(16, COMPANY), navn: 'FJORDVIK KLATRESENTER AS' }].map(
    (value, index) => {
      const parsed = parseEntity(value);
      assert.ok(parsed.ok);
      return { index, ok: true as const, record: parsed.record };
    },
  );
  await service?.importBulk(stored);
});
after(async () => {
  await t.close();
  await standIn.close();
});

describe('GET /api/organisations/:organisationNumber', () => {
  test('a signed-in citizen gets the organisation facts', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/organisations/998877660',
      headers: as(world, 'guardianA'),
    });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.organisationNumber, '998877660');
    assert.equal(body.name, 'FJORDVIK IDRETTSLAG');
    assert.equal(body.organisationForm, 'FLI');
    assert.equal(body.inVoluntaryRegister, true);
    assert.equal(body.voluntaryRegisteredOn, '2009-03-02');
    assert.equal(body.website, 'https://www.fjordvik-il.example');
    assert.equal(body.postalCode, '3998');
    assert.equal(body.municipalityNumber, '3999');
    assert.equal(body.purpose, 'Idrett for barn og unge i Fjordvik.\nAllidrett, fotball og ski.');
    assert.ok(!Number.isNaN(Date.parse(body.updatedAt)));
    assert.equal('deletedOn' in body, false);
  });

  test('staff may look up too; an organisation not stored is fetched from the register', async () => {
    const fresh = next();
    standIn.put({ ...syntheticEntity(9, fresh), navn: 'NYTT KOR' });
    const res = await t.app.inject({ method: 'GET', url: `/api/organisations/${fresh}`, headers: as(world, 'adminA') });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().name, 'NYTT KOR');
    assert.equal(standIn.requests.at(-1)?.path, `/enhetsregisteret/api/enheter/${fresh}`);
  });

  test('anonymous: 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/organisations/998877660' });
    assert.equal(res.statusCode, 401);
    assert.equal(res.json().error.code, 'UNAUTHENTICATED');
  });

  test('a wrong control digit: 400 on the path field with the organisation-number message', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/organisations/998877661',
      headers: { ...as(world, 'providerAdminA'), 'accept-language': 'nb' },
    });
    assert.equal(res.statusCode, 400);
    const { error } = res.json();
    assert.equal(error.code, 'VALIDATION_FAILED');
    assert.deepEqual(error.details, [
      { field: 'path/organisationNumber', message: 'Er ikke et gyldig organisasjonsnummer.' },
    ]);
  });

  test('unknown to the register: 404 ORGANISATION_NOT_FOUND naming the number', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/organisations/${UNKNOWN}`,
      headers: { ...as(world, 'guardianA'), 'accept-language': 'en' },
    });
    assert.equal(res.statusCode, 404);
    assert.equal(res.json().error.code, 'ORGANISATION_NOT_FOUND');
    assert.match(res.json().error.message, new RegExp(UNKNOWN));
  });

  test('deleted in the register: 409 ORGANISATION_DELETED', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/organisations/${DELETED}`,
      headers: as(world, 'guardianA'),
    });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'ORGANISATION_DELETED');
  });

  test('closed down in the register: 409 ORGANISATION_DELETED, and no provider can be registered with it', async () => {
    const lookup = await t.app.inject({
      method: 'GET',
      url: `/api/organisations/${CLOSED}`,
      headers: as(world, 'guardianA'),
    });
    assert.equal(lookup.statusCode, 409);
    assert.equal(lookup.json().error.code, 'ORGANISATION_DELETED');
    const register = await t.app.inject({
      method: 'POST',
      url: '/api/municipalities/3301/providers',
      headers: { ...as(world, 'guardianA'), 'accept-language': 'nb' },
      payload: { organisationNumber: CLOSED, kind: 'commercial', email: 'post@example.no' },
    });
    assert.equal(register.statusCode, 409, register.body);
    assert.equal(register.json().error.code, 'ORGANISATION_DELETED');
    assert.equal(
      register.json().error.message,
      `Organisasjonen med organisasjonsnummer ${CLOSED} er slettet eller nedlagt i Enhetsregisteret og kan ikke registreres som tilbyder.`,
    );
    const providers = await t.database.db
      .selectFrom('provider')
      .select('id')
      .where('organisationNumber', '=', CLOSED)
      .execute();
    assert.deepEqual(providers, []);
  });

  test('register down and nothing stored: 503 REGISTER_UNAVAILABLE', async () => {
    // Every attempt (the first and two retries) fails.
    standIn.failNext(503, 3);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/organisations/${DOWN}`,
      headers: as(world, 'guardianA'),
    });
    assert.equal(res.statusCode, 503);
    assert.equal(res.json().error.code, 'REGISTER_UNAVAILABLE');
  });
});

describe('GET /api/organisations?q=', () => {
  test('name search, voluntary organisations first', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/organisations?q=fjordvik',
      headers: as(world, 'guardianA'),
    });
    assert.equal(res.statusCode, 200);
    const names = res.json().items.map((i: { name: string }) => i.name);
    assert.deepEqual(names.slice(0, 2), ['FJORDVIK IDRETTSLAG', 'FJORDVIK KLATRESENTER AS']);
    assert.deepEqual(Object.keys(res.json().items[0]).sort(), [
      'businessAddress',
      'inVoluntaryRegister',
      'municipalityNumber',
      'name',
      'organisationForm',
      'organisationNumber',
      'postalCode',
      'postalPlace',
    ]);
  });

  test('filters by municipality', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/organisations?q=fjordvik&municipality=3301',
      headers: as(world, 'adminA'),
    });
    assert.equal(res.statusCode, 200);
    assert.ok(res.json().items.every((i: { municipalityNumber: string }) => i.municipalityNumber === '3301'));
    assert.ok(res.json().items.some((i: { name: string }) => i.name === 'FJORDVIK KLATRESENTER AS'));
  });

  test('at most 20, a query of at least two characters, a four-digit municipality', async () => {
    const headers = as(world, 'guardianA');
    const tooMany = await t.app.inject({ method: 'GET', url: '/api/organisations?q=fjordvik&limit=21', headers });
    assert.equal(tooMany.statusCode, 400);
    const short = await t.app.inject({ method: 'GET', url: '/api/organisations?q=f', headers });
    assert.equal(short.statusCode, 400);
    const missing = await t.app.inject({ method: 'GET', url: '/api/organisations', headers });
    assert.equal(missing.statusCode, 400);
    const municipality = await t.app.inject({
      method: 'GET',
      url: '/api/organisations?q=fjordvik&municipality=33',
      headers,
    });
    assert.equal(municipality.statusCode, 400);
  });

  test('anonymous: 401', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/organisations?q=fjordvik' });
    assert.equal(res.statusCode, 401);
  });
});
