import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROLES } from './api/client.ts';
import { IMPLEMENTED_PAGES, NAVIGATION, navigationFor, PAGES, type PageId } from './navigation.ts';

const ALL_PAGES = new Set(Object.keys(PAGES) as PageId[]);
const ids = (entries: { id: PageId }[]) => entries.map((entry) => entry.id);

test('anonymous people see the public pages that exist', () => {
  assert.deepEqual(ids(navigationFor([])), ['home', 'about']);
});

test('only implemented pages are shown, whatever the roles', () => {
  const everyRole = Object.keys(NAVIGATION.roles);
  for (const entry of navigationFor(everyRole)) assert.ok(IMPLEMENTED_PAGES.has(entry.id), entry.id);
});

test('with every page built, anonymous people see home, activities and about', () => {
  assert.deepEqual(ids(navigationFor([], ALL_PAGES)), ['home', 'activities', 'about']);
});

test('each role adds its own pages between the public ones', () => {
  const expected: Record<string, PageId> = {
    youth: 'myCard',
    guardian: 'family',
    provider_admin: 'organisation',
    venue_staff: 'checkTickets',
    caseworker: 'cases',
    leisure_guide: 'referrals',
    municipality_admin: 'administration',
    platform_operator: 'municipalities',
  };
  for (const [role, page] of Object.entries(expected)) {
    assert.deepEqual(ids(navigationFor([role], ALL_PAGES)), ['home', 'activities', page, 'about'], role);
  }
});

test('several roles give the union in a fixed order, without duplicates', () => {
  const menu = ids(navigationFor(['municipality_admin', 'guardian', 'guardian', 'caseworker'], ALL_PAGES));
  assert.deepEqual(menu, ['home', 'activities', 'family', 'cases', 'administration', 'about']);
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
