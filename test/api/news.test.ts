/**
 * The municipality's news to providers through the API: who an audience reaches, sending (dashboard rows and
 * e-mail for those with an address, delivered to a local SMTP server), the admin's overview, the provider's
 * page and reading, and refusals.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { NewsTables } from '../../src/db/tables/news.ts';
import { createSmtpTransport } from '../../src/integrations/mail/smtp.ts';
import { createMailService, type MailService } from '../../src/modules/mail/service.ts';
import { createMailStore } from '../../src/modules/mail/store.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../helpers/smtp-server.ts';
import { as, buildWorld, type World } from '../helpers/world.ts';

const A = '3301';
const B = '3907';

let t: TestApp;
let world: World;
let smtp: TestSmtpServer;
let mail: MailService;
const p: Record<string, string> = {};
const hood: Record<string, string> = {};

before(async () => {
  smtp = await startTestSmtpServer();
  t = await createTestApp({ mail: { smtpUrl: smtp.url, from: 'Fritidskortet <noreply@fritidskort.test>' } });
  world = await buildWorld(t);
  const transport = createSmtpTransport(smtp.url, 'Fritidskortet <noreply@fritidskort.test>');
  mail = createMailService({ store: createMailStore(t.database.db), transport, retryBaseMs: 0 });

  const db = t.database.db;
  const a = world.a.id;
  const b = world.b.id;
  for (const [key, municipalityId, name, latitude] of [
    ['sentrum', a, 'Bragernes', 59.74],
    ['konnerud', a, 'Konnerud', 59.72],
    ['sandefjordSentrum', b, 'Sentrum', 59.13],
  ] as const) {
    const row = await db
      .insertInto('neighbourhood')
      .values({ municipalityId, name, latitude, longitude: 10.2 })
      .returning('id')
      .executeTakeFirstOrThrow();
    hood[key] = row.id;
  }

  // Drammen: a1 (voluntary, sport, Bragernes, e-mail), a2 (voluntary, unusable address), a3 (municipal, art,
  // Konnerud, e-mail), a4 (voluntary, e-mail, not yet approved), a5 (commercial, sport only in a draft,
  // published outdoor, e-mail). Sandefjord: b1 (voluntary, sport, e-mail), b2 (municipal, e-mail).
  p.a1 = world.providers.a1;
  p.a2 = world.providers.a2;
  p.b1 = world.providers.b1;
  await db
    .updateTable('provider')
    .set({ email: 'post@drammenturn.example', neighbourhoodId: hood.sentrum ?? null })
    .where('id', '=', p.a1)
    .execute();
  await db.updateTable('provider').set({ email: 'ikke en adresse' }).where('id', '=', p.a2).execute();
  await db.updateTable('provider').set({ email: 'post@sandefjordil.example' }).where('id', '=', p.b1).execute();
  const more = [
    ['a3', a, 'Drammen kulturskole', 'municipal', 'approved', 'kulturskolen@drammen.example', hood.konnerud],
    ['a4', a, 'Ny klubb', 'voluntary', 'pending', 'ny@klubb.example', null],
    ['a5', a, 'Klatresenteret', 'commercial', 'approved', ' klatring@senteret.example ', null],
    ['b2', b, 'Sandefjord kulturskole', 'municipal', 'approved', 'kultur@sandefjord.example', hood.sandefjordSentrum],
  ] as const;
  for (const [key, municipalityId, name, kind, status, email, neighbourhoodId] of more) {
    const row = await db
      .insertInto('provider')
      .values({ municipalityId, name, kind, status, email, neighbourhoodId: neighbourhoodId ?? null })
      .returning('id')
      .executeTakeFirstOrThrow();
    p[key] = row.id;
  }
  const activities = [
    [a, 'a1', 'sport', 'published'],
    [a, 'a3', 'art_culture', 'published'],
    [a, 'a5', 'sport', 'draft'],
    [a, 'a5', 'nature_outdoor', 'published'],
    [a, 'a4', 'sport', 'published'],
    [b, 'b1', 'sport', 'published'],
  ] as const;
  for (const [municipalityId, provider, category, status] of activities) {
    await db
      .insertInto('activity')
      .values({
        municipalityId,
        providerId: p[provider] ?? '',
        category,
        status,
        title: `${category} hos ${provider}`,
        minAge: 6,
        maxAge: 16,
        seasonStart: '2026-08-20',
        seasonEnd: '2027-06-15',
      })
      .execute();
  }
});
after(async () => {
  mail?.close();
  await t?.close();
  await smtp?.close();
});

function newsTables() {
  return t.database.db.withTables<NewsTables>();
}

async function audience(query: string, kommunenummer = A, actor: 'adminA' | 'adminB' = 'adminA') {
  return t.app.inject({
    method: 'GET',
    url: `/api/municipalities/${kommunenummer}/news/audience${query}`,
    headers: as(world, actor),
  });
}

async function send(payload: Record<string, unknown>, kommunenummer = A, actor: 'adminA' | 'adminB' = 'adminA') {
  return t.app.inject({
    method: 'POST',
    url: `/api/municipalities/${kommunenummer}/news`,
    headers: as(world, actor),
    payload,
  });
}

async function stored() {
  const [newsRows, recipients, outbox] = await Promise.all([
    newsTables().selectFrom('providerNews').select('id').execute(),
    newsTables().selectFrom('providerNewsRecipient').select('providerId').execute(),
    newsTables().selectFrom('mailOutbox').select('id').execute(),
  ]);
  return { news: newsRows.length, recipients: recipients.length, mail: outbox.length };
}

describe('audience', () => {
  const cases: [string, string, number][] = [
    ['every approved provider', '', 4],
    ['one kind', '?kinds=voluntary', 2],
    ['several kinds', '?kinds=voluntary&kinds=commercial', 3],
    ['a category (published activities only)', '?categories=sport', 1],
    ['any of several categories', '?categories=sport&categories=art_culture', 2],
    ['a category only a draft has', '?kinds=commercial&categories=sport', 0],
  ];
  for (const [label, query, count] of cases) {
    test(`counts ${label}`, async () => {
      const res = await audience(query);
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(res.json(), { count });
    });
  }

  test('counts by neighbourhood and by every dimension at once', async () => {
    assert.deepEqual((await audience(`?neighbourhoodIds=${hood.sentrum}`)).json(), { count: 1 });
    assert.deepEqual(
      (await audience(`?kinds=municipal&categories=art_culture&neighbourhoodIds=${hood.konnerud}`)).json(),
      { count: 1 },
    );
    assert.deepEqual((await audience(`?kinds=voluntary&neighbourhoodIds=${hood.konnerud}`)).json(), { count: 0 });
  });

  test("the other municipality's providers are never counted", async () => {
    assert.deepEqual((await audience('', B, 'adminB')).json(), { count: 2 });
    assert.deepEqual((await audience('?kinds=municipal', B, 'adminB')).json(), { count: 1 });
    // A neighbourhood of Sandefjord is unknown in Drammen.
    const res = await audience(`?neighbourhoodIds=${hood.sandefjordSentrum}`);
    assert.equal(res.statusCode, 400);
    assert.deepEqual(
      res.json().error.details.map((d: { field: string }) => d.field),
      ['query/neighbourhoodIds/0'],
    );
  });

  test('an unknown category or kind is refused', async () => {
    const res = await audience('?categories=sport&categories=knitting');
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.code, 'VALIDATION_FAILED');
    const [detail] = res.json().error.details;
    assert.equal(detail.field, 'query/categories/1');
    assert.match(detail.message, /art_culture/);
    assert.equal((await audience('?kinds=club')).statusCode, 400);
  });
});

describe('sending news', () => {
  let sentId: string;

  test('bad input is refused with details and nothing is stored', async () => {
    const before = await stored();
    const empty = await send({ subject: '', body: 'Tekst' });
    assert.equal(empty.statusCode, 400);
    assert.equal(empty.json().error.code, 'VALIDATION_FAILED');
    assert.deepEqual(
      empty.json().error.details.map((d: { field: string }) => d.field),
      ['body/subject'],
    );
    const blank = await send({ subject: '   ', body: 'Tekst' });
    assert.equal(blank.statusCode, 400);
    assert.deepEqual(
      blank.json().error.details.map((d: { field: string }) => d.field),
      ['body/subject'],
    );
    const unknown = await send({ subject: 'Hei', body: 'Tekst', audience: { categories: ['knitting'] } });
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(
      unknown.json().error.details.map((d: { field: string }) => d.field),
      ['body/audience/categories/0'],
    );
    const long = await send({ subject: 'x'.repeat(201), body: 'y'.repeat(20_001) });
    assert.equal(long.statusCode, 400);
    assert.deepEqual(
      long
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort(),
      ['body/body', 'body/subject'],
    );
    assert.deepEqual(await stored(), before);
  });

  test('text with a lone UTF-16 surrogate is refused naming the field; nothing is stored, no mail queued', async () => {
    const before = await stored();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/news`,
      headers: { ...as(world, 'adminA'), 'content-type': 'application/json', 'accept-language': 'en' },
      payload: '{"subject":"Hei \\ud800","body":"Tekst \\udc00 her"}',
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json().error.code, 'VALIDATION_FAILED');
    assert.deepEqual(
      res.json().error.details.map((d: { field: string }) => d.field),
      ['body/subject', 'body/body'],
    );
    assert.deepEqual(await stored(), before);
  });

  test('news to every provider is stored for each and e-mailed to those with an address', async () => {
    const res = await send({
      subject: 'Søknadsfrist for driftstilskudd',
      body: 'Hei alle sammen!\n\nFristen er 1. mai. Søk på <kommunens side>.',
    });
    assert.equal(res.statusCode, 201, res.body);
    const body = res.json();
    sentId = body.id;
    assert.equal(body.recipientCount, 4);
    assert.equal(body.emailCount, 3);
    assert.equal(body.readCount, 0);
    assert.equal(body.sentBy, 'Anders Admin');
    assert.deepEqual(body.audience, {});

    const recipients = await newsTables()
      .selectFrom('providerNewsRecipient')
      .select(['municipalityId', 'providerId', 'email'])
      .where('newsId', '=', sentId)
      .execute();
    assert.deepEqual(
      recipients.map((r) => [r.providerId, r.email]).sort(),
      [
        [p.a1, 'post@drammenturn.example'],
        [p.a2, null],
        [p.a3, 'kulturskolen@drammen.example'],
        [p.a5, 'klatring@senteret.example'],
      ].sort(),
    );
    assert.ok(recipients.every((r) => r.municipalityId === world.a.id));
    const outbox = await newsTables()
      .selectFrom('mailOutbox')
      .select(['municipalityId', 'recipient', 'reference', 'status'])
      .where('reference', '=', `news:${sentId}`)
      .execute();
    assert.equal(outbox.length, 3);
    assert.ok(outbox.every((m) => m.municipalityId === world.a.id && m.status === 'queued'));

    const log = await world.services.audit.search({
      municipalityId: world.a.id,
      action: 'news.send',
      limit: 10,
      offset: 0,
    });
    const entry = log.items.find((e) => (e.details as { newsId?: string }).newsId === sentId);
    assert.ok(entry, 'the sending is audited');
    assert.equal(entry.actorName, 'Anders Admin');
    assert.equal(entry.actorRole, 'municipality_admin');
  });

  test('the e-mails reach the providers with the subject and text', async () => {
    smtp.messages.length = 0;
    let sent = 0;
    for (;;) {
      const r = await mail.deliverDue();
      sent += r.sent;
      if (r.claimed === 0) break;
    }
    const mine = smtp.messages.filter((m) => m.subject === 'Søknadsfrist for driftstilskudd');
    assert.deepEqual(mine.map((m) => m.to.join()).sort(), [
      'klatring@senteret.example',
      'kulturskolen@drammen.example',
      'post@drammenturn.example',
    ]);
    assert.ok(sent >= 3);
    for (const m of mine) {
      assert.match(m.text, /^Hei alle sammen!\n\nFristen er 1\. mai\. Søk på <kommunens side>\./);
      assert.match(m.text, /Drammen/);
      assert.match(m.html ?? '', /Søk på &lt;kommunens side&gt;\./);
      assert.doesNotMatch(m.html ?? '', /<kommunens side>/);
    }
    // Nobody in Sandefjord received anything.
    assert.ok(!smtp.messages.some((m) => m.to.some((to) => /sandefjord/.test(to))));
  });

  test('a filtered audience reaches only the matching providers', async () => {
    const res = await send({
      subject: 'Til kulturaktørene',
      body: 'Kulturnatt i september.',
      audience: { kinds: ['municipal', 'voluntary'], categories: ['art_culture', 'sport'] },
    });
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().recipientCount, 2);
    assert.deepEqual(res.json().audience, { categories: ['art_culture', 'sport'], kinds: ['municipal', 'voluntary'] });
    const recipients = await newsTables()
      .selectFrom('providerNewsRecipient')
      .select('providerId')
      .where('newsId', '=', res.json().id)
      .execute();
    assert.deepEqual(recipients.map((r) => r.providerId).sort(), [p.a1, p.a3].sort());
  });

  test("the other municipality's admin sends only to its own providers and never sees Drammen's news", async () => {
    const res = await send({ subject: 'Fra Sandefjord', body: 'Hei.' }, B, 'adminB');
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().recipientCount, 2);
    const recipients = await newsTables()
      .selectFrom('providerNewsRecipient')
      .select(['providerId', 'municipalityId'])
      .where('newsId', '=', res.json().id)
      .execute();
    assert.deepEqual(recipients.map((r) => r.providerId).sort(), [p.b1, p.b2].sort());
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${B}/news`,
      headers: as(world, 'adminB'),
    });
    assert.deepEqual(
      list.json().items.map((n: { subject: string }) => n.subject),
      ['Fra Sandefjord'],
    );
    const other = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${B}/news/${sentId}`,
      headers: as(world, 'adminB'),
    });
    assert.equal(other.statusCode, 404);
    assert.equal(other.json().error.code, 'NEWS_NOT_FOUND');
    const cross = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/news/${sentId}`,
      headers: as(world, 'adminB'),
    });
    assert.equal(cross.statusCode, 403);
  });

  test('the provider sees the news on its page and marks it read', async () => {
    const url = `/api/municipalities/${A}/providers/${p.a1}/news`;
    const page = await t.app.inject({ method: 'GET', url, headers: as(world, 'providerAdminA') });
    assert.equal(page.statusCode, 200, page.body);
    const body = page.json();
    assert.deepEqual(
      body.items.map((n: { subject: string; read: boolean }) => [n.subject, n.read]),
      [
        ['Til kulturaktørene', false],
        ['Søknadsfrist for driftstilskudd', false],
      ],
    );
    assert.equal(body.unread, 2);
    assert.equal(body.total, 2);
    assert.match(body.items[1].body, /Fristen er 1\. mai/);

    const read = await t.app.inject({
      method: 'POST',
      url: `${url}/${sentId}/read`,
      headers: as(world, 'providerAdminA'),
    });
    assert.equal(read.statusCode, 200, read.body);
    assert.equal(read.json().read, true);
    const firstReadAt = read.json().readAt;
    assert.ok(firstReadAt);
    // Reading again keeps the first reading.
    const again = await t.app.inject({
      method: 'POST',
      url: `${url}/${sentId}/read`,
      headers: as(world, 'providerAdminA'),
    });
    assert.equal(again.json().readAt, firstReadAt);

    const after = (await t.app.inject({ method: 'GET', url, headers: as(world, 'providerAdminA') })).json();
    assert.equal(after.unread, 1);
    assert.equal(after.items.find((n: { id: string }) => n.id === sentId).read, true);
    const row = await newsTables()
      .selectFrom('providerNewsRecipient')
      .select('readBy')
      .where('newsId', '=', sentId)
      .where('providerId', '=', p.a1 ?? '')
      .executeTakeFirstOrThrow();
    assert.equal(row.readBy, 'Pia Leder');

    const admin = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/news/${sentId}`,
      headers: as(world, 'adminA'),
    });
    assert.equal(admin.statusCode, 200);
    assert.deepEqual(
      {
        recipientCount: admin.json().recipientCount,
        emailCount: admin.json().emailCount,
        read: admin.json().readCount,
      },
      { recipientCount: 4, emailCount: 3, read: 1 },
    );
  });

  test('news a provider did not receive cannot be read or marked by it', async () => {
    const own = await send({ subject: 'Bare kommunale', body: 'Intern info.', audience: { kinds: ['municipal'] } });
    assert.equal(own.statusCode, 201);
    const page = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/providers/${p.a1}/news`,
      headers: as(world, 'providerAdminA'),
    });
    assert.ok(!page.json().items.some((n: { id: string }) => n.id === own.json().id));
    const mark = await t.app.inject({
      method: 'POST',
      url: `/api/municipalities/${A}/providers/${p.a1}/news/${own.json().id}/read`,
      headers: as(world, 'providerAdminA'),
    });
    assert.equal(mark.statusCode, 404);
    assert.equal(mark.json().error.code, 'NEWS_NOT_FOUND');
  });

  test("a provider's admin cannot read another provider's news", async () => {
    for (const [method, url] of [
      ['GET', `/api/municipalities/${A}/providers/${p.a2}/news`],
      ['POST', `/api/municipalities/${A}/providers/${p.a2}/news/${sentId}/read`],
      ['GET', `/api/municipalities/${B}/providers/${p.b1}/news`],
      ['GET', `/api/municipalities/${A}/news/${sentId}`],
    ] as const) {
      const res = await t.app.inject({ method, url, headers: as(world, 'providerAdminA') });
      assert.equal(res.statusCode, 403, `${method} ${url}`);
    }
    const row = await newsTables()
      .selectFrom('providerNewsRecipient')
      .select('readAt')
      .where('newsId', '=', sentId)
      .where('providerId', '=', p.a2 ?? '')
      .executeTakeFirstOrThrow();
    assert.equal(row.readAt, null);
  });

  test('the admin lists sent news newest first, with counts, page by page', async () => {
    const first = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/news?limit=2`,
      headers: as(world, 'adminA'),
    });
    assert.equal(first.statusCode, 200);
    assert.equal(first.json().total, 3);
    assert.deepEqual(
      first.json().items.map((n: { subject: string }) => n.subject),
      ['Bare kommunale', 'Til kulturaktørene'],
    );
    const second = await t.app.inject({
      method: 'GET',
      url: `/api/municipalities/${A}/news?limit=2&offset=2`,
      headers: as(world, 'adminA'),
    });
    const [oldest] = second.json().items;
    assert.equal(oldest.subject, 'Søknadsfrist for driftstilskudd');
    assert.deepEqual([oldest.recipientCount, oldest.emailCount, oldest.readCount], [4, 3, 1]);
  });
});
