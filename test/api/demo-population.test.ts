import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { loadDemoMunicipality } from '../../src/demo/load.ts';
import { osloDate } from '../../src/domain/age.ts';
import { createServices } from '../../src/services.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(async () => {
  await t.close();
});

test('the demo load is recorded as an import run, so the register status does not contradict its counts', async () => {
  const loaded = await loadDemoMunicipality(t.database, t.config.piiKeys, {
    seed: 7,
    children: 300,
    providers: 10,
    activities: 40,
  });
  const services = createServices(t.database, t.config);
  const status = await services.population.registerStatus(loaded.municipalityId, osloDate());
  assert.ok(status.residents > 0 && status.childrenInScope > 0);
  // Residents are counted, so the register has been read: there is a run saying from what.
  assert.equal(status.runs.length, 1);
  const run = status.runs[0];
  assert.equal(run?.mode, 'full');
  assert.equal(run?.startedBy, 'demo');
  assert.equal(run?.source, 'demo-extract (seed 7)');
  assert.ok(run?.finishedAt);
  assert.equal(run?.imported, loaded.counts.persons);
  assert.equal(run?.guardianshipsAdded, loaded.counts.guardianships);
});
