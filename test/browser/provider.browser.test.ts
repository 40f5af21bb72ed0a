/**
 * The provider journey in a real browser, with axe checking WCAG 2.1 A and AA on every page visited: a club leader
 * (not a provider yet) logs in with the local ID-porten, registers the club by its organisation number and sees it
 * wait for approval; a bad account number is refused at its field; an activity is made with a schedule, a picture
 * and a translation, and publishing it before approval says why not; the municipality's administrator logs in
 * through the staff provider and approves the club; the activity is published and a family finds it in the
 * public search and opens its page.
 *
 * Needs a built web app (WEB_DIST, default web/dist): npx vite build --config web/vite.config.ts
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { makeNationalId } from '../../src/domain/national-id.ts';
import type { DevStaffUser } from '../../src/integrations/oidc/dev-provider.ts';
import { createNationalIdProtector } from '../../src/security/pii.ts';
import { createServices } from '../../src/services.ts';
import { readTexts } from '../../web/src/i18n/read-texts.ts';
import { testConfig } from '../helpers/app.ts';
import { type LoginServer, startLoginServer } from '../helpers/login.ts';
import { assertNoAxeViolations } from './axe.ts';
import { launchBrowser } from './harness.ts';
import { loginAsStaff, loginAtIdporten, screenshots, waitForFieldError } from './journey.ts';
import { serverText } from './texts.ts';

type Texts = Record<string, unknown>;
const texts = { nb: readTexts('nb') as Texts, ar: readTexts('ar') as Texts };

/** A text of the web app in bokmål (or the language given; all areas), with {{variables}} filled in. */
function text(key: string, values: Record<string, string | number> = {}, language: 'nb' | 'ar' = 'nb'): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Texts | undefined)?.[part], texts[language]);
  assert.equal(typeof value, 'string', key);
  return (value as string).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? `{{${name}}}`));
}

const ADMIN: DevStaffUser = {
  subject: 'marte-kommuneadmin',
  name: 'Marte Kommuneadmin',
  email: 'marte.kommuneadmin@drammen.example',
};

const CLUB = {
  organisationNumber: '998877660',
  name: 'Elvebyen Idrettslag',
};
const ACTIVITY_TITLE = 'Elvebyfotball 8–10 år';
const year = new Date().getUTCFullYear();

let server: LoginServer;
let browser: Browser;
let leader: { nationalId: string; name: string };
let helperNationalId: string;
const contexts: BrowserContext[] = [];

before(async () => {
  const webDist = testConfig().webDist;
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error(`No built web app in ${webDist}. Run "npx vite build --config web/vite.config.ts" first.`);
  }
  server = await startLoginServer({ webDist, staffUsers: [ADMIN] });
  const services = createServices(server.database, server.config);
  const db = server.database.db;
  const municipality = await services.municipalities.registerMunicipality({ kommunenummer: '3301', name: 'Drammen' });
  await db
    .insertInto('neighbourhood')
    .values({ municipalityId: municipality.id, name: 'Strømsø', latitude: 59.7397, longitude: 10.2048 })
    .execute();
  // The club as the entity register has it, so registering needs no call to the register.
  await db
    .insertInto('organisation')
    .values({
      organisationNumber: CLUB.organisationNumber,
      name: CLUB.name,
      organisationForm: 'FLI',
      inVoluntaryRegister: true,
      businessAddress: 'Idrettsveien 1',
      postalCode: '3015',
      postalPlace: 'DRAMMEN',
      municipalityNumber: '3301',
      // As the import stores it: with the scheme the register leaves out.
      website: 'https://www.elvebyen-il.example',
    })
    .execute();
  // The club leader lives in the municipality, so the login knows her name; she has no role yet.
  let serial = 700;
  let nationalId: string | null = null;
  while (!nationalId) nationalId = makeNationalId(`${year - 44}-02-11`, serial++, { synthetic: true });
  const protector = createNationalIdProtector(server.config.piiKeys);
  await db
    .insertInto('person')
    .values({
      municipalityId: municipality.id,
      nationalIdHash: protector.lookupHash(nationalId),
      nationalIdEnc: protector.encrypt(nationalId),
      givenName: 'Lise',
      familyName: 'Leder',
      birthDate: `${year - 44}-02-11`,
      status: 'resident',
      addressProtection: 'none',
      streetAddress: 'Elvegata 9',
      postalCode: '3015',
      postalPlace: 'DRAMMEN',
    })
    .execute();
  leader = { nationalId, name: 'Lise Leder' };
  let helper: string | null = null;
  while (!helper) helper = makeNationalId(`${year - 31}-09-23`, serial++, { synthetic: true });
  helperNationalId = helper;
  await services.identity.ensureStaffRole({
    issuer: server.provider.staffIssuer,
    ...ADMIN,
    municipalityId: municipality.id,
    role: 'municipality_admin',
  });
  browser = await launchBrowser();
});

after(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await server?.close();
});

const url = (path: string) => `${server.baseUrl}${path}`;

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'nb', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

async function heading(page: Page, value: string): Promise<void> {
  await page.locator('main h1', { hasText: value }).waitFor();
}

async function waitForPath(page: Page, path: string | RegExp): Promise<void> {
  await page.waitForURL((current) =>
    typeof path === 'string' ? current.pathname === path : path.test(current.pathname),
  );
}

/**
 * The label and value of each fact in a card's description list, and whether the label's text ends at least 8 px
 * before its value's text starts (beside it) or lies above it (stacked on a phone).
 */
async function factsLayout(card: Locator): Promise<{ label: string; value: string; apart: boolean }[]> {
  return card.locator('dl > div').evaluateAll((rows) =>
    rows.map((row) => {
      const [dt, dd] = [row.querySelector(':scope > dt'), row.querySelector(':scope > dd')];
      // The extent of the text itself, which may overflow its box (no named helper: the page knows no tsx helpers).
      const [label, value] = [dt, dd].map((element) => {
        const range = document.createRange();
        if (element) range.selectNodeContents(element);
        return range.getBoundingClientRect();
      }) as [DOMRect, DOMRect];
      const rtl = getComputedStyle(row).direction === 'rtl';
      const beside = rtl ? label.left - value.right >= 8 : value.left - label.right >= 8;
      const stacked = (label.top + label.bottom) / 2 < value.top;
      return {
        label: dt?.textContent ?? '',
        value: dd?.textContent ?? '',
        apart: Boolean(dt && dd) && (beside || stacked),
      };
    }),
  );
}

let citizen: Page;
let editorUrl: string;

test('a club leader registers the club by its organisation number and sees it wait for approval', async () => {
  citizen = await newPage();
  const page = citizen;
  await page.goto(url('/organisation'));
  await heading(page, text('organisation.title'));
  await page
    .locator('main')
    .getByRole('link', { name: text('auth.loginCitizen') })
    .click();
  await loginAtIdporten(page, leader.nationalId);
  await waitForPath(page, '/organisation');
  await page.locator('header').getByText(leader.name).waitFor();

  // Logged in without any role: the way in for a new club leader.
  await page.getByRole('heading', { name: text('organisation.register.title') }).waitFor();
  await assertNoAxeViolations(page, 'my organisation, nothing registered yet');
  await page
    .locator('main')
    .getByRole('link', { name: text('organisation.register.button') })
    .click();
  await waitForPath(page, '/organisation/register');
  await heading(page, text('registerProvider.title'));
  await assertNoAxeViolations(page, 'register: find the organisation');

  // A number with a wrong control digit: the server says so at the field.
  const number = page.getByRole('textbox', { name: text('registerProvider.find.number') });
  const find = page.getByRole('button', { name: text('registerProvider.find.submit') });
  await number.fill('998 877 661');
  await find.click();
  await waitForFieldError(number, serverText('nb', 'field.organisationNumber'));
  await assertNoAxeViolations(page, 'register: wrong organisation number');

  // The right number: the register's facts before confirming.
  await number.fill('998 877 660');
  await find.click();
  const facts = page.locator('.provider-facts');
  await facts.getByRole('heading', { name: CLUB.name }).waitFor();
  await facts.getByText(`${text('organisationForm.FLI')} (FLI)`).waitFor();
  await facts.getByText(text('registerProvider.facts.yes'), { exact: true }).waitFor();
  assert.equal(await page.getByRole('radio', { name: text('providerKind.voluntary') }).isChecked(), true);
  assert.equal(
    await page.getByRole('textbox', { name: text('registerProvider.form.website') }).inputValue(),
    'https://www.elvebyen-il.example',
  );

  // Nothing in the e-mail field: the summary and the field say so, and the field has focus.
  const submit = page.getByRole('button', { name: text('registerProvider.form.submit') });
  await submit.click();
  const email = page.getByRole('textbox', { name: text('registerProvider.form.email') });
  await waitForFieldError(email, text('registerProvider.form.emailRequired'));
  await page.locator('.form-error-summary').getByText(text('registerProvider.form.emailRequired')).waitFor();
  assert.equal(await email.evaluate((element) => element === document.activeElement), true);
  await assertNoAxeViolations(page, 'register: the form with an error');
  await screenshots(page, 'register');

  await email.fill('post@elvebyen-il.example');
  await page.getByRole('textbox', { name: text('registerProvider.form.phone') }).fill('912 34 567');
  await page.getByRole('combobox', { name: text('registerProvider.form.neighbourhood') }).selectOption({
    label: 'Strømsø',
  });
  await submit.click();

  await waitForPath(page, '/organisation');
  await page.getByRole('heading', { name: text('organisation.registered.title', { name: CLUB.name }) }).waitFor();
  await page.getByRole('heading', { name: CLUB.name, level: 2, exact: true }).waitFor();
  await page.locator('main').getByText(text('providerStatus.pending'), { exact: true }).waitFor();
  await page.getByRole('heading', { name: text('organisation.status.pendingTitle') }).waitFor();
  await assertNoAxeViolations(page, 'my organisation, waiting for approval');
  await screenshots(page, 'organisation-pending');
});

test('a bad bank account number is refused at its field', async () => {
  const page = citizen;
  await page.getByRole('tab', { name: text('organisation.tabs.profile') }).click();
  const account = page.getByRole('textbox', { name: text('organisation.profile.bankAccount') });
  await account.fill('1234 56 78901');
  await page.getByRole('button', { name: text('organisation.profile.save') }).click();
  const message = serverText('nb', 'field.bankAccount');
  await waitForFieldError(account, message);
  await page.locator('.form-error-summary').getByText(message).waitFor();
  assert.equal(await account.evaluate((element) => element === document.activeElement), true);
  await assertNoAxeViolations(page, 'profile with a wrong account number');
  await screenshots(page, 'profile-error');

  await account.fill('1234 56 78903');
  await page.getByRole('button', { name: text('organisation.profile.save') }).click();
  await page.getByText(text('organisation.profile.saved')).waitFor();
  assert.equal(await account.inputValue(), '1234.56.78903');
});

test('the club makes an activity with a schedule, a picture and a translation; publishing waits for approval', async () => {
  const page = citizen;
  await page.getByRole('tab', { name: text('organisation.tabs.activities') }).click();
  await page.getByText(text('organisation.activities.notApprovedHint')).waitFor();
  await page
    .locator('main')
    .getByRole('link', { name: text('organisation.activities.new') })
    .click();
  await waitForPath(page, /\/organisation\/[0-9a-f-]+\/activities\/new$/);
  await heading(page, text('activityEditor.newTitle'));

  const field = (key: string) => page.getByRole('textbox', { name: text(key), exact: true });
  await field('activityEditor.fields.title').fill(ACTIVITY_TITLE);
  await field('activityEditor.fields.description').fill(
    'Vi spiller fotball på kunstgresset hver tirsdag. Ta med drikkeflaske og innesko.',
  );
  await page.getByRole('combobox', { name: text('activityEditor.fields.category') }).selectOption('sport');
  await field('activityEditor.fields.minAge').fill('8');
  await field('activityEditor.fields.maxAge').fill('10');
  await page.getByLabel(text('activityEditor.fields.seasonStart')).fill(`${year}-01-05`);
  await page.getByLabel(text('activityEditor.fields.seasonEnd')).fill(`${year + 1}-06-15`);
  await page.getByRole('button', { name: text('activityEditor.fields.addSlot') }).click();
  const slot = page.getByRole('group', { name: text('activityEditor.fields.slot', { number: 1 }) });
  await slot.getByRole('combobox', { name: text('activityEditor.fields.weekday') }).selectOption('2');
  await slot.getByLabel(text('activityEditor.fields.start')).fill('17:30');
  await slot.getByLabel(text('activityEditor.fields.end')).fill('19:00');
  await field('activityEditor.fields.price').fill('450');
  await field('activityEditor.fields.priceIncludes').fill('Medlemskap og forsikring');
  await page.getByRole('checkbox', { name: text('activityEditor.fields.freeTrial') }).check();
  await field('activityEditor.fields.streetAddress').fill('Idrettsveien 1');
  await field('activityEditor.fields.postalCode').fill('3015');
  await page.getByRole('checkbox', { name: text('spokenLanguage.en'), exact: true }).check();
  // Every language offered has its name from our texts: Northern Sami too, which the browser names "se".
  await page.getByRole('checkbox', { name: text('spokenLanguage.se'), exact: true }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: 'se', exact: true }).count(), 0);
  await field('activityEditor.fields.contactName').fill(leader.name);
  await field('activityEditor.fields.contactEmail').fill('fotball@elvebyen-il.example');
  await assertNoAxeViolations(page, 'activity editor, filled in');

  await page.getByRole('button', { name: text('activityEditor.create') }).click();
  await waitForPath(page, /\/organisation\/[0-9a-f-]+\/activities\/[0-9a-f-]{36}$/);
  editorUrl = page.url();
  await page.getByText(text('activityEditor.created')).waitFor();
  await heading(page, text('activityEditor.editTitle'));
  assert.equal(await field('activityEditor.fields.price').inputValue(), '450');

  // A picture, generated here: its text for screen readers is required.
  const png = await sharp({
    create: { width: 640, height: 480, channels: 3, background: { r: 30, g: 140, b: 60 } },
  })
    .png()
    .toBuffer();
  await page
    .getByLabel(text('activityEditor.pictures.upload'))
    .setInputFiles({ name: 'fotball.png', mimeType: 'image/png', buffer: png });
  await page.getByText(text('activityEditor.pictures.uploaded')).waitFor();
  const alt = page.getByRole('textbox', { name: text('activityEditor.pictures.altFor', { number: 1 }) });
  const savePictures = page.getByRole('button', { name: text('activityEditor.pictures.save') });
  await savePictures.click();
  await waitForFieldError(alt, text('activityEditor.pictures.altRequired'));
  await alt.fill('Barn i grønne drakter spiller fotball på kunstgress');
  await savePictures.click();
  await page.getByText(text('activityEditor.pictures.saved')).waitFor();

  // An English translation of the texts.
  await page.getByRole('tab', { name: text('spokenLanguage.en') }).click();
  const english = (key: string) =>
    page.getByRole('textbox', {
      name: text('activityEditor.translations.field', { field: text(key), language: text('spokenLanguage.en') }),
    });
  await english('activityEditor.fields.title').fill('Elveby football, ages 8–10');
  await english('activityEditor.fields.description').fill('We play football on the artificial pitch every Tuesday.');
  await page
    .getByRole('button', { name: text('activityEditor.translations.save', { language: text('spokenLanguage.en') }) })
    .click();
  await page.getByText(text('activityEditor.translations.saved', { language: text('spokenLanguage.en') })).waitFor();

  // Publishing before the municipality has approved the club says why not.
  await page.getByText(text('activityEditor.publishing.notApproved')).waitFor();
  await page.getByRole('button', { name: text('activityEditor.publishing.publish') }).click();
  await page.getByText(serverText('nb', 'error.PROVIDER_NOT_APPROVED')).waitFor();
  await assertNoAxeViolations(page, 'activity editor, publishing refused before approval');
  await screenshots(page, 'editor');
});

test('the municipality administrator approves the club on the provider page', async () => {
  const page = await newPage();
  await page.goto(url('/admin/providers'));
  await heading(page, text('approval.title'));
  await page
    .locator('main')
    .getByRole('link', { name: text('auth.loginStaff') })
    .click();
  await loginAsStaff(page, ADMIN.subject);
  await waitForPath(page, '/admin/providers');

  const card = page.locator('.provider-approval', { has: page.getByRole('heading', { name: CLUB.name }) });
  await card.waitFor();
  await card.getByText(`${text('organisationForm.FLI')} (FLI)`).waitFor();
  await card.getByText(text('registerProvider.facts.yes'), { exact: true }).waitFor();
  await card.getByText(text('approval.here'), { exact: false }).waitFor();
  await card.getByText('post@elvebyen-il.example').waitFor();
  // Each fact is a label and a value in a description list, side by side with space between: a long label such as
  // "Organisasjonsnummer" never runs into its value.
  const facts = await factsLayout(card);
  assert.deepEqual(
    facts.find((fact) => fact.label === text('registerProvider.facts.number')),
    { label: text('registerProvider.facts.number'), value: CLUB.organisationNumber, apart: true },
  );
  for (const fact of facts) assert.ok(fact.apart, `${fact.label}: the label runs into "${fact.value}"`);
  await assertNoAxeViolations(page, 'provider approval, pending queue');
  await screenshots(page, 'approval');

  // Rejecting needs a note; cancel it and approve instead.
  await card.getByRole('button', { name: text('approval.rejectLabel', { name: CLUB.name }) }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: text('approval.dialog.reject') }).click();
  await dialog.getByText(text('approval.dialog.noteRequired')).waitFor();
  await assertNoAxeViolations(page, 'provider approval, reject dialog');
  await dialog.getByRole('button', { name: text('providerCommon.cancel') }).click();
  await dialog.waitFor({ state: 'hidden' });

  await card.getByRole('button', { name: text('approval.approveLabel', { name: CLUB.name }) }).click();
  await page.getByText(text('approval.done.approve', { name: CLUB.name })).waitFor();
  await page.getByText(text('approval.none')).waitFor();

  await page.getByRole('tab', { name: text('approval.tabs.approved') }).click();
  const approved = page.locator('.provider-approval', { has: page.getByRole('heading', { name: CLUB.name }) });
  await approved.getByRole('button', { name: text('approval.suspendLabel', { name: CLUB.name }) }).waitFor();
  await approved.getByText(ADMIN.name, { exact: false }).waitFor();
  await assertNoAxeViolations(page, 'provider approval, approved tab');

  // On a phone in Arabic: the facts stack, nothing runs together and the page fits the screen.
  await page.setViewportSize({ width: 375, height: 812 });
  await page.getByRole('combobox', { name: text('language.label') }).selectOption('ar');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await heading(page, text('approval.title', {}, 'ar'));
  await approved.waitFor();
  for (const fact of await factsLayout(approved)) assert.ok(fact.apart, `${fact.label} runs into "${fact.value}"`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'fits the phone');
  await assertNoAxeViolations(page, 'provider approval on a phone (ar)');
});

test('the club publishes the activity, and a family finds it in the search and opens it', async () => {
  const page = citizen;
  await page.goto(editorUrl);
  await heading(page, text('activityEditor.editTitle'));
  await page.getByRole('button', { name: text('activityEditor.publishing.publish') }).click();
  await page.getByText(text('activityEditor.publishing.published')).waitFor();
  const view = page.getByRole('link', { name: text('activityEditor.publishing.view') });
  await view.waitFor();
  await assertNoAxeViolations(page, 'activity editor, published');

  // The list on "My organisation" shows it as published.
  await page.goto(url('/organisation'));
  await page.getByRole('heading', { name: CLUB.name, level: 2, exact: true }).waitFor();
  const row = page.locator('main table tbody tr', { hasText: ACTIVITY_TITLE });
  await row.getByText(text('providerActivityStatus.published')).waitFor();
  await assertNoAxeViolations(page, 'my organisation, approved with a published activity');

  // A family, not logged in, searches for it.
  const family = await newPage();
  await family.goto(url(`/activities?q=${encodeURIComponent('Elvebyfotball')}`));
  await heading(family, text('catalogue.title'));
  const result = family.getByRole('link', { name: ACTIVITY_TITLE });
  await result.first().waitFor();
  await assertNoAxeViolations(family, 'public search finds the activity');
  await result.first().click();
  await family.locator('main h1', { hasText: ACTIVITY_TITLE }).waitFor();
  await family.getByText(CLUB.name).first().waitFor();
  await family.getByText(text('catalogue.tag.freeTrial')).first().waitFor();
  const picture = family.getByRole('img', { name: 'Barn i grønne drakter spiller fotball på kunstgress' });
  await picture.waitFor();
  await family.waitForFunction((alt) => {
    const image = [...document.images].find((i) => i.alt === alt);
    return Boolean(image?.complete && image.naturalWidth > 0);
  }, 'Barn i grønne drakter spiller fotball på kunstgress');
  await assertNoAxeViolations(family, 'the activity page');
});

test('the club invites a co-admin by e-mail, who logs in from the link and accepts; the token leaves the address', async () => {
  const page = citizen;
  await page.goto(url('/organisation?tab=admins'));
  await page.getByRole('heading', { name: text('organisation.admins.inviteTitle') }).waitFor();
  const name = page.getByRole('textbox', { name: text('organisation.admins.name'), exact: true });
  const email = page.getByRole('textbox', { name: text('organisation.admins.email'), exact: true });
  const invite = page.getByRole('button', { name: text('organisation.admins.invite') });

  // One invitation sent and taken back, one kept.
  await name.fill('Ola Feil');
  await email.fill('ola.feil@example.org');
  await invite.click();
  await page
    .getByText(text('organisation.admins.invited', { name: 'Ola Feil', email: 'ola.feil@example.org' }))
    .waitFor();
  await page.getByRole('button', { name: text('organisation.admins.revokeLabel', { name: 'Ola Feil' }) }).click();
  await page.getByText(text('organisation.admins.revoked', { name: 'Ola Feil' })).waitFor();
  await name.fill('Per Hjelper');
  await email.fill('per.hjelper@example.org');
  await invite.click();
  await page.locator('main table tbody tr', { hasText: 'Per Hjelper' }).waitFor();
  assert.equal(await page.locator('main table tbody tr', { hasText: 'Ola Feil' }).count(), 0);
  await assertNoAxeViolations(page, 'my organisation, administrators');

  // The link is only in the e-mail.
  const mail = await server.database.db
    .selectFrom('mailOutbox')
    .select('text')
    .where('recipient', '=', 'per.hjelper@example.org')
    .executeTakeFirstOrThrow();
  const link = /https?:\/\/\S+\/kommune\/3301\/invitasjon\/(\S+)/.exec(mail.text);
  assert.ok(link?.[1], 'the e-mail holds the link');
  const token = link[1];

  const helper = await newPage();
  await helper.goto(url(`/kommune/3301/invitasjon/${token}`));
  await heading(helper, text('invitation.title'));
  await waitForPath(helper, '/kommune/3301/invitasjon/lenke');
  const login = helper.locator('main').getByRole('link', { name: text('auth.loginCitizen') });
  const href = (await login.getAttribute('href')) ?? '';
  assert.ok(!href.includes(token), 'the login link does not carry the token');
  await assertNoAxeViolations(helper, 'invitation, not logged in');
  await login.click();
  await loginAtIdporten(helper, helperNationalId);
  await waitForPath(helper, '/kommune/3301/invitasjon/lenke');
  await helper.getByRole('button', { name: text('invitation.accept.button') }).click();
  await helper.getByRole('heading', { name: text('invitation.accepted.title', { name: CLUB.name }) }).waitFor();
  assert.ok(!helper.url().includes(token));
  await assertNoAxeViolations(helper, 'invitation accepted');
  await helper.getByRole('link', { name: text('invitation.accepted.link') }).click();
  await waitForPath(helper, '/organisation');
  await helper.getByRole('heading', { name: CLUB.name, level: 2, exact: true }).waitFor();
  await helper.locator('main table tbody tr', { hasText: ACTIVITY_TITLE }).waitFor();
});

test('the club’s own pages read right to left in Arabic', async () => {
  const page = citizen;
  await page.goto(url('/organisation'));
  await page.getByRole('heading', { name: CLUB.name, level: 2, exact: true }).waitFor();
  await page.getByRole('combobox', { name: text('language.label') }).selectOption('ar');
  await page.waitForFunction(() => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl');
  await page.locator('main table tbody tr', { hasText: ACTIVITY_TITLE }).waitFor();
  await page
    .getByText(text('providerActivityStatus.published', {}, 'ar'))
    .first()
    .waitFor();
  // The club's Norwegian name keeps its own language and direction in the Arabic page.
  const name = page.getByRole('heading', { name: CLUB.name, level: 2, exact: true }).getByText(CLUB.name);
  assert.deepEqual(
    await name.evaluate((element) => [
      element.getAttribute('lang'),
      element.getAttribute('dir'),
      getComputedStyle(element).direction,
    ]),
    ['nb', 'auto', 'ltr'],
  );
  await assertNoAxeViolations(page, 'my organisation (ar)');
  await page.goto(editorUrl);
  await heading(page, text('activityEditor.editTitle', {}, 'ar'));
  await assertNoAxeViolations(page, 'activity editor (ar)');

  // On a phone the tabs (the organisation's and the translations') wrap within the screen; nothing scrolls sideways.
  await page.setViewportSize({ width: 375, height: 812 });
  const tabsFit = async (label: string) => {
    await page.getByRole('tab').first().waitFor();
    const outside = await page.getByRole('tab').evaluateAll((tabs) =>
      tabs
        .filter((tab) => {
          const box = tab.getBoundingClientRect();
          return box.left < 0 || box.right > window.innerWidth;
        })
        .map((tab) => tab.textContent),
    );
    assert.deepEqual(outside, [], `${label}: tabs cut off at the screen's edge`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${label}: the page is ${overflow}px wider than the phone`);
  };
  await tabsFit('activity editor (ar)');
  await assertNoAxeViolations(page, 'activity editor on a phone (ar)');
  await page.goto(url('/organisation'));
  await page.getByRole('heading', { name: CLUB.name, level: 2, exact: true }).waitFor();
  await tabsFit('my organisation (ar)');
  await assertNoAxeViolations(page, 'my organisation on a phone (ar)');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('combobox', { name: text('language.label', {}, 'ar') }).selectOption('nb');
  await page.waitForFunction(() => document.documentElement.lang === 'nb');
});
