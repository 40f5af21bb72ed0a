import type { Role } from './api/client.ts';

/**
 * The main navigation, computed from a person's roles. Pure, so it is unit tested without a browser.
 *
 * NAVIGATION keeps the full plan: the pages everyone sees and the pages each role adds. Only pages listed in
 * IMPLEMENTED_PAGES are shown, so the menu never leads to an empty page. When an issue builds a page, it adds
 * the page to IMPLEMENTED_PAGES (and its route in App.tsx); the menu then shows it to the roles listed here.
 */

export type PageId =
  | 'home'
  | 'activities'
  | 'cards'
  | 'family'
  | 'organisation'
  | 'checkTickets'
  | 'cases'
  | 'people'
  | 'referrals'
  | 'administration'
  | 'providerApproval'
  | 'news'
  | 'supportOffers'
  | 'schemes'
  | 'payouts'
  | 'audit'
  | 'roles'
  | 'municipalities'
  | 'about';

export interface NavigationEntry {
  id: PageId;
  path: string;
  /** Translation key of the menu label. */
  labelKey: string;
}

export const PAGES: Record<PageId, NavigationEntry> = {
  home: { id: 'home', path: '/', labelKey: 'nav.home' },
  activities: { id: 'activities', path: '/activities', labelKey: 'nav.activities' },
  cards: { id: 'cards', path: '/cards', labelKey: 'nav.cards' },
  family: { id: 'family', path: '/family', labelKey: 'nav.family' },
  organisation: { id: 'organisation', path: '/organisation', labelKey: 'nav.organisation' },
  checkTickets: { id: 'checkTickets', path: '/tickets/check', labelKey: 'nav.checkTickets' },
  cases: { id: 'cases', path: '/cases', labelKey: 'nav.cases' },
  people: { id: 'people', path: '/people', labelKey: 'nav.people' },
  referrals: { id: 'referrals', path: '/referrals', labelKey: 'nav.referrals' },
  administration: { id: 'administration', path: '/admin', labelKey: 'nav.administration' },
  providerApproval: { id: 'providerApproval', path: '/admin/providers', labelKey: 'nav.providerApproval' },
  news: { id: 'news', path: '/admin/news', labelKey: 'nav.news' },
  supportOffers: { id: 'supportOffers', path: '/admin/support-offers', labelKey: 'nav.supportOffers' },
  schemes: { id: 'schemes', path: '/schemes', labelKey: 'nav.schemes' },
  payouts: { id: 'payouts', path: '/admin/payouts', labelKey: 'nav.payouts' },
  audit: { id: 'audit', path: '/admin/audit', labelKey: 'nav.audit' },
  roles: { id: 'roles', path: '/admin/roles', labelKey: 'nav.roles' },
  municipalities: { id: 'municipalities', path: '/operator/municipalities', labelKey: 'nav.municipalities' },
  about: { id: 'about', path: '/about', labelKey: 'nav.about' },
};

export const NAVIGATION: {
  /** Shown to everyone, before the role pages. */
  publicStart: readonly PageId[];
  /** What each role adds. */
  roles: Record<Role, readonly PageId[]>;
  /** Shown to everyone, after the role pages. */
  publicEnd: readonly PageId[];
} = {
  publicStart: ['home', 'activities'],
  roles: {
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
  },
  publicEnd: ['about'],
};

/** Pages that exist in the app today. */
export const IMPLEMENTED_PAGES: ReadonlySet<PageId> = new Set<PageId>([
  'home',
  'activities',
  'cards',
  'family',
  'organisation',
  'people',
  'administration',
  'providerApproval',
  'news',
  'supportOffers',
  'schemes',
  'payouts',
  'audit',
  'roles',
  'about',
]);

const ROLE_ORDER = Object.keys(NAVIGATION.roles) as Role[];

/**
 * The menu for a person with the given roles (none when not logged in): public pages first, then each role's
 * pages in a fixed order, then the rest of the public pages. No page appears twice; unknown roles add nothing.
 */
export function navigationFor(
  roles: readonly string[],
  implemented: ReadonlySet<PageId> = IMPLEMENTED_PAGES,
): NavigationEntry[] {
  const held = new Set(roles);
  const ids = [
    ...NAVIGATION.publicStart,
    ...ROLE_ORDER.filter((role) => held.has(role)).flatMap((role) => NAVIGATION.roles[role]),
    ...NAVIGATION.publicEnd,
  ];
  return [...new Set(ids)].filter((id) => implemented.has(id)).map((id) => PAGES[id]);
}

/** The roles that open a page: those whose menu holds it. Empty for public pages. */
export function rolesForPage(id: PageId): Role[] {
  if (NAVIGATION.publicStart.includes(id) || NAVIGATION.publicEnd.includes(id)) return [];
  return ROLE_ORDER.filter((role) => NAVIGATION.roles[role].includes(id));
}

/**
 * The menu entry for the page shown: the one whose path is the address or its longest leading part, so that
 * /admin/providers marks "Providers" and not also "Administration" (/admin). Home (/) matches only itself.
 */
export function currentEntry<Entry extends { path: string }>(
  entries: readonly Entry[],
  pathname: string,
): Entry | undefined {
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  let best: Entry | undefined;
  for (const entry of entries) {
    const matches = entry.path === normalised || (entry.path !== '/' && normalised.startsWith(`${entry.path}/`));
    if (matches && (!best || entry.path.length > best.path.length)) best = entry;
  }
  return best;
}

/** The page at an address (exact path), with whether it needs a login and which roles open it. */
export function pageForPath(pathname: string): (NavigationEntry & { needsLogin: boolean; roles: Role[] }) | undefined {
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const page = Object.values(PAGES).find((entry) => entry.path === normalised);
  if (!page) return undefined;
  const roles = rolesForPage(page.id);
  return { ...page, needsLogin: roles.length > 0, roles };
}
