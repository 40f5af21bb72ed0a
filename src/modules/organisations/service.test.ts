import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { type KyselyPlugin, sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/database.ts';
import {
  type EnhetsregisteretStandIn,
  startEnhetsregisteretStandIn,
} from '../../../test/stand-ins/enhetsregisteret.ts';
import { AppError } from '../../errors.ts';
import {
  BulkFormatError,
  type BulkItem,
  readBulkEntities,
  readBulkFile,
} from '../../integrations/enhetsregisteret/bulk.ts';
import { createEnhetsregisteretClient } from '../../integrations/enhetsregisteret/client.ts';
import { parseEntity } from '../../integrations/enhetsregisteret/entity.ts';
import {
  organisationNumbers,
  syntheticEntities,
  syntheticEntity,
  writeBulkFile,
} from '../../integrations/enhetsregisteret/write-bulk.ts';
import { createOrganisationService, MAX_REJECTED_IN_REPORT, type OrganisationService } from './service.ts';
import { createOrganisationStore } from './store.ts';

const FIXTURES = fileURLToPath(new URL('../../integrations/enhetsregisteret/fixtures/', import.meta.url));
const fixture = (name: string) => JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'organisations-test-'));

let database: TestDatabase;
let standIn: EnhetsregisteretStandIn;

before(async () => {
  database = await createTestDatabase();
  standIn = await startEnhetsregisteretStandIn({ entities: [] });
});
after(async () => {
  await standIn.close();
  await database.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const DAY = 24 * 60 * 60 * 1000;

function service(options: { withClient?: boolean; now?: () => Date; url?: string } = {}): OrganisationService {
  return createOrganisationService({
    store: createOrganisationStore(database.db),
    client:
      options.withClient === false
        ? undefined
        : createEnhetsregisteretClient({
            baseUrl: options.url ?? standIn.url,
            timeoutMs: 2_000,
            retries: 2,
            sleep: async () => undefined,
          }),
    ...(options.now ? { now: options.now } : {}),
  });
}

async function row(organisationNumber: string) {
  return database.db
    .selectFrom('organisation')
    .selectAll()
    .where('organisationNumber', '=', organisationNumber)
    .executeTakeFirst();
}

async function count(where = sql`true`): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::integer as n from organisation where ${where}`.execute(
    database.db,
  );
  return rows[0]?.n ?? 0;
}

async function rejectsWithCode(promise: Promise<unknown>, code: string) {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof AppError, String(error));
    assert.equal(error.code, code);
    return true;
  });
}

/** Items as the bulk reader gives them, from Enhet objects. */
function items(entities: unknown[]): BulkItem[] {
  return entities.map((value, index) => {
    const parsed = parseEntity(value);
    return parsed.ok ? { index, ok: true, record: parsed.record } : { index, ok: false, reason: parsed.reason };
  });
}

describe('bulk import', () => {
  const N = 20_000;
  const file = join(dir, 'enheter.json.gz');
  const entities = [...syntheticEntities(N, 92_000_000)];
  const first = entities[0] as Record<string, unknown>;
  const firstNumber = String(first.organisasjonsnummer);

  test('a file of 20 000 entities inserts them all, in set-based batches', async () => {
    await writeBulkFile(file, entities);
    const progress: number[] = [];
    // Every statement the store sends is counted: a batch is one statement, not one per organisation.
    const statements: string[] = [];
    const counting: KyselyPlugin = {
      transformQuery(args) {
        statements.push(args.node.kind);
        return args.node;
      },
      async transformResult(args) {
        return args.result;
      },
    };
    const organisations = createOrganisationService({
      store: createOrganisationStore(database.db.withPlugin(counting)),
    });
    const report = await organisations.importBulk(readBulkFile(file), {
      onProgress: (read) => progress.push(read),
    });
    assert.deepEqual(report, {
      read: N,
      inserted: N,
      updated: 0,
      unchanged: 0,
      deleted: 0,
      repeated: 0,
      rejected: [],
      rejectedCount: 0,
    });
    assert.equal(await count(sql`organisation_number between '920000000' and '929999999'`), N);
    assert.deepEqual(progress, [5_000, 10_000, 15_000, 20_000, 20_000]);
    // Four batches of 5 000, and one ANALYZE after a large first load.
    assert.equal(statements.length, 5, statements.join(', '));
    const stored = await row(firstNumber);
    assert.equal(stored?.name, first.navn);
    assert.equal(stored?.organisationForm, 'FLI');
    assert.equal(stored?.municipalityNumber?.trimEnd(), '3301');
  });

  test('the same file again changes nothing', async () => {
    const before = await row(firstNumber);
    // As text: a JS Date would cut PostgreSQL's microseconds.
    const { rows } = await sql<{ latest: string }>`select max(updated_at)::text as latest from organisation`.execute(
      database.db,
    );
    const latest = rows[0]?.latest as string;
    const report = await service().importBulk(readBulkFile(file));
    assert.equal(report.read, N);
    assert.equal(report.inserted, 0);
    assert.equal(report.updated, 0);
    assert.equal(report.unchanged, N);
    assert.equal(report.deleted, 0);
    const after = await row(firstNumber);
    assert.deepEqual(after?.updatedAt, before?.updatedAt);
    assert.equal(await count(sql`updated_at > ${latest}::timestamptz`), 0);
  });

  test('a changed name updates that organisation only', async () => {
    const renamed = entities.map((e, i) => (i === 7 ? { ...e, navn: 'NYTT NAVN IDRETTSLAG' } : e));
    const changedFile = join(dir, 'renamed.json.gz');
    await writeBulkFile(changedFile, renamed);
    const report = await service().importBulk(readBulkFile(changedFile), { batchSize: 3_000 });
    assert.equal(report.inserted, 0);
    assert.equal(report.updated, 1);
    assert.equal(report.unchanged, N - 1);
    const number = String((entities[7] as Record<string, unknown>).organisasjonsnummer);
    assert.equal((await row(number))?.name, 'NYTT NAVN IDRETTSLAG');
  });

  test('a deleted entity keeps its row with deleted_on, and its last known facts', async () => {
    const number = String((entities[3] as Record<string, unknown>).organisasjonsnummer);
    const before = await row(number);
    assert.ok(before?.businessAddress);
    const short = {
      organisasjonsnummer: number,
      navn: (entities[3] as Record<string, unknown>).navn,
      organisasjonsform: { kode: 'FLI' },
      slettedato: '2026-02-27',
    };
    const report = await service().importBulk(items([short]));
    assert.equal(report.deleted, 1);
    assert.equal(report.updated, 1);
    const after = await row(number);
    assert.equal(after?.deletedOn, '2026-02-27');
    assert.equal(after?.businessAddress, before?.businessAddress);
    assert.equal(after?.postalCode, before?.postalCode);
    assert.equal(after?.inVoluntaryRegister, before?.inVoluntaryRegister);
    // The same deletion again is no change.
    const again = await service().importBulk(items([short]));
    assert.deepEqual([again.updated, again.deleted, again.unchanged], [0, 0, 1]);
    // A deleted entity never seen before gets a row too.
    const unseen = { ...fixture('enheter-details-deleted-response.json'), organisasjonsnummer: '998877717' };
    const inserted = await service().importBulk(items([unseen]));
    assert.deepEqual([inserted.inserted, inserted.deleted], [1, 1]);
    assert.equal((await row('998877717'))?.deletedOn, '2017-10-20');
  });

  test('bad entities are rejected with their index and reason, and the rest is imported', async () => {
    const good = [...syntheticEntities(3, 93_000_000)];
    const mixed = join(dir, 'mixed.json');
    await writeBulkFile(
      mixed,
      [
        good[0] as object,
        'null',
        JSON.stringify({ ...good[1], organisasjonsnummer: '930000001' }),
        JSON.stringify({ ...good[1], navn: '' }),
        JSON.stringify({ ...good[1], registreringsdatoEnhetsregisteret: '2026-02-31' }),
        good[2] as object,
      ],
      { gzip: false },
    );
    const report = await service().importBulk(readBulkFile(mixed));
    assert.equal(report.read, 6);
    assert.equal(report.inserted, 2);
    assert.equal(report.rejectedCount, 4);
    assert.deepEqual(report.rejected, [
      { index: 1, reason: 'not_an_object' },
      { index: 2, reason: 'invalid_organisation_number' },
      { index: 3, reason: 'missing_name' },
      { index: 4, reason: 'invalid_date' },
    ]);
    assert.ok(await row(String(good[2]?.organisasjonsnummer)));
    assert.equal(await row(String(good[1]?.organisasjonsnummer)), undefined);
  });

  test('the list of rejections is capped; the count is not', async () => {
    const many: BulkItem[] = Array.from({ length: MAX_REJECTED_IN_REPORT + 25 }, (_, index) => ({
      index,
      ok: false,
      reason: 'not_an_object',
    }));
    const report = await service().importBulk(many);
    assert.equal(report.rejected.length, MAX_REJECTED_IN_REPORT);
    assert.equal(report.rejectedCount, MAX_REJECTED_IN_REPORT + 25);
  });

  test('a number repeated in the file is written once, the later record winning', async () => {
    const [a] = [...syntheticEntities(1, 94_000_000)];
    const report = await service().importBulk(items([a, { ...a, navn: 'SIST LEST' }]));
    assert.deepEqual([report.read, report.inserted, report.repeated], [2, 1, 1]);
    assert.equal((await row(String(a?.organisasjonsnummer)))?.name, 'SIST LEST');
  });

  test('a file that breaks off fails the import and keeps the batches written before the break', async () => {
    const good = [...syntheticEntities(3_000, 95_000_000)];
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, `[${good.map((e) => JSON.stringify(e)).join(',')},{"organisasjonsnummer": tr`);
    await assert.rejects(service().importBulk(readBulkFile(broken), { batchSize: 500 }), BulkFormatError);
    const written = await count(sql`organisation_number between '950000000' and '959999999'`);
    assert.ok(written >= 2_000 && written % 500 === 0, String(written));
  });
});

describe('looking an organisation up for registration', () => {
  const numbers = organisationNumbers(96_000_000);
  const next = () => numbers.next().value as string;
  const voluntary = fixture('frivillig-forening.json');

  test('an invalid number is a validation failure on the field, and nothing is asked', async () => {
    const before = standIn.requests.length;
    await assert.rejects(service().findForRegistration('998877661'), (error: unknown) => {
      assert.ok(error instanceof AppError);
      assert.equal(error.code, 'VALIDATION_FAILED');
      assert.deepEqual(error.fields, [{ field: 'body/organisationNumber', rule: 'organisationNumber' }]);
      return true;
    });
    await assert.rejects(
      service().findForRegistration('12', { field: 'path/organisationNumber' }),
      (error: AppError) => error.fields[0]?.field === 'path/organisationNumber',
    );
    assert.equal(standIn.requests.length, before);
  });

  test('not stored: asked in the register, stored, and then served from the table', async () => {
    standIn.put(voluntary);
    const organisations = service();
    const found = await organisations.findForRegistration('998 877 660');
    assert.equal(found.name, 'FJORDVIK IDRETTSLAG');
    assert.equal(found.inVoluntaryRegister, true);
    assert.equal(found.website, 'https://www.fjordvik-il.example');
    assert.ok(await row('998877660'));
    const asked = standIn.requests.length;
    const again = await organisations.findForRegistration('998877660');
    assert.equal(again.name, 'FJORDVIK IDRETTSLAG');
    assert.equal(standIn.requests.length, asked, 'fresh facts are not asked for again');
  });

  test('stale facts (over 7 days) are asked for again and updated', async () => {
    standIn.put({ ...voluntary, navn: 'FJORDVIK IDRETTSLAG NYTT NAVN' });
    const soon = service({ now: () => new Date(Date.now() + 6 * DAY) });
    assert.equal((await soon.findForRegistration('998877660')).name, 'FJORDVIK IDRETTSLAG');
    const later = service({ now: () => new Date(Date.now() + 8 * DAY) });
    const updated = await later.findForRegistration('998877660');
    assert.equal(updated.name, 'FJORDVIK IDRETTSLAG NYTT NAVN');
    assert.ok(Date.now() - updated.updatedAt.getTime() < 60_000);
  });

  test('confirmed facts are fresh again even when nothing changed', async () => {
    const number = next();
    standIn.put(syntheticEntity(1, number));
    await service().findForRegistration(number);
    await database.db
      .updateTable('organisation')
      .set({ updatedAt: new Date(Date.now() - 30 * DAY) })
      .where('organisationNumber', '=', number)
      .execute();
    await service().findForRegistration(number);
    const stored = await row(number);
    assert.ok(stored && Date.now() - stored.updatedAt.getTime() < 60_000);
  });

  test('unknown to the register: ORGANISATION_NOT_FOUND', async () => {
    await rejectsWithCode(service().findForRegistration(next()), 'ORGANISATION_NOT_FOUND');
  });

  test('deleted in the register: ORGANISATION_DELETED, and the stored row is marked', async () => {
    const number = next();
    standIn.put(syntheticEntity(2, number));
    await service().findForRegistration(number);
    standIn.remove(number, '2026-01-15');
    await rejectsWithCode(
      service({ now: () => new Date(Date.now() + 8 * DAY) }).findForRegistration(number),
      'ORGANISATION_DELETED',
    );
    assert.equal((await row(number))?.deletedOn, '2026-01-15');
    // Deleted is final: the register is not asked again.
    const asked = standIn.requests.length;
    await rejectsWithCode(service().findForRegistration(number), 'ORGANISATION_DELETED');
    assert.equal(standIn.requests.length, asked);
  });

  test('register down and nothing stored: REGISTER_UNAVAILABLE', async () => {
    const number = next();
    standIn.put(syntheticEntity(3, number));
    standIn.failNext(503, 3);
    await rejectsWithCode(service().findForRegistration(number), 'REGISTER_UNAVAILABLE');
    const closed = await startEnhetsregisteretStandIn({ entities: [] });
    await closed.close();
    await rejectsWithCode(service({ url: closed.url }).findForRegistration(number), 'REGISTER_UNAVAILABLE');
  });

  test('register down with stale facts stored: the stored facts are used', async () => {
    const stale = service({ now: () => new Date(Date.now() + 30 * DAY) });
    standIn.failNext(503, 3);
    const found = await stale.findForRegistration('998877660');
    assert.equal(found.name, 'FJORDVIK IDRETTSLAG NYTT NAVN');
  });

  test('without a register client only stored organisations are found', async () => {
    const offline = service({ withClient: false, now: () => new Date(Date.now() + 30 * DAY) });
    assert.equal((await offline.findForRegistration('998877660')).organisationNumber, '998877660');
    await rejectsWithCode(offline.findForRegistration(next()), 'ORGANISATION_NOT_FOUND');
  });

  test('get and getMany read stored organisations only', async () => {
    const organisations = service();
    assert.equal((await organisations.get('998877660')).name, 'FJORDVIK IDRETTSLAG NYTT NAVN');
    await rejectsWithCode(organisations.get(next()), 'ORGANISATION_NOT_FOUND');
    await rejectsWithCode(organisations.get('123'), 'ORGANISATION_NOT_FOUND');
    const many = await organisations.getMany(['998877660', '998877717', next(), 'x']);
    assert.deepEqual([...many.keys()].sort(), ['998877660', '998877717']);
    assert.equal(many.get('998877717')?.deletedOn, '2017-10-20');
  });
});

describe('name search', () => {
  const numbers = organisationNumbers(97_000_000);
  const entity = (name: string, extra: Record<string, unknown> = {}) => ({
    ...syntheticEntity(5, numbers.next().value as string),
    navn: name,
    registrertIFrivillighetsregisteret: false,
    ...extra,
  });
  const place = (kommunenummer: string) => ({
    forretningsadresse: { landkode: 'NO', adresse: ['Vei 1'], postnummer: '3015', poststed: 'X', kommunenummer },
  });

  before(async () => {
    await service().importBulk(
      items([
        entity('BLÅBÆRSTIEN KLATREKLUBB AS'),
        entity('BLÅBÆRSTIEN KLATREKLUBB', { registrertIFrivillighetsregisteret: true }),
        entity('KLATREKLUBBEN BLÅBÆRSTIEN SLETTET', { slettedato: '2025-01-01' }),
        entity('NORDLYS SJAKKLUBB', { ...place('3907'), registrertIFrivillighetsregisteret: true }),
        entity('NORDLYS SJAKK OG BRIDGE', place('3301')),
        entity('100% MORO AS', place('3301')),
        entity('IL NORDLYS'),
        ...Array.from({ length: 30 }, (_, i) => entity(`ZEBRA SVØMMEKLUBB ${i}`)),
      ]),
    );
  });

  test('every word must occur; voluntary organisations first; deleted ones never', async () => {
    const hits = await service().search('blåbærstien klatre');
    assert.deepEqual(
      hits.map((h) => h.name),
      ['BLÅBÆRSTIEN KLATREKLUBB', 'BLÅBÆRSTIEN KLATREKLUBB AS'],
    );
    assert.equal(hits[0]?.inVoluntaryRegister, true);
    // Case and word order do not matter.
    assert.equal((await service().search('Klatreklubb BLÅBÆRSTIEN')).length, 2);
  });

  test('filters by municipality; names holding the words come before merely similar ones', async () => {
    const hits = await service().search('nordlys', { municipalityNumber: '3301' });
    assert.equal(hits[0]?.name, 'NORDLYS SJAKK OG BRIDGE');
    assert.ok(hits.every((h) => h.municipalityNumber === '3301'));
    assert.ok(!hits.some((h) => h.name === 'NORDLYS SJAKKLUBB'));
    const all = await service().search('nordlys');
    assert.deepEqual(
      all.slice(0, 3).map((h) => h.name),
      ['NORDLYS SJAKKLUBB', 'NORDLYS SJAKK OG BRIDGE', 'IL NORDLYS'],
    );
    // What follows only resembles the query (NORDLUND …).
    assert.ok(all.slice(3).every((h) => !h.name.includes('NORDLYS')));
  });

  test('tolerates a typing error', async () => {
    const hits = await service().search('blåbærstien klatreklub');
    assert.ok(hits.some((h) => h.name === 'BLÅBÆRSTIEN KLATREKLUBB'));
    const typo = await service().search('nordlis sjakklubb');
    assert.ok(
      typo.some((h) => h.name === 'NORDLYS SJAKKLUBB'),
      JSON.stringify(typo.map((h) => h.name)),
    );
  });

  test('a query of short words matches names that start with it', async () => {
    const hits = await service().search('il');
    assert.ok(hits.some((h) => h.name === 'IL NORDLYS'));
    assert.ok(hits.every((h) => h.name.toLowerCase().startsWith('il')));
    assert.deepEqual(await service().search('i'), []);
  });

  test('LIKE wildcards in the query are taken literally', async () => {
    const hits = await service().search('100% moro');
    assert.deepEqual(
      hits.map((h) => h.name),
      ['100% MORO AS'],
    );
    assert.deepEqual(await service().search('%%%'), []);
    assert.deepEqual(await service().search('___ ___'), []);
  });

  test('at most 20 hits', async () => {
    assert.equal((await service().search('zebra svømmeklubb', { limit: 100 })).length, 20);
    assert.equal((await service().search('zebra svømmeklubb')).length, 10);
    assert.equal((await service().search('zebra svømmeklubb', { limit: 3 })).length, 3);
  });
});

describe('following the change feed', () => {
  test('changes, deletions, new and removed organisations are applied', async () => {
    const numbers = organisationNumbers(98_000_000);
    const entities = Array.from({ length: 12 }, (_, i) => syntheticEntity(i, numbers.next().value as string));
    const feed = await startEnhetsregisteretStandIn({ entities, firstUpdateId: 7_000 });
    try {
      const organisations = service({ url: feed.url });
      const client = createEnhetsregisteretClient({ baseUrl: feed.url });
      const initial = await organisations.importBulk(readBulkEntities(() => client.downloadBulk()));
      assert.equal(initial.inserted, 12);

      const number = (i: number) => String(entities[i]?.organisasjonsnummer);
      feed.put({ ...entities[0], navn: 'ENDRET NAVN' });
      feed.put({ ...entities[0], navn: 'ENDRET NAVN TO GANGER' });
      feed.put({ ...entities[1] });
      feed.remove(number(2), '2026-02-20');
      const fresh = syntheticEntity(99, numbers.next().value as string);
      feed.put(fresh);
      // Removed from the register altogether: no longer answered (404).
      const gone = numbers.next().value as string;
      await organisations.importBulk(items([syntheticEntity(98, gone)]));
      feed.recordUpdate(gone, 'Fjernet');

      const report = await organisations.applyUpdates('2000-01-01', { pageSize: 2 });
      assert.deepEqual(report, {
        updates: 6,
        organisations: 5,
        inserted: 1,
        updated: 3,
        unchanged: 1,
        deleted: 2,
        notFound: 1,
        skipped: 0,
        lastUpdateId: 7_005,
      });
      assert.equal((await row(number(0)))?.name, 'ENDRET NAVN TO GANGER');
      assert.equal((await row(number(2)))?.deletedOn, '2026-02-20');
      assert.ok(await row(String(fresh.organisasjonsnummer)));
      assert.ok((await row(gone))?.deletedOn);

      // From the next update id: nothing more to do.
      const rest = await organisations.applyUpdates({ fromUpdateId: 7_006 });
      assert.equal(rest.updates, 0);

      // onlyKnown leaves organisations without a row alone.
      const another = syntheticEntity(97, numbers.next().value as string);
      feed.put(another);
      feed.put({ ...entities[3], navn: 'OGSÅ ENDRET' });
      const known = await organisations.applyUpdates({ fromUpdateId: 7_006 }, { onlyKnown: true });
      assert.deepEqual([known.updates, known.skipped, known.updated, known.inserted], [2, 1, 1, 0]);
      assert.equal(await row(String(another.organisasjonsnummer)), undefined);
    } finally {
      await feed.close();
    }
  });

  test('a register that stops answering is REGISTER_UNAVAILABLE', async () => {
    const feed = await startEnhetsregisteretStandIn({ entities: [] });
    try {
      feed.failNext(500, 10);
      await rejectsWithCode(service({ url: feed.url }).applyUpdates('2026-01-01'), 'REGISTER_UNAVAILABLE');
      await rejectsWithCode(service({ withClient: false }).applyUpdates('2026-01-01'), 'REGISTER_UNAVAILABLE');
    } finally {
      await feed.close();
    }
  });
});
