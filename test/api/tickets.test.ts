/**
 * Free tickets through the API: offers and their quantity, claims by families and allocations by caseworkers
 * under the offer's rules, the rotating QR token and the typed code, redemption at the venue (once, even when two
 * scan at once), tokens that must be refused, returns to the pool, and the statistics' small-count suppression.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { osloDate } from '../../src/domain/age.ts';
import { rotatingToken } from '../../src/domain/ticket.ts';
import { ticketSigningKey } from '../../src/modules/tickets/service.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { type ActorName, as, buildWorld, type World } from '../helpers/world.ts';

const A = '3301';
const DAY = 86_400_000;
const today = osloDate(new Date());
const yesterday = osloDate(new Date(Date.now() - DAY));
const inAMonth = osloDate(new Date(Date.now() + 30 * DAY));

let t: TestApp;
let world: World;
let key: Buffer;

before(async () => {
  t = await createTestApp();
  world = await buildWorld(t);
  key = ticketSigningKey(t.config.piiKeys.lookupKey);
  await world.services.cards.runGrants('system', world.a.id, world.schemes.universalA);
});
after(async () => {
  await t.close();
});

interface OfferOptions {
  venue?: 'a1' | 'a2';
  quantity?: number;
  validFrom?: string;
  validUntil?: string;
  minAge?: number;
  maxAge?: number;
  schemeIds?: string[];
  allocation?: 'families' | 'caseworkers' | 'both';
  perChildLimit?: number;
}

async function request(actor: ActorName, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
  const response = await t.app.inject({
    method,
    url: `/api/municipalities/${A}${url}`,
    headers: as(world, actor),
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
  return { status: response.statusCode, body: response.body ? response.json() : undefined };
}

let offers = 0;
async function offer(options: OfferOptions = {}): Promise<string> {
  const created = await request('adminA', 'POST', '/ticket-offers', {
    venueId: world.providers[options.venue ?? 'a2'],
    kind: 'cinema',
    title: `Kinobillett ${++offers}`,
    quantity: options.quantity ?? 10,
    validFrom: options.validFrom ?? yesterday,
    validUntil: options.validUntil ?? inAMonth,
    minAge: options.minAge ?? 6,
    maxAge: options.maxAge ?? 18,
    schemeIds: options.schemeIds ?? [world.schemes.universalA],
    allocation: options.allocation ?? 'both',
    perChildLimit: options.perChildLimit ?? 1,
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id;
}

async function offerRow(id: string) {
  return t.database.db
    .selectFrom('ticketOffer')
    .select(['quantity', 'claimed'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

async function ticketsOf(offerId: string) {
  return t.database.db.selectFrom('ticket').selectAll().where('offerId', '=', offerId).execute();
}

const claim = (offerId: string, childId: string, actor: ActorName = 'guardianA') =>
  request(actor, 'POST', `/ticket-offers/${offerId}/claims`, { childId });
const allocate = (offerId: string, childId: string) =>
  request('caseworkerA', 'POST', `/ticket-offers/${offerId}/allocations`, { childId, reason: 'low_income' });
const redeem = (scanned: string, venue: 'a1' | 'a2' = 'a2', actor: ActorName = 'venueStaffA') =>
  request(actor, 'POST', `/providers/${world.providers[venue]}/redemptions`, { scanned });

describe('offers', () => {
  test('an admin offers tickets at a venue; the quantity never goes below what is claimed', async () => {
    const id = await offer({ quantity: 2 });
    const listed = await request('adminA', 'GET', '/ticket-offers');
    const shown = listed.body.find((o: { id: string }) => o.id === id);
    assert.equal(shown.venueName, 'Kino Drammen');
    assert.equal(shown.quantity, 2);
    assert.equal((await claim(id, world.people.childA.id)).status, 201);
    assert.equal((await claim(id, world.people.otherChildA.id, 'otherGuardianA')).status, 201);
    const below = await request('adminA', 'PUT', `/ticket-offers/${id}/quantity`, { quantity: 1 });
    assert.equal(below.status, 409);
    assert.equal(below.body.error.code, 'TICKET_QUANTITY_BELOW_CLAIMED');
    assert.match(below.body.error.message, /2/);
    assert.deepEqual(await offerRow(id), { quantity: 2, claimed: 2 });
    const raised = await request('adminA', 'PUT', `/ticket-offers/${id}/quantity`, { quantity: 5 });
    assert.equal(raised.status, 200);
    assert.deepEqual(await offerRow(id), { quantity: 5, claimed: 2 });
  });

  test('a venue or scheme of another municipality is refused, and nothing is written', async () => {
    const before = await t.database.db.selectFrom('ticketOffer').select('id').execute();
    const base = {
      kind: 'pool',
      title: 'Bading',
      quantity: 5,
      validFrom: today,
      validUntil: inAMonth,
      minAge: 6,
      maxAge: 18,
      allocation: 'families',
    };
    const venue = await request('adminA', 'POST', '/ticket-offers', {
      ...base,
      venueId: world.providers.b1,
      schemeIds: [world.schemes.universalA],
    });
    assert.equal(venue.body.error.code, 'PROVIDER_NOT_FOUND');
    const scheme = await request('adminA', 'POST', '/ticket-offers', {
      ...base,
      venueId: world.providers.a2,
      schemeIds: [world.schemes.universalB],
    });
    assert.equal(scheme.body.error.code, 'SCHEME_NOT_FOUND');
    const window = await request('adminA', 'POST', '/ticket-offers', {
      ...base,
      venueId: world.providers.a2,
      schemeIds: [world.schemes.universalA],
      validUntil: yesterday,
    });
    assert.equal(window.status, 400);
    assert.equal((await t.database.db.selectFrom('ticketOffer').select('id').execute()).length, before.length);
  });
});

describe('claims and allocations', () => {
  test('a guardian claims a ticket: the same for every child, no scheme, a code without look-alikes', async () => {
    const id = await offer();
    const claimed = await claim(id, world.people.childA.id);
    assert.equal(claimed.status, 201, JSON.stringify(claimed.body));
    assert.match(
      claimed.body.code,
      /^[ACDEFHJKMNPRTUVWXY34679]{3}-[ACDEFHJKMNPRTUVWXY34679]{3}-[ACDEFHJKMNPRTUVWXY34679]{3}$/,
    );
    assert.equal(claimed.body.status, 'claimed');
    assert.ok(!JSON.stringify(claimed.body).includes(world.schemes.universalA), 'the ticket never shows the scheme');
    assert.ok(!('reason' in claimed.body) && !('source' in claimed.body));
    const audit = await t.database.db
      .selectFrom('auditEvent')
      .select(['action', 'subjectPersonId'])
      .where('action', '=', 'ticket.claim')
      .where('subjectPersonId', '=', world.people.childA.id)
      .execute();
    assert.ok(audit.length >= 1);
    const mine = await request('guardianA', 'GET', '/tickets');
    assert.ok(mine.body.some((x: { id: string }) => x.id === claimed.body.id));
    const theirs = await request('otherGuardianA', 'GET', '/tickets');
    assert.ok(!theirs.body.some((x: { id: string }) => x.id === claimed.body.id), 'another family never sees it');
  });

  test('over the per-child limit, an empty or closed offer, an ineligible child: refused, nothing changes', async () => {
    const limited = await offer({ perChildLimit: 1 });
    assert.equal((await claim(limited, world.people.childA.id)).status, 201);
    const again = await claim(limited, world.people.childA.id);
    assert.equal(again.body.error.code, 'TICKET_LIMIT_REACHED');
    const viaCaseworker = await allocate(limited, world.people.childA.id);
    assert.equal(viaCaseworker.body.error.code, 'TICKET_LIMIT_REACHED', 'the limit holds across agencies');
    assert.deepEqual(await offerRow(limited), { quantity: 10, claimed: 1 });

    const empty = await offer({ quantity: 0 });
    assert.equal((await claim(empty, world.people.childA.id)).body.error.code, 'TICKET_OFFER_EMPTY');
    const closed = await offer({ validFrom: '2020-01-01', validUntil: yesterday });
    assert.equal((await claim(closed, world.people.childA.id)).body.error.code, 'TICKET_OFFER_CLOSED');
    const otherScheme = await offer({ schemeIds: [world.schemes.meansTestedA] });
    const notEligible = await claim(otherScheme, world.people.childA.id);
    assert.equal(notEligible.status, 409);
    assert.equal(notEligible.body.error.code, 'TICKET_NOT_ELIGIBLE');
    const older = await offer({ minAge: 13, maxAge: 18 });
    assert.equal((await claim(older, world.people.childA.id)).body.error.code, 'TICKET_NOT_ELIGIBLE');
    const notMine = await claim(limited, world.people.otherChildA.id);
    assert.equal(notMine.body.error.code, 'PERSON_NOT_FOUND');
    for (const id of [empty, closed, otherScheme, older]) assert.equal((await ticketsOf(id)).length, 0);

    const caseworkersOnly = await offer({ allocation: 'caseworkers' });
    assert.equal((await claim(caseworkersOnly, world.people.childA.id)).body.error.code, 'TICKET_ALLOCATION_ONLY');
    const familiesOnly = await offer({ allocation: 'families' });
    assert.equal((await allocate(familiesOnly, world.people.childA.id)).body.error.code, 'TICKET_CLAIM_ONLY');
  });

  test('the family sees the offers it may claim from, with the children who may', async () => {
    const id = await offer({ minAge: 10, quantity: 3 });
    const notForUs = await offer({ schemeIds: [world.schemes.meansTestedA] });
    const caseworkersOnly = await offer({ allocation: 'caseworkers' });
    const listed = await request('guardianA', 'GET', '/claimable-tickets');
    assert.equal(listed.status, 200);
    const shown = listed.body.find((o: { id: string }) => o.id === id);
    assert.equal(shown.ticketsLeft, 3);
    assert.deepEqual(
      shown.children.map((c: { childId: string }) => c.childId).sort(),
      [world.people.childA.id, world.people.youthA.id].sort(),
    );
    for (const hidden of [notForUs, caseworkersOnly]) {
      assert.ok(
        !listed.body.some((o: { id: string }) => o.id === hidden),
        'offers the family cannot claim are left out',
      );
    }
    assert.equal((await claim(id, world.people.childA.id)).status, 201);
    const after = await request('guardianA', 'GET', '/claimable-tickets');
    const again = after.body.find((o: { id: string }) => o.id === id);
    assert.equal(again.ticketsLeft, 2);
    assert.deepEqual(
      again.children.map((c: { childId: string }) => c.childId),
      [world.people.youthA.id],
      'a child at the limit is not offered more',
    );
  });

  test('a youth claims for herself once the scheme lets her use the card alone', async () => {
    const id = await offer({ minAge: 13 });
    const own = await claim(id, world.people.youthA.id, 'youthA');
    assert.equal(own.status, 201, JSON.stringify(own.body));
  });

  test('a caseworker allocates with a reason; the printed token redeems; reads by staff are audited', async () => {
    const id = await offer({ allocation: 'caseworkers' });
    const allocated = await allocate(id, world.people.otherChildA.id);
    assert.equal(allocated.status, 201, JSON.stringify(allocated.body));
    assert.match(allocated.body.printToken, /^P1\./);
    const row = (await ticketsOf(id))[0];
    assert.equal(row?.source, 'allocation');
    assert.equal(row?.reason, 'low_income');
    const read = await request('caseworkerA', 'GET', `/people/${world.people.otherChildA.id}/tickets`);
    assert.equal(read.status, 200);
    assert.ok(read.body.some((x: { id: string }) => x.id === allocated.body.id));
    const audited = await t.database.db
      .selectFrom('auditEvent')
      .select('action')
      .where('action', '=', 'ticket.read')
      .where('subjectPersonId', '=', world.people.otherChildA.id)
      .where('actorRole', '=', 'caseworker')
      .execute();
    assert.equal(audited.length, 1);
    const redeemed = await redeem(allocated.body.printToken);
    assert.equal(redeemed.status, 200, JSON.stringify(redeemed.body));
  });

  test('a returned ticket goes back to the pool', async () => {
    const id = await offer({ quantity: 1 });
    const first = await claim(id, world.people.childA.id);
    assert.equal(
      (await claim(id, world.people.otherChildA.id, 'otherGuardianA')).body.error.code,
      'TICKET_OFFER_EMPTY',
    );
    const returned = await request('guardianA', 'POST', `/tickets/${first.body.id}/return`);
    assert.equal(returned.status, 204);
    assert.deepEqual(await offerRow(id), { quantity: 1, claimed: 0 });
    assert.equal((await claim(id, world.people.otherChildA.id, 'otherGuardianA')).status, 201);
    assert.equal((await redeem(first.body.code)).body.error.code, 'TICKET_RETURNED');
  });

  test('the per-child limit holds when a guardian and a caseworker act at once', async () => {
    const id = await offer({ perChildLimit: 1 });
    const [byGuardian, byCaseworker] = await Promise.all([
      claim(id, world.people.childA.id),
      allocate(id, world.people.childA.id),
    ]);
    const statuses = [byGuardian.status, byCaseworker.status].sort();
    assert.deepEqual(statuses, [201, 409]);
    assert.equal((await ticketsOf(id)).length, 1);
    assert.deepEqual(await offerRow(id), { quantity: 10, claimed: 1 });
  });
});

describe('redemption at the venue', () => {
  test('the QR token redeems once; the second scan says when and where it was used', async () => {
    const id = await offer();
    const ticket = await claim(id, world.people.childA.id);
    const qr = await request('guardianA', 'GET', `/tickets/${ticket.body.id}/qr`);
    assert.equal(qr.status, 200);
    assert.match(qr.body.token, /^T1\./);
    assert.equal(qr.body.code, ticket.body.code);
    assert.equal((await request('otherGuardianA', 'GET', `/tickets/${ticket.body.id}/qr`)).status, 404);
    const first = await redeem(qr.body.token);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.ticketId, ticket.body.id);
    const second = await redeem(qr.body.token);
    assert.equal(second.status, 409);
    assert.equal(second.body.error.code, 'TICKET_ALREADY_REDEEMED');
    assert.match(second.body.error.message, /Kino Drammen/);
    const rows = await ticketsOf(id);
    assert.equal(rows[0]?.status, 'redeemed');
    const listed = await request('guardianA', 'GET', '/tickets');
    assert.equal(listed.body.find((x: { id: string }) => x.id === ticket.body.id).status, 'redeemed');
  });

  test('a typed code redeems, in any case and with or without dashes', async () => {
    const id = await offer();
    const ticket = await claim(id, world.people.childA.id);
    const typed = ticket.body.code.toLowerCase().replaceAll('-', ' ');
    const redeemed = await redeem(typed);
    assert.equal(redeemed.status, 200, JSON.stringify(redeemed.body));
    assert.equal((await redeem('ACD-EFH-JKM')).body.error.code, 'TICKET_NOT_FOUND');
  });

  test('two staff scanning at once: one redeems, the other is told it is used', async () => {
    const id = await offer();
    const ticket = await claim(id, world.people.childA.id);
    const results = await Promise.all([redeem(ticket.body.code), redeem(ticket.body.code)]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 409]);
    const audits = await t.database.db
      .selectFrom('auditEvent')
      .select('id')
      .where('action', '=', 'ticket.redeem')
      .where(({ eb, ref }) => eb(ref('details', '->>').key('ticketId'), '=', ticket.body.id))
      .execute();
    assert.equal(audits.length, 1, 'redeemed once');
  });

  test('forged, altered, expired and other venues’ tokens are refused, and nothing changes', async () => {
    const id = await offer();
    const ticket = await claim(id, world.people.childA.id);
    const token = rotatingToken(key, ticket.body.id, Date.now());
    const altered = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    assert.equal((await redeem(altered)).body.error.code, 'TICKET_TOKEN_INVALID');
    const forged = rotatingToken(Buffer.alloc(32, 9), ticket.body.id, Date.now());
    assert.equal((await redeem(forged)).body.error.code, 'TICKET_TOKEN_INVALID');
    assert.equal((await redeem('not a ticket at all')).body.error.code, 'TICKET_TOKEN_INVALID');
    const screenshot = rotatingToken(key, ticket.body.id, Date.now() - 120_000);
    const stale = await redeem(screenshot);
    assert.equal(stale.body.error.code, 'TICKET_TOKEN_EXPIRED');
    const otherVenue = await offer({ venue: 'a1' });
    const elsewhere = await claim(otherVenue, world.people.childA.id);
    const wrong = await redeem(rotatingToken(key, elsewhere.body.id, Date.now()));
    assert.equal(wrong.body.error.code, 'TICKET_OTHER_VENUE');
    // The venue staff cannot act for a venue that is not theirs.
    assert.equal((await redeem(elsewhere.body.code, 'a1')).status, 403);
    const closed = await offer({ validFrom: inAMonth, validUntil: inAMonth });
    await t.database.db.updateTable('ticketOffer').set({ validFrom: yesterday }).where('id', '=', closed).execute();
    const later = await claim(closed, world.people.childA.id);
    await t.database.db.updateTable('ticketOffer').set({ validFrom: inAMonth }).where('id', '=', closed).execute();
    const early = await redeem(later.body.code);
    assert.equal(early.body.error.code, 'TICKET_EXPIRED');
    for (const offerId of [id, otherVenue, closed]) {
      assert.ok((await ticketsOf(offerId)).every((r) => r.status === 'claimed' && r.redeemedAt === null));
    }
  });
});

describe('statistics', () => {
  test('counts below the threshold are hidden; the municipality may set its own threshold', async () => {
    const id = await offer({ quantity: 7 });
    await claim(id, world.people.childA.id);
    await claim(id, world.people.otherChildA.id, 'otherGuardianA');
    const stats = await request('adminA', 'GET', '/ticket-statistics');
    assert.equal(stats.status, 200);
    assert.equal(stats.body.threshold, 5);
    const total = stats.body.rows.find(
      (r: { offerId: string; ageGroup: string | null; neighbourhood: string | null }) =>
        r.offerId === id && r.ageGroup === null && r.neighbourhood === null,
    );
    assert.equal(total.offered, 7);
    assert.equal(total.claimed, null, 'two claims are below the threshold');
    assert.equal(total.redeemed, 0);
    await t.database.db
      .updateTable('municipality')
      .set({ settings: JSON.stringify({ statisticsThreshold: 2 }) })
      .where('id', '=', world.a.id)
      .execute();
    const lower = await request('adminA', 'GET', '/ticket-statistics');
    const shown = lower.body.rows.find(
      (r: { offerId: string; ageGroup: string | null; neighbourhood: string | null }) =>
        r.offerId === id && r.ageGroup === null && r.neighbourhood === null,
    );
    assert.equal(shown.claimed, 2);
    assert.ok(
      lower.body.rows.some((r: { offerId: string; ageGroup: string | null }) => r.offerId === id && r.ageGroup),
    );
    await t.database.db.updateTable('municipality').set({ settings: '{}' }).where('id', '=', world.a.id).execute();
  });
});
