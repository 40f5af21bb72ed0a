import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROLES } from './api/client.ts';
import {
  currentEntry,
  IMPLEMENTED_PAGES,
  NAVIGATION,
  navigationFor,
  PAGES,
  type PageId,
  pageForPath,
  rolesForPage,
} from './navigation.ts';

const ALL_PAGES = new Set(Object.keys(PAGES) as PageId[]);
const ids = (entries: { id: PageId }[]) => entries.map((entry) => entry.id);

test('anonymous people see the public pages that exist', () => {
  assert.deepEqual(ids(navigationFor([])), ['home', 'activities', 'about']);
});

test('only implemented pages are shown, whatever the roles', () => {
  const everyRole = Object.keys(NAVIGATION.roles);
  for (const entry of navigationFor(everyRole)) assert.ok(IMPLEMENTED_PAGES.has(entry.id), entry.id);
});

test('with every page built, anonymous people see home, activities and about', () => {
  assert.deepEqual(ids(navigationFor([], ALL_PAGES)), ['home', 'activities', 'about']);
});

test('each role adds its own pages between the public ones', () => {
  const expected: Record<string, PageId[]> = {
    youth: ['cards', 'family'],
    guardian: ['cards', 'family'],
    provider_admin: ['organisation'],
    venue_staff: ['checkTickets'],
    caseworker: ['cases', 'people', 'schemes'],
    leisure_guide: ['referrals'],
    municipality_admin: [
      'people',
      'administration',
      'schemes',
      'payouts',
      'providerApproval',
      'news',
      'supportOffers',
      'audit',
      'roles',
    ],
    platform_operator: ['municipalities'],
  };
  for (const [role, pages] of Object.entries(expected)) {
    assert.deepEqual(ids(navigationFor([role], ALL_PAGES)), ['home', 'activities', ...pages, 'about'], role);
  }
});

test('several roles give the union in a fixed order, without duplicates', () => {
  const menu = ids(navigationFor(['municipality_admin', 'guardian', 'guardian', 'caseworker'], ALL_PAGES));
  assert.deepEqual(menu, [
    'home',
    'activities',
    'cards',
    'family',
    'cases',
    'people',
    'schemes',
    'administration',
    'payouts',
    'providerApproval',
    'news',
    'supportOffers',
    'audit',
    'roles',
    'about',
  ]);
});

test('with the pages built today, each role sees the pages it can use', () => {
  assert.deepEqual(ids(navigationFor(['guardian'])), ['home', 'activities', 'cards', 'family', 'about']);
  assert.deepEqual(ids(navigationFor(['youth'])), ['home', 'activities', 'cards', 'family', 'about']);
  assert.deepEqual(ids(navigationFor(['caseworker'])), ['home', 'activities', 'people', 'schemes', 'about']);
  assert.deepEqual(ids(navigationFor(['municipality_admin'])), [
    'home',
    'activities',
    'people',
    'administration',
    'schemes',
    'payouts',
    'providerApproval',
    'news',
    'supportOffers',
    'audit',
    'roles',
    'about',
  ]);
  assert.deepEqual(ids(navigationFor(['provider_admin'])), ['home', 'activities', 'organisation', 'about']);
  assert.deepEqual(ids(navigationFor(['leisure_guide', 'venue_staff'])), ['home', 'activities', 'about']);
});

test('the roles that open a page are those whose menu holds it', () => {
  assert.deepEqual(rolesForPage('family'), ['youth', 'guardian']);
  assert.deepEqual(rolesForPage('people'), ['caseworker', 'municipality_admin']);
  assert.deepEqual(rolesForPage('cards'), ['youth', 'guardian']);
  assert.deepEqual(rolesForPage('schemes'), ['caseworker', 'municipality_admin']);
  assert.deepEqual(rolesForPage('audit'), ['municipality_admin']);
  assert.deepEqual(rolesForPage('roles'), ['municipality_admin']);
  assert.deepEqual(rolesForPage('home'), []);
  assert.deepEqual(rolesForPage('about'), []);
});

test('a page is found by its exact address, and knows whether it needs a login', () => {
  assert.equal(pageForPath('/')?.id, 'home');
  assert.equal(pageForPath('/')?.needsLogin, false);
  assert.equal(pageForPath('/about')?.needsLogin, false);
  assert.equal(pageForPath('/family')?.needsLogin, true);
  assert.equal(pageForPath('/family/')?.id, 'family');
  assert.equal(pageForPath('/admin/audit')?.id, 'audit');
  assert.deepEqual(pageForPath('/admin/roles')?.roles, ['municipality_admin']);
  assert.equal(pageForPath('/admin/audit/x'), undefined);
  assert.equal(pageForPath('/finnes-ikke'), undefined);
});

test('every page that needs a login is opened by some role', () => {
  for (const id of IMPLEMENTED_PAGES) {
    const page = pageForPath(PAGES[id].path);
    assert.ok(page, id);
    if (page.needsLogin) assert.ok(page.roles.length > 0, id);
  }
});

test('unknown roles add nothing', () => {
  assert.deepEqual(ids(navigationFor(['superuser', 'toString'], ALL_PAGES)), ['home', 'activities', 'about']);
});

test('every page has a unique path starting with a slash', () => {
  const paths = Object.values(PAGES).map((page) => page.path);
  assert.equal(new Set(paths).size, paths.length);
  for (const path of paths) assert.match(path, /^\//);
});

test('every role has an entry in the table', () => {
  assert.deepEqual(Object.keys(NAVIGATION.roles).sort(), [...ROLES].sort());
});

test('exactly one menu entry is current: the longest path that leads to the address', () => {
  const menu = navigationFor(['municipality_admin']);
  const current = (path: string) => currentEntry(menu, path)?.id;
  assert.equal(current('/admin'), 'administration');
  assert.equal(current('/admin/'), 'administration');
  assert.equal(current('/admin/providers'), 'providerApproval');
  assert.equal(current('/admin/news'), 'news');
  assert.equal(current('/admin/support-offers'), 'supportOffers');
  assert.equal(current('/admin/audit'), 'audit');
  assert.equal(current('/admin/roles'), 'roles');
  assert.equal(current('/schemes'), 'schemes');
  assert.equal(current('/schemes/abc/placements'), 'schemes');
  assert.equal(current('/'), 'home');
  assert.equal(current('/activities/3999/abc'), 'activities');
  assert.equal(current('/administration'), undefined);
  assert.equal(current('/finnes-ikke'), undefined);
  for (const entry of menu) {
    const marked = menu.filter((other) => other === currentEntry(menu, entry.path));
    assert.deepEqual(ids(marked), [entry.id], entry.path);
  }
});
