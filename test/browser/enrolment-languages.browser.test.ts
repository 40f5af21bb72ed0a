/**
 * Enrolment and payment in every language, on a 375 px phone, with axe checking WCAG 2.1 A and AA on every page
 * state: in Arabic (right to left) a guardian switches the language, opens the wallet and enrols a child in an
 * activity the card covers; the provider's Norwegian title and description keep their own language and direction,
 * and amounts are written as the app writes Arabic (Western digits, the NOK code); then pays the rest of a dearer
 * activity in the Vipps MobilePay simulator and reads the payment page in Arabic. In nynorsk and English a
 * guardian sees the wallet, enrols a child in an activity that costs more than the card holds, pays the rest in the
 * Vipps MobilePay simulator and reads the confirmation in that language. Every text is read from the locale files.
 *
 * Needs a built web app: npx vite build --config web/vite.config.ts (the test command does this first).
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { assertNoAxeViolations } from './axe.ts';
import {
  amount,
  balanceOf,
  cardOf,
  type EnrolmentWorld,
  enrolChild,
  enrolmentRow,
  expectBalance,
  openActivity,
  openWallet,
  shown,
  startEnrolmentWorld,
  switchLanguage,
  waitForPath,
} from './enrolment-journey.ts';
import { screenshots } from './journey.ts';
import { type Language, text } from './texts.ts';

const ARABIC_ACTIVITY = {
  title: 'Fotball for alle',
  description: 'Vi trener på kunstgresset hver tirsdag. Ta med drikkeflaske.',
  priceOre: 25_000,
};
/** 1 500 kr: more than the 1 000 kr on a card, so the family pays the rest in Vipps. */
const DEAR = 150_000;
const GRANT = 100_000;
const ARABIC_DEAR = 'Håndball på Marienlyst';

let w: EnrolmentWorld;
const activities: Record<string, string> = {};

before(async () => {
  w = await startEnrolmentWorld();
  activities.ar = await w.addActivity(ARABIC_ACTIVITY);
  activities.nn = await w.addActivity({ title: 'Klatring på Fjellhallen', priceOre: DEAR });
  activities.en = await w.addActivity({ title: 'Svømmekurs i Bassenget', priceOre: DEAR });
  activities.arDear = await w.addActivity({ title: ARABIC_DEAR, priceOre: DEAR });
});

after(async () => {
  await w?.close();
});

/** The element's language, its dir attribute, and the direction the browser gives it. */
async function writtenIn(element: Locator) {
  return element.evaluate((e) => ({
    lang: e.getAttribute('lang'),
    dir: e.getAttribute('dir'),
    ltr: e.matches(':dir(ltr)'),
  }));
}

/** Western digits, a no-break space and the NOK code, after the right-to-left mark the formatter puts first. */
const ARABIC_AMOUNT = /^\u200f?\d{1,3}(,\d{3})*\u00a0NOK$/;

describe('guardian in Arabic on a phone', () => {
  test('switches to Arabic, opens the wallet and enrols a child paid by the card', async () => {
    const { people } = w.env.world;
    const page = await w.guardianPhone(people.guardianA.nationalId);
    await switchLanguage(page, 'nb', 'ar');
    await openWallet(page, w, 'ar');
    await page.getByText(text('ar', 'wallet.lead')).waitFor();
    await assertNoAxeViolations(page, 'wallet (ar, 375 px)');

    // Amounts as the app writes Arabic: Western digits and the currency code, read right to left.
    const before = await balanceOf(page, people.childA.name);
    assert.equal(before, amount(GRANT, 'ar'));
    assert.match(before, ARABIC_AMOUNT);
    assert.equal(before, '\u200f1,000\u00a0NOK');
    await cardOf(page, people.childA.name)
      .locator('tbody tr', { hasText: text('ar', 'transferReason.grant') })
      .getByText(amount(GRANT, 'ar', true))
      .waitFor();

    // The activity page is Arabic; the provider's title and description stay Norwegian and left to right.
    const section = await openActivity(page, w, activities.ar ?? '', 'ar');
    const title = page.getByRole('heading', { level: 1, name: ARABIC_ACTIVITY.title });
    assert.deepEqual(await writtenIn(title), { lang: 'nb', dir: 'auto', ltr: true });
    const description = page.getByText(ARABIC_ACTIVITY.description);
    assert.deepEqual(await writtenIn(description), { lang: 'nb', dir: 'auto', ltr: true });
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await section.evaluate((e) => e.matches(':dir(rtl)')), true);
    await section.getByText(text('ar', 'enrol.who')).waitFor();
    await assertNoAxeViolations(page, 'activity page with the enrol section (ar, 375 px)');

    // Without a child chosen nothing is sent, and the page says why.
    await section.getByRole('button', { name: text('ar', 'enrol.submit') }).click();
    await section.getByText(text('ar', 'enrol.chooseFirst')).waitFor();
    await assertNoAxeViolations(page, 'enrol section, nobody chosen (ar, 375 px)');

    await enrolChild(section, people.childA.name, 'ar');
    const confirmed = section.getByText(
      text('ar', 'enrol.confirmed', { card: amount(ARABIC_ACTIVITY.priceOre, 'ar') }),
    );
    await confirmed.waitFor();
    assert.match(amount(ARABIC_ACTIVITY.priceOre, 'ar'), ARABIC_AMOUNT);
    await assertNoAxeViolations(page, 'enrolled and paid by the card (ar, 375 px)');
    await screenshots(page, 'enrol-confirmed-ar');

    // The wallet: the enrolment is confirmed, the card paid, and the title keeps its language in the table too.
    await section.getByRole('link', { name: text('ar', 'enrol.enrolmentsLink') }).click();
    await waitForPath(page, '/cards');
    const row = enrolmentRow(page, 'ar', ARABIC_ACTIVITY.title, people.childA.name);
    await row.getByText(text('ar', 'enrolmentStatus.confirmed')).waitFor();
    await row.getByText(amount(ARABIC_ACTIVITY.priceOre, 'ar'), { exact: true }).waitFor();
    const titleCell = row.getByText(ARABIC_ACTIVITY.title, { exact: true });
    assert.deepEqual(await writtenIn(titleCell), { lang: 'nb', dir: 'auto', ltr: true });
    await expectBalance(page, people.childA.name, amount(GRANT - ARABIC_ACTIVITY.priceOre, 'ar'));
    const payment = cardOf(page, people.childA.name).locator('tbody tr', {
      hasText: text('ar', 'transferReason.payment'),
    });
    await payment.getByText(amount(-ARABIC_ACTIVITY.priceOre, 'ar', true)).waitFor();
    assert.deepEqual(await writtenIn(payment.getByText(ARABIC_ACTIVITY.title)), { lang: 'nb', dir: 'auto', ltr: true });
    await assertNoAxeViolations(page, 'wallet with the enrolment (ar, 375 px)');
    await screenshots(page, 'wallet-enrolled-ar');
  });

  test('pays the rest of a dearer activity in Vipps and reads the payment page in Arabic', async () => {
    const { people } = w.env.world;
    const child = people.childA.name;
    const page = await w.guardianPhone(people.guardianA.nationalId);
    await switchLanguage(page, 'nb', 'ar');
    // What the first Arabic journey left on the card.
    const left = GRANT - ARABIC_ACTIVITY.priceOre;
    const section = await openActivity(page, w, activities.arDear ?? '', 'ar');
    await enrolChild(section, child, 'ar');
    const split = { card: amount(left, 'ar'), rest: amount(DEAR - left, 'ar') };
    assert.match(split.rest, ARABIC_AMOUNT);
    await section.getByText(text('ar', 'enrol.pay.text', split)).waitFor();
    await assertNoAxeViolations(page, 'the rest to pay in Vipps (ar, 375 px)');
    await section.getByRole('link', { name: text('ar', 'enrol.pay.link', { rest: split.rest }) }).click();

    await page.getByRole('button', { name: 'Godkjenn' }).click();
    await page.waitForURL((current) => current.pathname.startsWith('/cards/payment/'));
    await page.locator('main h1', { hasText: text('ar', 'payment.title') }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    const paid = page.getByText(shown('ar', 'payment.paid', { name: child, activity: ARABIC_DEAR }));
    await paid.waitFor();
    assert.deepEqual(await writtenIn(paid.locator('span', { hasText: ARABIC_DEAR })), {
      lang: 'nb',
      dir: 'auto',
      ltr: true,
    });
    await page.getByText(text('ar', 'payment.paidSplit', split)).waitFor();
    const back = page.getByRole('link', { name: shown('ar', 'payment.activityLink', { title: ARABIC_DEAR }) });
    assert.deepEqual(await writtenIn(back.locator('span')), { lang: 'nb', dir: 'auto', ltr: true });
    await assertNoAxeViolations(page, 'payment page: paid (ar, 375 px)');
    await screenshots(page, 'payment-paid-ar');
  });
});

/** Who enrols whom in which language: each child's card has its own 1 000 kr. */
const NORWEGIAN_AND_ENGLISH = [
  // A phone set to English whose owner reads nynorsk: amounts and dates must still be Norwegian.
  { language: 'nn', phone: 'en', guardian: 'otherGuardianA', child: 'otherChildA' },
  { language: 'en', phone: 'nb', guardian: 'guardianA', child: 'youthA' },
] as const satisfies readonly { language: Language; phone: Language; guardian: string; child: string }[];

describe('guardian in nynorsk and English on a phone', () => {
  for (const { language, phone, guardian, child } of NORWEGIAN_AND_ENGLISH) {
    test(`${language}: sees the wallet, enrols a child, pays the rest in Vipps and reads the confirmation`, async () => {
      const { people } = w.env.world;
      const activityId = activities[language] ?? '';
      const title = language === 'nn' ? 'Klatring på Fjellhallen' : 'Svømmekurs i Bassenget';
      const childName = people[child].name;
      const page: Page = await w.guardianPhone(people[guardian].nationalId, phone);
      await switchLanguage(page, phone, language);
      await openWallet(page, w, language);
      await page.getByText(text(language, 'wallet.lead')).waitFor();
      await cardOf(page, childName).getByText(text(language, 'wallet.card.balance')).waitFor();
      await expectBalance(page, childName, amount(GRANT, language));
      await cardOf(page, childName)
        .locator('tbody tr', { hasText: text(language, 'transferReason.grant') })
        .getByText(amount(GRANT, language, true))
        .waitFor();
      await assertNoAxeViolations(page, `wallet (${language}, 375 px)`);

      const section = await openActivity(page, w, activityId, language);
      await enrolChild(section, childName, language);
      const split = { card: amount(GRANT, language), rest: amount(DEAR - GRANT, language) };
      await section.getByText(text(language, 'enrol.pay.text', split)).waitFor();
      await assertNoAxeViolations(page, `the rest to pay in Vipps (${language}, 375 px)`);
      await section.getByRole('link', { name: text(language, 'enrol.pay.link', { rest: split.rest }) }).click();

      // The simulator stands in for the Vipps MobilePay app (it speaks bokmål only).
      await page.getByRole('button', { name: 'Godkjenn' }).click();
      await page.waitForURL((current) => current.pathname.startsWith('/cards/payment/'));
      await page.locator('main h1', { hasText: text(language, 'payment.title') }).waitFor();
      const paid = page.getByText(shown(language, 'payment.paid', { name: childName, activity: title }));
      await paid.waitFor();
      // The provider's title inside the sentence keeps its own language.
      assert.deepEqual(await writtenIn(paid.locator('span', { hasText: title })), {
        lang: 'nb',
        dir: 'auto',
        ltr: true,
      });
      await page.getByText(text(language, 'payment.paidSplit', split)).waitFor();
      await page.waitForFunction(
        (expected) => document.title.startsWith(expected),
        text(language, 'payment.documentTitle'),
      );
      await assertNoAxeViolations(page, `payment page: paid (${language}, 375 px)`);
      await screenshots(page, `payment-paid-${language}`);

      await page.getByRole('link', { name: text(language, 'payment.walletLink') }).click();
      await waitForPath(page, '/cards');
      const row = enrolmentRow(page, language, title, childName);
      await row.getByText(text(language, 'enrolmentStatus.confirmed')).waitFor();
      await row.getByText(split.rest, { exact: true }).waitFor();
      await expectBalance(page, childName, amount(0, language));
      await assertNoAxeViolations(page, `wallet with the paid enrolment (${language}, 375 px)`);
    });
  }
});
