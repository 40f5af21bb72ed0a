/**
 * Synthetic test numbers (Tenor: month + 80; NAV: month + 40) belong to test data: production refuses them
 * wherever a national id enters (import, login, caseworker look-up, roles); development and tests accept them.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AppError } from '../../src/errors.ts';
import { createServices } from '../../src/services.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { as, buildWorld, type World } from '../helpers/world.ts';

let t: TestApp;
let world: World;
before(async () => {
  t = await createTestApp({ mode: 'production' });
  // The world (with its synthetic numbers and sessions) is made as tests make it; the server runs as production.
  world = await buildWorld({ ...t, config: { ...t.config, mode: 'test' } });
});
after(async () => {
  await t.close();
});

const A = '3301';

test('the caseworker look-up refuses a synthetic number in production with a translated field error', async () => {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/municipalities/${A}/people/lookup`,
    headers: { ...as(world, 'caseworkerA'), 'accept-language': 'en' },
    payload: { nationalId: world.people.childA.nationalId, reason: 'Tildeling av fritidskort' },
  });
  assert.equal(res.statusCode, 400);
  assert.deepEqual(res.json().error.details, [
    { field: 'body/nationalId', message: 'Is a synthetic test number, which is not accepted here.' },
  ]);
});

test('a role cannot be given to a synthetic number in production', async () => {
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/municipalities/${A}/roles`,
    headers: as(world, 'adminA'),
    payload: {
      role: 'venue_staff',
      nationalId: world.people.guardianA.nationalId,
      holderName: 'Kari Nordmann',
      providerId: world.providers.a1,
    },
  });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.details[0].field, 'body/nationalId');
});

test('login with a synthetic pid gets no session in production; development and tests accept it', async () => {
  const production = createServices(t.database, t.config);
  assert.equal(production.identity.acceptsNationalId(world.people.guardianA.nationalId), false);
  await assert.rejects(
    production.identity.startCitizenSession({
      pid: world.people.guardianA.nationalId,
      name: 'Kari Nordmann',
      acr: 'idporten-loa-substantial',
    }),
    (error: unknown) => error instanceof AppError && error.code === 'UNAUTHENTICATED',
  );
  for (const mode of ['development', 'test'] as const) {
    const services = createServices(t.database, { ...t.config, mode });
    assert.equal(services.identity.acceptsNationalId(world.people.guardianA.nationalId), true);
  }
});

test('the population import rejects lines with a synthetic number in production, and imports them in development', async () => {
  const line = JSON.stringify({
    identifikasjonsnummer: [{ foedselsEllerDNummer: world.people.childA.nationalId, status: 'iBruk' }],
    status: [{ status: 'bosatt' }],
    navn: [{ fornavn: 'Ola', etternavn: 'Nordmann' }],
    foedsel: [{ foedselsdato: `${new Date().getUTCFullYear() - 10}-05-17` }],
    bostedsadresse: [{ vegadresse: { kommunenummer: A, adressenavn: 'Elvegata', adressenummer: { husnummer: 1 } } }],
  });
  const production = createServices(t.database, t.config);
  const refused = await production.population.importPopulation([line], { kommunenummer: A, mode: 'delta' });
  assert.equal(refused.ok, false);
  assert.ok(!refused.ok && refused.error === 'no_valid_documents');
  assert.deepEqual(!refused.ok && 'report' in refused ? refused.report.rejected : [], [
    { line: 1, reason: 'synthetic_national_id' },
  ]);
  const development = createServices(t.database, { ...t.config, mode: 'development' });
  const accepted = await development.population.importPopulation([line], { kommunenummer: A, mode: 'delta' });
  assert.ok(accepted.ok);
  assert.equal(accepted.report.imported, 1);
});
