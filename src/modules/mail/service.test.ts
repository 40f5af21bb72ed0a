import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase, testDatabaseKind } from '../../../test/helpers/database.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/helpers/smtp-server.ts';
import { type Database, openDatabase } from '../../db/database.ts';
import type { NewsTables } from '../../db/tables/news.ts';
import { createSmtpTransport } from '../../integrations/mail/smtp.ts';
import { createMailTransport } from '../../integrations/mail/transport.ts';
import { createMailService, type MailServiceOptions, retryDelayMs, startMailDelivery } from './service.ts';
import { createMailStore } from './store.ts';

let database: TestDatabase;
let smtp: TestSmtpServer;
let municipalityId: number;
let otherMunicipalityId: number;
const open: { close(): void }[] = [];

before(async () => {
  database = await createTestDatabase();
  smtp = await startTestSmtpServer();
  const rows = await database.db
    .insertInto('municipality')
    .values([
      { kommunenummer: '3301', name: 'Drammen' },
      { kommunenummer: '3907', name: 'Sandefjord' },
    ])
    .returning('id')
    .execute();
  municipalityId = rows[0]?.id ?? 0;
  otherMunicipalityId = rows[1]?.id ?? 0;
});
after(async () => {
  for (const o of open) o.close();
  await smtp.close();
  await database.dispose();
});
beforeEach(async () => {
  await database.db.withTables<NewsTables>().deleteFrom('mailOutbox').execute();
  smtp.messages.length = 0;
  smtp.rejectNext(0);
});

function mailService(options: Partial<MailServiceOptions> = {}, on: Database = database) {
  const transport = createSmtpTransport(smtp.url, 'Fritidskortet <noreply@fritidskort.test>');
  open.push(transport);
  return createMailService({ store: createMailStore(on.db), transport, retryBaseMs: 0, ...options });
}

async function outbox() {
  return database.db.withTables<NewsTables>().selectFrom('mailOutbox').selectAll().orderBy('id').execute();
}

test('retries wait longer after each failure, up to a limit', () => {
  assert.deepEqual(
    [1, 2, 3, 4, 10].map((n) => retryDelayMs(n, 60_000, 600_000)),
    [60_000, 120_000, 240_000, 480_000, 600_000],
  );
});

describe('delivery', () => {
  test('a queued message arrives with its recipient, subject, text and HTML, and is marked sent', async () => {
    const mail = mailService();
    await mail.enqueueMail(
      {
        to: 'leder@turn.example',
        subject: 'Nytt fra kommunen',
        text: 'Hei!\n\nSøknadsfristen er 1. mai.',
        html: '<p>Hei!</p><p>Søknadsfristen er 1. mai.</p>',
        language: 'nb',
      },
      { municipalityId, reference: 'news:test' },
    );
    assert.equal((await outbox())[0]?.status, 'queued');
    const result = await mail.deliverDue();
    assert.deepEqual(result, { claimed: 1, sent: 1, retrying: 0, failed: 0, more: false });
    const [received] = await smtp.waitFor(1);
    assert.deepEqual(received?.to, ['leder@turn.example']);
    assert.equal(received?.subject, 'Nytt fra kommunen');
    assert.equal(received?.text.trim(), 'Hei!\n\nSøknadsfristen er 1. mai.');
    assert.match(received?.html ?? '', /<p>Søknadsfristen er 1\. mai\.<\/p>/);
    assert.equal(received?.language, 'nb');
    const [row] = await outbox();
    assert.equal(row?.status, 'sent');
    assert.equal(row?.attempts, 1);
    assert.ok(row?.sentAt instanceof Date);
    assert.equal(row?.reference, 'news:test');
    // The body is not kept once delivered; who, what and when are.
    assert.equal(row?.text, '');
    assert.equal(row?.html, null);
    assert.equal(row?.subject, 'Nytt fra kommunen');
    // Nothing is sent twice.
    assert.equal((await mail.deliverDue()).claimed, 0);
    assert.equal(smtp.messages.length, 1);
  });

  test('a refused message is retried and delivered later', async () => {
    const mail = mailService();
    await mail.enqueueMail({ to: 'a@b.example', subject: 'Prøv igjen', text: 'Tekst' }, { municipalityId });
    const rejectedBefore = smtp.rejected;
    smtp.rejectNext(1);
    const first = await mail.deliverDue();
    assert.deepEqual({ retrying: first.retrying, sent: first.sent }, { retrying: 1, sent: 0 });
    const [afterFailure] = await outbox();
    assert.equal(afterFailure?.status, 'queued');
    assert.equal(afterFailure?.attempts, 1);
    assert.match(afterFailure?.lastError ?? '', /451|busy/i);
    assert.equal(afterFailure?.text, 'Tekst');
    const second = await mail.deliverDue();
    assert.equal(second.sent, 1);
    assert.equal(smtp.rejected - rejectedBefore, 1);
    assert.equal(smtp.messages.length, 1);
    assert.equal(smtp.messages[0]?.subject, 'Prøv igjen');
    const [row] = await outbox();
    assert.equal(row?.status, 'sent');
    assert.equal(row?.attempts, 2);
  });

  test('after a failure the message waits for its next attempt', async () => {
    const mail = mailService({ retryBaseMs: 60_000 });
    await mail.enqueueMail({ to: 'a@b.example', subject: 'Vent', text: 'Tekst' }, { municipalityId });
    smtp.rejectNext(1);
    assert.equal((await mail.deliverDue()).retrying, 1);
    const [row] = await outbox();
    const waits = await sql<{ seconds: number }>`select extract(epoch from (next_attempt_at - now()))::float8 as seconds
      from mail_outbox where id = ${row?.id ?? 0}`.execute(database.db);
    const seconds = Number(waits.rows[0]?.seconds);
    assert.ok(seconds > 50 && seconds <= 60, `next attempt in ${seconds} s`);
    assert.equal((await mail.deliverDue()).claimed, 0);
    assert.equal(smtp.messages.length, 0);
  });

  test('after the last attempt the message is marked failed and its body dropped', async () => {
    const mail = mailService({ maxAttempts: 3 });
    await mail.enqueueMail({ to: 'a@b.example', subject: 'Umulig', text: 'Tekst' }, { municipalityId });
    const rejectedBefore = smtp.rejected;
    smtp.rejectNext(10);
    const results = [await mail.deliverDue(), await mail.deliverDue(), await mail.deliverDue()];
    assert.deepEqual(
      results.map((r) => [r.retrying, r.failed]),
      [
        [1, 0],
        [1, 0],
        [0, 1],
      ],
    );
    assert.equal((await mail.deliverDue()).claimed, 0);
    const [row] = await outbox();
    assert.equal(row?.status, 'failed');
    assert.equal(row?.attempts, 3);
    assert.equal(row?.text, '');
    assert.match(row?.lastError ?? '', /451|busy/i);
    assert.equal(smtp.rejected - rejectedBefore, 3);
    const status = await mail.status(municipalityId);
    assert.deepEqual(
      { queued: status.queued, failed: status.failed, transport: status.transport },
      {
        queued: 0,
        failed: 1,
        transport: 'smtp',
      },
    );
  });

  test('many messages are queued in batches and delivered per municipality', async () => {
    const mail = mailService({ batchSize: 10 });
    const messages = Array.from({ length: 25 }, (_, i) => ({ to: `p${i}@a.example`, subject: `A ${i}`, text: 'x' }));
    assert.equal(await mail.enqueueMailBatch(messages, { municipalityId, reference: 'batch' }), 25);
    await mail.enqueueMail({ to: 'p@b.example', subject: 'B', text: 'y' }, { municipalityId: otherMunicipalityId });
    let sent = 0;
    for (;;) {
      const r = await mail.deliverDue();
      sent += r.sent;
      if (r.claimed === 0) break;
    }
    assert.equal(sent, 26);
    assert.equal(smtp.messages.length, 26);
    assert.equal((await mail.status(otherMunicipalityId)).sent, 1);
    assert.equal((await mail.status(municipalityId)).sent, 25);
  });

  test('two senders at once never send a message twice', async () => {
    // On the PostgreSQL server the second sender has its own connections, as another server process would.
    const second =
      testDatabaseKind() === 'postgres'
        ? await openDatabase({ kind: 'postgres', url: database.connectionUrl ?? '', poolSize: 4 })
        : database;
    try {
      const a = mailService({ batchSize: 5 });
      const b = mailService({ batchSize: 5 }, second);
      const count = 60;
      await a.enqueueMailBatch(
        Array.from({ length: count }, (_, i) => ({ to: `p${i}@a.example`, subject: `Melding ${i}`, text: 'x' })),
        { municipalityId },
      );
      const worker = async (mail: typeof a) => {
        let sent = 0;
        for (;;) {
          const r = await mail.deliverDue();
          sent += r.sent;
          if (r.claimed === 0) return sent;
        }
      };
      const [sentA, sentB] = await Promise.all([worker(a), worker(b), worker(a), worker(b)]).then((n) => [
        (n[0] ?? 0) + (n[2] ?? 0),
        (n[1] ?? 0) + (n[3] ?? 0),
      ]);
      assert.equal((sentA ?? 0) + (sentB ?? 0), count);
      const subjects = smtp.messages.map((m) => m.subject);
      assert.equal(subjects.length, count);
      assert.equal(new Set(subjects).size, count);
      const rows = await outbox();
      assert.ok(rows.every((r) => r.status === 'sent' && r.attempts === 1));
      if (testDatabaseKind() === 'postgres')
        assert.ok((sentA ?? 0) > 0 && (sentB ?? 0) > 0, `both senders worked: ${sentA} ${sentB}`);
    } finally {
      if (second !== database) await second.close();
    }
  });

  test('the background loop delivers and stops', async () => {
    const mail = mailService();
    const loop = startMailDelivery({ mail, intervalMs: 20 });
    try {
      await mail.enqueueMail({ to: 'loop@a.example', subject: 'Fra løkka', text: 'x' }, { municipalityId });
      const [received] = await smtp.waitFor(1);
      assert.equal(received?.subject, 'Fra løkka');
    } finally {
      await loop.stop();
    }
  });
});

describe('queueing', () => {
  test('a message needs a municipality and a plain address', async () => {
    const mail = mailService();
    await assert.rejects(() => mail.enqueueMail({ to: 'a@b.example', subject: 'S', text: 'x' }));
    await assert.rejects(() =>
      mail.enqueueMail({ to: 'Navn <a@b.example>', subject: 'S', text: 'x' }, { municipalityId }),
    );
    await assert.rejects(() => mail.enqueueMail({ to: 'not-an-address', subject: 'S', text: 'x' }, { municipalityId }));
    assert.equal((await outbox()).length, 0);
  });

  test('a line break in the subject cannot add headers', async () => {
    const mail = mailService();
    await mail.enqueueMail({ to: 'a@b.example', subject: 'Hei\r\nBcc: x@y.example', text: 'x' }, { municipalityId });
    await mail.deliverDue();
    const [received] = await smtp.waitFor(1);
    assert.equal(received?.subject, 'Hei Bcc: x@y.example');
    assert.deepEqual(received?.to, ['a@b.example']);
  });
});

describe('without an SMTP server', () => {
  test('outside production, mail is written as .eml files under the data directory', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'fk-mail-'));
    try {
      const transport = createMailTransport({ smtpUrl: undefined, from: 'x@y.example', mode: 'development', dataDir });
      assert.equal(transport?.kind, 'files');
      const mail = createMailService({ store: createMailStore(database.db), transport });
      await mail.enqueueMail({ to: 'dev@a.example', subject: 'Til utvikleren', text: 'Les meg' }, { municipalityId });
      assert.equal((await mail.deliverDue()).sent, 1);
      const files = await readdir(join(dataDir, 'mail'));
      assert.equal(files.length, 1);
      assert.match(files[0] ?? '', /\.eml$/);
      const content = await readFile(join(dataDir, 'mail', files[0] ?? ''), 'utf8');
      assert.match(content, /^To: dev@a\.example$/m);
      assert.match(content, /Les meg/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  test('in production, mail stays queued and the backlog is visible', async () => {
    const transport = createMailTransport({
      smtpUrl: undefined,
      from: 'x@y.example',
      mode: 'production',
      dataDir: '/',
    });
    assert.equal(transport, undefined);
    const mail = createMailService({ store: createMailStore(database.db), transport });
    await mail.enqueueMail({ to: 'p@a.example', subject: 'Venter', text: 'x' }, { municipalityId });
    assert.equal((await mail.deliverDue()).claimed, 0);
    const status = await mail.status();
    assert.equal(status.transport, 'none');
    assert.equal(status.queued, 1);
    assert.ok(status.oldestQueuedAt instanceof Date);
    const warnings: Record<string, unknown>[] = [];
    const log = { info() {}, error() {}, warn: (fields: Record<string, unknown>) => void warnings.push(fields) };
    const loop = startMailDelivery({ mail, intervalMs: 10, log });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await loop.stop();
    assert.equal(warnings.length, 1);
    assert.deepEqual(warnings[0], { queued: 1, failed: 0 });
    assert.equal((await outbox())[0]?.status, 'queued');
  });
});
