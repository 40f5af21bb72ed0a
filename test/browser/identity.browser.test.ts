/**
 * Login journeys in a real browser against the local OpenID Connect provider, with axe checking WCAG 2.1 A and AA:
 * a guardian (ID-porten) sees the family, downloads the data, reads who has looked at it and logs out; a caseworker
 * looks people up with a reason; a municipality administrator finds that look-up in the audit log and gives and
 * takes back a role. One server and one browser for the whole file.
 *
 * Needs a built web app: npx vite build --config web/vite.config.ts (the test command does this first).
 * With SCREENSHOT_DIR set, the family and audit pages are also saved as phone and desktop screenshots there.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { assertNoAxeViolations } from './axe.ts';
import { launchBrowser } from './harness.ts';
import { type IdentityWorld, STAFF, startIdentityWorld } from './identity-world.ts';
import { loginAsStaff, loginAtIdporten, screenshots, tableRow, waitForFieldError } from './journey.ts';
import { type Language, serverText, text } from './texts.ts';

let env: IdentityWorld;
let browser: Browser;
const contexts: BrowserContext[] = [];

before(async () => {
  env = await startIdentityWorld();
  browser = await launchBrowser();
});

after(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await env?.server.close();
});

const url = (path: string) => `${env.server.baseUrl}${path}`;

async function newPage(locale: Language): Promise<Page> {
  const context = await browser.newContext({ locale, acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  return context.newPage();
}

async function heading(page: Page, value: string): Promise<void> {
  await page.locator('main h1', { hasText: value }).waitFor();
}

async function waitForPath(page: Page, path: string): Promise<void> {
  await page.waitForURL((current) => current.pathname === path && !current.searchParams.has('loginError'));
}

async function chooseLanguage(page: Page, from: Language, to: Language): Promise<void> {
  await page.getByRole('combobox', { name: text(from, 'language.label') }).selectOption(to);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}

describe('guardian', () => {
  test('logs in with ID-porten, sees the family in Norwegian and Arabic, downloads it, reads the log, logs out', async () => {
    const { people, actors } = env.world;
    // Ola's other guardian has looked at his family, more times than a page of the log holds.
    for (let i = 0; i < 11; i++) {
      const res = await fetch(url(`/api/municipalities/${env.world.a.kommunenummer}/family`), {
        headers: { cookie: actors.otherGuardianA.cookie },
      });
      assert.equal(res.status, 200);
    }
    const page = await newPage('nb');
    await page.goto(url('/'));
    await heading(page, text('nb', 'home.title'));

    // The header offers both logins; the one for families goes to ID-porten and back to the family page.
    await page.getByRole('button', { name: text('nb', 'auth.login') }).click();
    const idporten = page.getByRole('link', { name: text('nb', 'auth.loginCitizen') });
    await idporten.waitFor();
    assert.equal(await idporten.getAttribute('href'), '/api/auth/login/citizen?returnTo=%2Ffamily');
    await assertNoAxeViolations(page, 'home with the login menu open');
    await idporten.click();
    await loginAtIdporten(page, people.guardianA.nationalId);
    await waitForPath(page, '/family');
    await heading(page, text('nb', 'family.title'));
    assert.equal(await page.title(), `${text('nb', 'family.documentTitle')} – Fritidskortet`);

    // Who is logged in, and the family as the register has it.
    const header = page.locator('header');
    await header.getByText(people.guardianA.name).waitFor();
    await header.getByRole('button', { name: text('nb', 'auth.logout') }).waitFor();
    const ola = page.locator('.person-card', { has: page.getByRole('heading', { name: people.childA.name }) });
    const ida = page.locator('.person-card', { has: page.getByRole('heading', { name: people.youthA.name }) });
    await ola.waitFor();
    await ida.waitFor();
    await ola.getByText(people.otherGuardianA.name).waitFor();
    await ida.getByText(text('nb', 'family.children.noOtherGuardians')).waitFor();
    await ola.getByText('Elvegata 1, 3015 DRAMMEN').waitFor();
    await ola.getByText(/10 år/).waitFor();
    await page
      .getByRole('navigation')
      .getByRole('link', { name: text('nb', 'nav.family') })
      .waitFor();

    // The access log shows others' reads (here the other guardian's), with the reason translated. The guardian's
    // own views (the read that showed this page) are only counted above the list, so they do not bury the rest.
    await tableRow(
      page,
      people.otherGuardianA.name,
      text('nb', 'auditAction.familyRead'),
      people.childA.name,
      text('nb', 'reason.ownFamily'),
    )
      .first()
      .waitFor();
    await tableRow(page, text('nb', 'roleName.guardian')).first().waitFor();
    await page.getByText(/^Dine egne visninger av opplysningene: \d+, sist /).waitFor();
    assert.equal(await tableRow(page, people.guardianA.name, text('nb', 'auditAction.familyRead')).count(), 0);
    await assertNoAxeViolations(page, 'family page (nb)');
    await screenshots(page, 'family-nb');

    // "Download all information": a JSON file with the whole family.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: text('nb', 'family.export.button') }).click(),
    ]);
    const path = await download.path();
    const data = JSON.parse(readFileSync(path, 'utf8')) as {
      people: { givenName: string; familyName: string; nationalId: string }[];
      guardianships: { childId: string; guardianId: string }[];
      accessLog: unknown[];
    };
    const names = data.people.map((p) => `${p.givenName} ${p.familyName}`).sort();
    assert.deepEqual(names, [people.youthA.name, people.guardianA.name, people.childA.name].sort());
    assert.ok(data.people.some((p) => p.nationalId === people.childA.nationalId));
    assert.ok(
      data.guardianships.some((g) => g.childId === people.childA.id && g.guardianId === people.otherGuardianA.id),
    );
    assert.ok(data.accessLog.length >= 3);

    // In Arabic, right to left: the same family, the others' reads paged.
    await page.reload();
    await heading(page, text('nb', 'family.title'));
    await chooseLanguage(page, 'nb', 'ar');
    await page.reload();
    await heading(page, text('ar', 'family.title'));
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    await page.locator('.person-card', { hasText: people.childA.name }).waitFor();
    const range = text('ar', 'paging.range', { first: 1, last: 10, total: 999 });
    const rangePattern = new RegExp(range.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('999', '\\d+'));
    const shown = (await page.getByText(rangePattern).first().textContent()) ?? '';
    const total = Number(/(\d+)\D*$/.exec(shown)?.[1]);
    assert.ok(total > 10, `the log has a second page (${shown})`);
    await tableRow(page, people.otherGuardianA.name, text('ar', 'auditAction.familyRead')).first().waitFor();
    assert.equal(await tableRow(page, people.guardianA.name).count(), 0);
    await assertNoAxeViolations(page, 'family page (ar)');
    await screenshots(page, 'family-ar');
    await page
      .getByRole('navigation', { name: text('ar', 'family.log.paging') })
      .getByRole('button', {
        name: text('ar', 'paging.next'),
      })
      .click();
    await page.getByText(text('ar', 'paging.range', { first: 11, last: Math.min(total, 20), total })).waitFor();

    // Logging out ends the session on the server and at the provider, and comes back to the front page.
    await page.getByRole('button', { name: text('ar', 'auth.logout') }).click();
    await page.waitForURL(url('/'));
    await heading(page, text('ar', 'home.title'));
    const session = await page.request.get(url('/api/session'));
    assert.equal(((await session.json()) as { authenticated: boolean }).authenticated, false);
    await page.getByRole('button', { name: text('ar', 'auth.login') }).waitFor();
  });

  test('the login menu works with the keyboard alone', async () => {
    const page = await newPage('nb');
    await page.goto(url('/about'));
    await heading(page, text('nb', 'about.title'));
    const trigger = page.getByRole('button', { name: text('nb', 'auth.login') });
    await trigger.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: text('nb', 'auth.loginCitizen') }).waitFor();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    assert.match(await focused(), new RegExp(text('nb', 'auth.loginCitizen')));
    await page.keyboard.press('Tab');
    assert.match(await focused(), new RegExp(text('nb', 'auth.loginStaff')));
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('href')),
      '/api/auth/login/staff?returnTo=%2Fpeople',
    );
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: text('nb', 'auth.loginCitizen') }).waitFor({ state: 'hidden' });
    assert.equal(await focused(), text('nb', 'auth.login'));
  });

  test('a cancelled login comes back with a plain explanation and a clean address', async () => {
    const page = await newPage('nb');
    await page.goto(url('/family'));
    await heading(page, text('nb', 'family.title'));
    await page.getByRole('heading', { name: text('nb', 'auth.prompt.title') }).waitFor();
    await page
      .locator('main')
      .getByRole('link', { name: text('nb', 'auth.loginCitizen') })
      .click();
    await page.locator('input[name="pid"]').waitFor();
    await page.locator('button[name="cancel"]').click();
    await page.getByText(text('nb', 'loginError.access_denied')).waitFor();
    assert.equal(new URL(page.url()).search, '', 'the reason is taken out of the address');
    assert.equal(new URL(page.url()).pathname, '/family');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.includes('avbrutt')), true);
    await assertNoAxeViolations(page, 'family page after a cancelled login');
  });
});

describe('caseworker', () => {
  test('logs in as staff, looks up a child with a reason, and gets field errors for a wrong number', async () => {
    const { people } = env.world;
    const page = await newPage('nb');
    await page.goto(url('/people'));
    await heading(page, text('nb', 'people.title'));
    await page
      .locator('main')
      .getByRole('link', { name: text('nb', 'auth.loginStaff') })
      .click();
    await loginAsStaff(page, STAFF.caseworker.subject);
    await waitForPath(page, '/people');
    await page.locator('header').getByText(STAFF.caseworker.name).waitFor();

    const nationalId = page.getByRole('textbox', { name: text('nb', 'people.form.nationalId') });
    const reason = page.getByRole('textbox', { name: text('nb', 'people.form.reason') });
    const search = page.getByRole('button', { name: text('nb', 'people.form.submit') });
    assert.equal(await nationalId.getAttribute('inputmode'), 'numeric');
    assert.equal(await nationalId.getAttribute('autocomplete'), 'off');

    // Nothing filled in: both fields say what is missing, and nothing is sent.
    await search.click();
    await page.getByText(text('nb', 'people.form.nationalIdRequired')).waitFor();
    await page.getByText(text('nb', 'people.form.reasonRequired')).waitFor();

    await nationalId.fill(people.childA.nationalId);
    await reason.fill('Søknad om utstyr, sak 2025/14');
    await search.click();
    const result = page.locator('.person-card--result');
    await result.getByRole('heading', { name: people.childA.name }).waitFor();
    await result.getByText(people.guardianA.name).waitFor();
    await result.getByText(people.otherGuardianA.name).waitFor();
    assert.equal(await nationalId.inputValue(), '', 'the national identity number is cleared after the search');
    assert.ok(!page.url().includes(people.childA.nationalId), 'the number never goes into the address');
    await assertNoAxeViolations(page, 'person found (nb)');
    await screenshots(page, 'people-nb');

    // A number with wrong control digits: the server's message is shown at the field.
    await nationalId.fill('12345678901');
    await search.click();
    const fieldError = serverText('nb', 'field.nationalId');
    await page.getByText(fieldError).waitFor();
    await waitForFieldError(nationalId, fieldError);
    await assertNoAxeViolations(page, 'wrong national identity number (nb)');

    // A child with a strictly protected address cannot be found by an ordinary caseworker.
    await nationalId.fill(people.protectedChildA.nationalId);
    await search.click();
    await page.getByText(serverText('nb', 'error.PERSON_NOT_FOUND')).waitFor();

    // When the session is gone, the page says so and offers to log in again, back to this page.
    await page.context().clearCookies();
    await nationalId.fill(people.childA.nationalId);
    await search.click();
    await page.getByRole('heading', { name: text('nb', 'auth.expired.title') }).waitFor();
    await page.getByText(serverText('nb', 'error.UNAUTHENTICATED')).waitFor();
    const again = page.getByRole('link', { name: text('nb', 'auth.expired.login') });
    assert.equal(await again.getAttribute('href'), '/api/auth/login/staff?returnTo=%2Fpeople');
    await again.click();
    await loginAsStaff(page, STAFF.caseworker.subject);
    await waitForPath(page, '/people');

    // Caseworkers see their pages in the menu, and a polite refusal on the administrator's.
    const menu = page.getByRole('navigation', { name: text('nb', 'nav.label') });
    await menu.getByRole('link', { name: text('nb', 'nav.people') }).waitFor();
    assert.equal(await menu.getByRole('link', { name: text('nb', 'nav.audit') }).count(), 0);
    await page.goto(url('/admin/audit'));
    await page.getByRole('heading', { name: text('nb', 'auth.noAccess.title') }).waitFor();
  });
});

describe('municipality administrator', () => {
  test('finds the look-up in the audit log, then gives and takes back a role', async () => {
    const { people } = env.world;
    const page = await newPage('nb');
    await page.goto(url('/admin/audit'));
    await heading(page, text('nb', 'audit.title'));
    await page
      .locator('main')
      .getByRole('link', { name: text('nb', 'auth.loginStaff') })
      .click();
    await loginAsStaff(page, STAFF.admin.subject);
    await waitForPath(page, '/admin/audit');
    await page.getByText(/\d+ treff/).waitFor();

    // Only look-ups: the caseworker's, with the reason, and the refused one.
    await page.getByRole('combobox', { name: text('nb', 'audit.filter.action') }).selectOption('person.lookup');
    await page.getByRole('button', { name: text('nb', 'audit.filter.submit') }).click();
    await page.getByText('2 treff').waitFor();
    const lookup = tableRow(page, STAFF.caseworker.name, 'Søknad om utstyr, sak 2025/14').filter({
      hasNotText: text('nb', 'log.denied'),
    });
    await lookup.waitFor();
    await lookup.getByText(text('nb', 'auditAction.personLookup')).waitFor();
    await lookup.getByText(text('nb', 'roleName.caseworker'), { exact: true }).waitFor();
    await tableRow(page, STAFF.caseworker.name, text('nb', 'log.denied')).waitFor();
    await assertNoAxeViolations(page, 'audit log filtered (nb)');

    // Narrowing to the person looked up keeps the look-up only.
    await lookup.getByRole('button').click();
    await page.getByText('1 treff').waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: text('nb', 'audit.filter.personId') }).inputValue(),
      people.childA.id,
    );

    // An empty result says so.
    await page.getByRole('textbox', { name: text('nb', 'audit.filter.actor') }).fill('Ingen med dette navnet');
    await page.getByRole('button', { name: text('nb', 'audit.filter.submit') }).click();
    await page.getByText(text('nb', 'audit.results.empty')).waitFor();
    await page.getByRole('button', { name: text('nb', 'audit.filter.reset') }).click();
    await tableRow(page, STAFF.caseworker.name).first().waitFor();
    await screenshots(page, 'audit-nb');

    await chooseLanguage(page, 'nb', 'en');
    await page.getByRole('heading', { name: text('en', 'audit.title'), level: 1 }).waitFor();
    await page.getByText(/Results: \d+/).waitFor();
    await assertNoAxeViolations(page, 'audit log (en)');

    // Roles: give the caseworker role to a staff member by e-mail, then take it back.
    await page
      .getByRole('navigation', { name: text('en', 'nav.label') })
      .getByRole('link', { name: text('en', 'nav.roles') })
      .click();
    await heading(page, text('en', 'roles.title'));
    await tableRow(page, STAFF.caseworker.name, text('en', 'roleName.caseworker')).waitFor();

    const role = page.getByRole('combobox', { name: text('en', 'roles.grant.role') });
    const email = page.getByRole('textbox', { name: text('en', 'roles.grant.email') });
    const give = page.getByRole('button', { name: text('en', 'roles.grant.submit') });
    await role.selectOption('caseworker');
    await email.fill('nobody@drammen.example');
    await give.click();
    await waitForFieldError(email, serverText('en', 'error.STAFF_USER_NOT_FOUND'));

    await email.fill('guri@drammen.example');
    await give.click();
    const granted = text('en', 'roles.grant.done', { name: 'Guri Guide', role: text('en', 'roleName.caseworker') });
    await page.getByText(granted).waitFor();
    await tableRow(page, 'Guri Guide', text('en', 'roleName.caseworker')).waitFor();
    await assertNoAxeViolations(page, 'roles page (en)');
    await screenshots(page, 'roles-en');

    await page
      .getByRole('button', {
        name: text('en', 'roles.list.revokeLabel', { role: text('en', 'roleName.caseworker'), name: 'Guri Guide' }),
      })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: text('en', 'roles.revoke.title') }).waitFor();
    await assertNoAxeViolations(page, 'revoke dialog (en)');
    await dialog.getByRole('button', { name: text('en', 'roles.revoke.confirm') }).click();
    const revoked = text('en', 'roles.revoke.done', { name: 'Guri Guide', role: text('en', 'roleName.caseworker') });
    await page.getByText(revoked).waitFor();
    await tableRow(page, 'Guri Guide', text('en', 'roleName.caseworker')).waitFor({ state: 'detached' });

    // A provider role: the provider is chosen by name from the approved providers, and the list names it.
    await tableRow(page, 'Pia Leder', 'Drammen Turn').waitFor();
    await role.selectOption('venue_staff');
    await email.fill('guri@drammen.example');
    const provider = page.getByRole('combobox', { name: text('en', 'roles.grant.provider') });
    await give.click();
    await waitForFieldError(provider, text('en', 'roles.grant.providerRequired'));
    // Typed as a person types (the list opens on keystrokes), the suggestions come from the server.
    await provider.pressSequentially('kino');
    await page.getByRole('option', { name: 'Kino Drammen' }).click();
    await give.click();
    await page
      .getByText(text('en', 'roles.grant.done', { name: 'Guri Guide', role: text('en', 'roleName.venue_staff') }))
      .waitFor();
    await tableRow(page, 'Guri Guide', text('en', 'roleName.venue_staff'), 'Kino Drammen').waitFor();
    await assertNoAxeViolations(page, 'roles page with a provider role (en)');

    // A role given at set-up names its granter in the reader's language, not in the server's English.
    for (const language of ['nb', 'ar'] as const) {
      await chooseLanguage(page, language === 'nb' ? 'en' : 'nb', language);
      await heading(page, text(language, 'roles.title'));
      const setUp = text(language, 'roles.list.grantedBy', { name: text(language, 'systemActor.installation') });
      await tableRow(page, STAFF.admin.name, setUp).waitFor();
      assert.equal(await page.locator('main').getByText('installation set-up').count(), 0, language);
    }
    await page.setViewportSize({ width: 375, height: 812 });
    await assertNoAxeViolations(page, 'roles page on a phone (ar)');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Both changes are in the audit log.
    const events = (await (
      await page.request.get(url(`/api/municipalities/${env.world.a.kommunenummer}/audit?limit=50`))
    ).json()) as { items: { action: string }[] };
    const actions = events.items.map((item) => item.action);
    assert.ok(actions.includes('role.grant') && actions.includes('role.revoke'));
  });
});
