/**
 * The `import-population` command end to end on the demo population written as an extract: a full import, a
 * file cut short that is refused, the same file allowed with --allow-moved-out, and wrong arguments. On
 * PostgreSQL it runs against a fresh test database; on PGlite against an embedded database in a temporary directory.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testConfig } from '../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../../test/helpers/database.ts';
import type { Config } from '../config.ts';
import { DEMO_KOMMUNENUMMER, generateDemoMunicipality } from '../demo/generate.ts';
import { writeDemoExtract } from '../integrations/folkeregisteret/write-extract.ts';
import { createServices } from '../services.ts';
import { importPopulationCommand } from './import-population.ts';
import { openConfiguredDatabase } from './server.ts';

const dir = mkdtempSync(join(tmpdir(), 'population-command-'));
const whole = join(dir, 'extract.jsonl');
const half = join(dir, 'half.jsonl');
let database: TestDatabase | undefined;
let config: Config;

before(async () => {
  if (testDatabaseKind() === 'postgres') database = await createTestDatabase();
  config = testConfig({ dataDir: dir, databaseUrl: database?.connectionUrl });
  const data = generateDemoMunicipality({ seed: 5, children: 300, providers: 0, activities: 0 });
  await writeDemoExtract(data, whole);
  const lines = readFileSync(whole, 'utf8').split('\n').filter(Boolean);
  writeFileSync(half, `${lines.slice(0, Math.floor(lines.length / 2)).join('\n')}\n`);
  const opened = await openConfiguredDatabase(config);
  try {
    if (!database) await (await import('../db/migrate.ts')).migrate(opened);
    await createServices(opened, config).municipalities.registerMunicipality({
      kommunenummer: DEMO_KOMMUNENUMMER,
      name: 'Fjordvik',
    });
  } finally {
    await opened.close();
  }
});
after(async () => {
  await database?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await importPopulationCommand(args, { config, log: (line) => lines.push(line) });
  return { code, out: lines.join('\n') };
}

describe('fritidskort import-population', () => {
  test('a full extract is imported', async () => {
    const { code, out } = await run([whole, '--municipality', DEMO_KOMMUNENUMMER]);
    assert.equal(code, 0, out);
    assert.match(out, /moved out +0/);
  });

  test('a full extract cut short is refused with the numbers and the way to allow it', async () => {
    const { code, out } = await run([half, '--municipality', DEMO_KOMMUNENUMMER]);
    assert.equal(code, 1, out);
    const refused = /The file leaves out (\S+) of the (\S+) residents; a full import may move out at most (\S+)\./.exec(
      out,
    );
    assert.ok(refused, out);
    assert.match(out, /Nothing was imported\. If they really have moved, run again with --allow-moved-out \d+\./);

    const share = /--allow-moved-out (\d+)\./.exec(out)?.[1];
    const allowed = await run([half, '--municipality', DEMO_KOMMUNENUMMER, '--allow-moved-out', String(share)]);
    assert.equal(allowed.code, 0, allowed.out);
    assert.match(allowed.out, new RegExp(`moved out +${refused[1]}`));
  });

  test('a share that is not a percentage is a usage error', async () => {
    for (const value of ['-1', '101', 'many', '']) {
      const { code, out } = await run([half, '--municipality', DEMO_KOMMUNENUMMER, `--allow-moved-out=${value}`]);
      assert.equal(code, 2, value);
      assert.match(out, /--allow-moved-out takes a percentage from 0 to 100\./);
    }
  });
});
