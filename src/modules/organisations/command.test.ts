/**
 * The `organisations` command (src/cli/import-organisations.ts) end to end: a bulk file, the download from the
 * register (the local stand-in), the change feed, and wrong arguments. On PostgreSQL it runs against a fresh test
 * database; on PGlite against an embedded database in a temporary directory.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { testConfig } from '../../../test/helpers/app.ts';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../../../test/helpers/database.ts';
import {
  type EnhetsregisteretStandIn,
  startEnhetsregisteretStandIn,
} from '../../../test/stand-ins/enhetsregisteret.ts';
import { importOrganisations } from '../../cli/import-organisations.ts';
import type { Config } from '../../config.ts';
import { syntheticEntities, writeBulkFile } from '../../integrations/enhetsregisteret/write-bulk.ts';

const dir = mkdtempSync(join(tmpdir(), 'organisations-command-'));
const entities = [...syntheticEntities(1_500, 93_500_000)];
let standIn: EnhetsregisteretStandIn;
let database: TestDatabase | undefined;
let config: Config;

before(async () => {
  standIn = await startEnhetsregisteretStandIn({ entities });
  if (testDatabaseKind() === 'postgres') {
    // The command opens its own connection; the test database only provides the empty database.
    database = await createTestDatabase({ migrate: false });
  }
  config = testConfig({
    dataDir: dir,
    databaseUrl: database?.connectionUrl,
    enhetsregisteretUrl: standIn.url,
  });
});
after(async () => {
  await standIn.close();
  await database?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await importOrganisations(args, { config, log: (line) => lines.push(line) });
  return { code, out: lines.join('\n') };
}

describe('fritidskort organisations', () => {
  test('import FILE loads a gzip bulk file and reports what it did', async () => {
    const file = join(dir, 'enheter_alle.json.gz');
    await writeBulkFile(file, [...entities, '{"organisasjonsnummer": "123"}']);
    const { code, out } = await run(['import', file]);
    assert.equal(code, 0, out);
    assert.match(out, /entities read +1\s501/);
    assert.match(out, /new +1\s500/);
    assert.match(
      out,
      /rejected +1\n +element 1500: missing or invalid organisation number \[invalid_organisation_number\]/,
    );
  });

  test('import --download reads the same entities from the register: nothing changes', async () => {
    const { code, out } = await run(['import', '--download']);
    assert.equal(code, 0, out);
    assert.match(out, /unchanged +1\s500/);
    assert.match(out, /new +0\n/);
    assert.equal(standIn.requests.at(-1)?.path, '/enhetsregisteret/api/enheter/lastned');
  });

  test('sync applies the change feed and says where to continue', async () => {
    const first = entities[0] as Record<string, unknown>;
    standIn.put({ ...first, navn: 'NYTT NAVN' });
    standIn.remove(String((entities[1] as Record<string, unknown>).organisasjonsnummer), '2026-02-01');
    const { code, out } = await run(['sync', '--since=2020-01-01']);
    assert.equal(code, 0, out);
    assert.match(out, /changes read +2/);
    assert.match(out, /changed +2/);
    assert.match(out, /became deleted +1/);
    assert.match(out, /next time: --from-id=1002/);
  });

  test('wrong arguments: usage and exit code 2; a register that is down: exit code 1', async () => {
    assert.equal((await run(['import'])).code, 2);
    assert.equal((await run(['import', 'a.json', '--download'])).code, 2);
    assert.equal((await run(['import', join(dir, 'missing.json.gz')])).code, 2);
    assert.equal((await run(['sync'])).code, 2);
    assert.equal((await run(['sync', '--since=2026-02-30'])).code, 2);
    assert.equal((await run(['sync', '--since=2026-01-01', '--from-id=4'])).code, 2);
    assert.equal((await run(['export'])).code, 2);
    assert.equal((await run(['--help'])).code, 0);
    standIn.failNext(503, 10);
    const down = await run(['sync', '--from-id=1']);
    assert.equal(down.code, 1);
    assert.match(down.out, /stopped answering/);
  });
});
