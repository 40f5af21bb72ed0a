/**
 * The hard paths of enrolment and payment in a real browser, on a 375 px phone with axe checking WCAG 2.1 A and
 * AA on every page state, every text read from the locale files:
 * - a payment the guardian rejects in the Vipps MobilePay simulator, and one left until it expires: the return
 *   page says it was not paid, the card money held for it is back on the card, and the enrolment is not active;
 * - cancelling a place paid by the card before the season starts gives the money back, shown as a refund;
 * - an activity with one place and a waiting list: one child takes the place, another family's child queues and
 *   sees its number (and nothing of the first family); the place is given up, the second family sees it offered,
 *   takes it and is confirmed.
 *
 * Needs a built web app: npx vite build --config web/vite.config.ts (the test command does this first).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { assertNoAxeViolations } from './axe.ts';
import {
  amount,
  cardOf,
  type EnrolmentWorld,
  enrolChild,
  enrolmentRow,
  expectBalance,
  openActivity,
  openWallet,
  shown,
  startEnrolmentWorld,
  waitForPath,
} from './enrolment-journey.ts';
import { screenshots } from './journey.ts';
import { text } from './texts.ts';

const GRANT = 100_000;
const REJECTED = { title: 'Rideskole på Gården', priceOre: 150_000 };
const EXPIRED = { title: 'Tennis for nybegynnere', priceOre: 150_000 };
const REFUNDED = { title: 'Sjakkskolen', priceOre: 30_000 };
const ONE_PLACE = { title: 'Dansegruppa', priceOre: 20_000, capacity: 1, waitingList: true };

let w: EnrolmentWorld;
const activities: Record<string, string> = {};

before(async () => {
  w = await startEnrolmentWorld();
  for (const activity of [REJECTED, EXPIRED, REFUNDED, ONE_PLACE]) {
    activities[activity.title] = await w.addActivity(activity);
  }
});

after(async () => {
  await w?.close();
});

const id = (activity: { title: string }) => activities[activity.title] ?? '';

/** The transactions of a child's card with this reason and this activity. */
function transaction(page: Page, holder: string, reason: string, activity: string) {
  return cardOf(page, holder)
    .locator('tbody tr')
    .filter({ hasText: text('nb', `transferReason.${reason}`) })
    .filter({ hasText: activity });
}

/** The wallet after an abandoned payment: the held money is back, and the enrolment is over, with nothing to do. */
async function assertReleased(page: Page, activity: { title: string; priceOre: number }, child: string) {
  await expectBalance(page, child, amount(GRANT, 'nb'));
  await transaction(page, child, 'hold', activity.title)
    .getByText(amount(-GRANT, 'nb', true))
    .waitFor();
  await transaction(page, child, 'release', activity.title)
    .getByText(amount(GRANT, 'nb', true))
    .waitFor();
  const row = enrolmentRow(page, 'nb', activity.title, child);
  await row.getByText(text('nb', 'enrolmentStatus.payment_abandoned')).waitFor();
  // Nothing was paid: neither the card nor the family.
  assert.equal(await row.getByText(amount(0, 'nb'), { exact: true }).count(), 2, 'nothing paid');
  assert.equal(await row.getByText(amount(GRANT, 'nb'), { exact: true }).count(), 0);
  assert.equal(await row.getByRole('button').count(), 0, 'no action on an abandoned enrolment');
  assert.equal(await row.getByRole('link').count(), 0, 'no way back to Vipps for an abandoned payment');
}

describe('abandoned payment', () => {
  test('the guardian rejects the rest in Vipps: not paid, the card money released, the enrolment not active', async () => {
    const { people } = w.env.world;
    const child = people.childA.name;
    const page = await w.guardianPhone(people.guardianA.nationalId);
    await openWallet(page, w, 'nb');
    await expectBalance(page, child, amount(GRANT, 'nb'));

    const section = await openActivity(page, w, id(REJECTED), 'nb');
    await enrolChild(section, child, 'nb');
    const split = { card: amount(GRANT, 'nb'), rest: amount(REJECTED.priceOre - GRANT, 'nb') };
    await section.getByText(text('nb', 'enrol.pay.text', split)).waitFor();
    await section.getByRole('link', { name: text('nb', 'enrol.pay.link', { rest: split.rest }) }).click();

    // In the simulator the guardian says no, and is sent back to the payment page.
    await page.getByRole('button', { name: 'Avvis' }).click();
    await page.waitForURL((current) => current.pathname.startsWith('/cards/payment/'));
    await page.locator('main h1', { hasText: text('nb', 'payment.title') }).waitFor();
    await page.getByText(shown('nb', 'payment.abandoned', { name: child, activity: REJECTED.title })).waitFor();
    await page.getByText(text('nb', 'payment.cardBack', { card: split.card })).waitFor();
    assert.equal(
      await page.getByText(shown('nb', 'payment.paid', { name: child, activity: REJECTED.title })).count(),
      0,
    );
    await assertNoAxeViolations(page, 'payment page: rejected (375 px)');
    await screenshots(page, 'payment-rejected-nb');

    await page.getByRole('link', { name: text('nb', 'payment.walletLink') }).click();
    await waitForPath(page, '/cards');
    await assertReleased(page, REJECTED, child);
    await assertNoAxeViolations(page, 'wallet after a rejected payment (375 px)');
  });

  test('the payment expires while the guardian is away: the same, once the guardian comes back', async () => {
    const { people } = w.env.world;
    const child = people.childA.name;
    const page = await w.guardianPhone(people.guardianA.nationalId);
    const section = await openActivity(page, w, id(EXPIRED), 'nb');
    await enrolChild(section, child, 'nb');
    const split = { card: amount(GRANT, 'nb'), rest: amount(EXPIRED.priceOre - GRANT, 'nb') };
    await section.getByText(text('nb', 'enrol.pay.text', split)).waitFor();

    // While the payment waits, the card's money is held and the wallet offers the way back to Vipps.
    await openWallet(page, w, 'nb');
    const row = enrolmentRow(page, 'nb', EXPIRED.title, child);
    await row.getByText(text('nb', 'enrolmentStatus.awaiting_payment')).waitFor();
    await row.getByRole('link', { name: text('nb', 'enrolments.toVipps', { activity: EXPIRED.title }) }).waitFor();
    assert.equal(await row.getByRole('button').count(), 0, 'a place being paid for cannot be cancelled');
    assert.equal(await row.getByText(amount(0, 'nb'), { exact: true }).count(), 2, 'nothing paid yet');
    await expectBalance(page, child, amount(0, 'nb'));
    await transaction(page, child, 'hold', EXPIRED.title).waitFor();
    await assertNoAxeViolations(page, 'wallet while a payment waits (375 px)');

    // Nobody acts on it and it expires; the guardian comes back to the payment page.
    const enrolmentId = await w.enrolmentId(id(EXPIRED), people.childA.id);
    w.simulator.expire(`fk-${enrolmentId}`);
    await page.goto(w.url(`/cards/payment/${enrolmentId}`));
    await page.locator('main h1', { hasText: text('nb', 'payment.title') }).waitFor();
    await page.getByText(shown('nb', 'payment.abandoned', { name: child, activity: EXPIRED.title })).waitFor();
    await page.getByText(text('nb', 'payment.cardBack', { card: split.card })).waitFor();
    await assertNoAxeViolations(page, 'payment page: expired (375 px)');

    await page.getByRole('link', { name: text('nb', 'payment.walletLink') }).click();
    await waitForPath(page, '/cards');
    await assertReleased(page, EXPIRED, child);
    await assertNoAxeViolations(page, 'wallet after an expired payment (375 px)');
  });
});

describe('cancelling before the season starts', () => {
  test('the guardian cancels a place the card paid; the money is back on the card as a refund', async () => {
    const { people } = w.env.world;
    const child = people.childA.name;
    const page = await w.guardianPhone(people.guardianA.nationalId);
    const section = await openActivity(page, w, id(REFUNDED), 'nb');
    await enrolChild(section, child, 'nb');
    await section.getByText(text('nb', 'enrol.confirmed', { card: amount(REFUNDED.priceOre, 'nb') })).waitFor();

    await openWallet(page, w, 'nb');
    await expectBalance(page, child, amount(GRANT - REFUNDED.priceOre, 'nb'));
    await transaction(page, child, 'payment', REFUNDED.title)
      .getByText(amount(-REFUNDED.priceOre, 'nb', true))
      .waitFor();
    const row = enrolmentRow(page, 'nb', REFUNDED.title, child);
    await row.getByText(text('nb', 'enrolmentStatus.confirmed')).waitFor();
    await row
      .getByRole('button', { name: text('nb', 'enrolments.cancelLabel', { name: child, activity: REFUNDED.title }) })
      .click();
    const dialog = page.getByRole('dialog', { name: text('nb', 'enrolments.cancel.title') });
    await dialog.getByText(shown('nb', 'enrolments.cancel.text', { name: child, activity: REFUNDED.title })).waitFor();
    await assertNoAxeViolations(page, 'cancel a paid place (375 px)');
    await dialog.getByRole('button', { name: text('nb', 'enrolments.cancel.confirm') }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText(text('nb', 'enrolmentStatus.cancelled')).waitFor();

    // The wallet reads the card again: the balance is back, and the refund is listed with the activity.
    await openWallet(page, w, 'nb');
    await expectBalance(page, child, amount(GRANT, 'nb'));
    await transaction(page, child, 'refund', REFUNDED.title)
      .getByText(amount(REFUNDED.priceOre, 'nb', true))
      .waitFor();
    assert.equal(await enrolmentRow(page, 'nb', REFUNDED.title, child).getByRole('button').count(), 0);
    await assertNoAxeViolations(page, 'wallet after the refund (375 px)');
    await screenshots(page, 'wallet-refunded-nb');
  });
});

describe('waiting list', () => {
  test('one place: a child takes it, another family queues, the place is given up and offered, paid and confirmed', async () => {
    const { people } = w.env.world;
    const first = people.youthA.name;
    const second = people.otherChildA.name;

    // Kari enrols Ida in the one place.
    const kari = await w.guardianPhone(people.guardianA.nationalId);
    let section = await openActivity(kari, w, id(ONE_PLACE), 'nb');
    await enrolChild(section, first, 'nb');
    await section.getByText(text('nb', 'enrol.confirmed', { card: amount(ONE_PLACE.priceOre, 'nb') })).waitFor();

    // Per enrols Nora: she is first in the queue, and Per sees nothing of Kari's family.
    const per = await w.guardianPhone(people.otherGuardianA.nationalId);
    section = await openActivity(per, w, id(ONE_PLACE), 'nb');
    await enrolChild(section, second, 'nb');
    await section.getByText(text('nb', 'enrol.waiting', { name: second, position: 1 })).waitFor();
    assert.equal(await per.getByText(first).count(), 0);
    await assertNoAxeViolations(per, 'enrolled on the waiting list (375 px)');
    await openWallet(per, w, 'nb');
    let row = enrolmentRow(per, 'nb', ONE_PLACE.title, second);
    await row.getByText(text('nb', 'enrolments.queue', { position: 1 })).waitFor();
    await row
      .getByRole('button', { name: text('nb', 'enrolments.cancelLabel', { name: second, activity: ONE_PLACE.title }) })
      .waitFor();
    await expectBalance(per, second, amount(GRANT, 'nb'));
    assert.equal(await per.getByText(first).count(), 0, 'the other family’s child is not shown');
    await assertNoAxeViolations(per, 'wallet with a place in the queue (375 px)');

    // Kari gives up Ida's place.
    await openWallet(kari, w, 'nb');
    const kept = enrolmentRow(kari, 'nb', ONE_PLACE.title, first);
    await kept
      .getByRole('button', { name: text('nb', 'enrolments.cancelLabel', { name: first, activity: ONE_PLACE.title }) })
      .click();
    await kari
      .getByRole('dialog', { name: text('nb', 'enrolments.cancel.title') })
      .getByRole('button', { name: text('nb', 'enrolments.cancel.confirm') })
      .click();
    await kept.getByText(text('nb', 'enrolmentStatus.cancelled')).waitFor();

    // Per sees the place offered to Nora, takes it, and the card pays.
    await openWallet(per, w, 'nb');
    row = enrolmentRow(per, 'nb', ONE_PLACE.title, second);
    await row.getByText(text('nb', 'enrolmentStatus.offered')).waitFor();
    const take = row.getByRole('button', { name: text('nb', 'enrolments.payOffered', { activity: ONE_PLACE.title }) });
    await take.waitFor();
    await assertNoAxeViolations(per, 'wallet with a place offered (375 px)');
    await screenshots(per, 'wallet-offered-nb');
    await take.click();
    await row.getByText(text('nb', 'enrolmentStatus.confirmed')).waitFor();
    await row.getByText(amount(ONE_PLACE.priceOre, 'nb'), { exact: true }).waitFor();
    assert.equal(await take.count(), 0);
    await openWallet(per, w, 'nb');
    await expectBalance(per, second, amount(GRANT - ONE_PLACE.priceOre, 'nb'));
    await transaction(per, second, 'payment', ONE_PLACE.title).waitFor();
    await assertNoAxeViolations(per, 'wallet with the offered place taken (375 px)');
  });
});
