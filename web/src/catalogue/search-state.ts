/**
 * The activity search as it lives in the page's address, so a search can be shared, bookmarked and gone back to.
 * The address uses the API's own parameter names. Pure, so it is unit tested without a browser.
 */

export const CATEGORIES = [
  'sport',
  'art_culture',
  'nature_outdoor',
  'recreation_social',
  'interest_organisation',
  'humanitarian',
  'faith_life_stance',
  'immigrant_organisation',
  'volunteer_meeting_place',
  'private_municipal',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SORTS = ['relevance', 'distance', 'start', 'price', 'title'] as const;
export type Sort = (typeof SORTS)[number];

export type View = 'list' | 'map';

export const DISTANCES_KM = [1, 2, 5, 10, 25] as const;
/** Upper price choices in øre. */
export const PRICE_LIMITS_ORE = [50_000, 100_000, 200_000, 500_000] as const;

export interface SearchState {
  q: string;
  categories: Category[];
  age: number | undefined;
  neighbourhood: string | undefined;
  near: string | undefined;
  maxKm: number | undefined;
  maxPrice: number | undefined;
  free: boolean;
  freeTrial: boolean;
  adapted: boolean;
  languages: string[];
  weekdays: number[];
  sort: Sort | undefined;
  page: number;
  view: View;
}

export const EMPTY_SEARCH: SearchState = {
  q: '',
  categories: [],
  age: undefined,
  neighbourhood: undefined,
  near: undefined,
  maxKm: undefined,
  maxPrice: undefined,
  free: false,
  freeTrial: false,
  adapted: false,
  languages: [],
  weekdays: [],
  sort: undefined,
  page: 1,
  view: 'list',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const POINT = /^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/;

function integer(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

function positive(value: string | null, max: number): number | undefined {
  if (value === null || !/^\d+(\.\d+)?$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 && n <= max ? n : undefined;
}

const isCategory = (v: string): v is Category => (CATEGORIES as readonly string[]).includes(v);
const isSort = (v: string): v is Sort => (SORTS as readonly string[]).includes(v);

/** Reads a search from an address's query; anything malformed is left out rather than sent to the server. */
export function parseSearch(params: URLSearchParams): SearchState {
  const sort = params.get('sort');
  const neighbourhood = params.get('neighbourhood');
  const near = params.get('near');
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    categories: [...new Set(params.getAll('category').filter(isCategory))],
    age: integer(params.get('age'), 0, 25),
    neighbourhood: neighbourhood && UUID.test(neighbourhood) ? neighbourhood : undefined,
    near: near && POINT.test(near) ? near : undefined,
    maxKm: positive(params.get('maxKm'), 200),
    maxPrice: integer(params.get('maxPrice'), 0, 100_000_000),
    free: params.get('free') === 'true',
    freeTrial: params.get('freeTrial') === 'true',
    adapted: params.get('adapted') === 'true',
    languages: [...new Set(params.getAll('language').filter((l) => /^[a-z]{2,3}$/.test(l)))],
    weekdays: [...new Set(params.getAll('weekday').map(Number))].filter((d) => Number.isInteger(d) && d >= 1 && d <= 7),
    sort: sort && isSort(sort) ? sort : undefined,
    page: integer(params.get('page'), 1, 10_000) ?? 1,
    view: params.get('view') === 'map' ? 'map' : 'list',
  };
}

/** The query for the API (no view; a distance only with a place to measure from). */
export function apiQuery(state: SearchState, options: { pageSize?: number; forMap?: boolean } = {}): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const c of state.categories) params.append('category', c);
  if (state.age !== undefined) params.set('age', String(state.age));
  if (state.near) params.set('near', state.near);
  if (state.neighbourhood) params.set('neighbourhood', state.neighbourhood);
  if (state.maxKm !== undefined && (state.near || state.neighbourhood)) params.set('maxKm', String(state.maxKm));
  if (state.maxPrice !== undefined) params.set('maxPrice', String(state.maxPrice));
  if (state.free) params.set('free', 'true');
  if (state.freeTrial) params.set('freeTrial', 'true');
  if (state.adapted) params.set('adapted', 'true');
  for (const l of state.languages) params.append('language', l);
  for (const d of state.weekdays) params.append('weekday', String(d));
  if (!options.forMap) {
    if (state.sort) params.set('sort', state.sort);
    if (state.page > 1) params.set('page', String(state.page));
    if (options.pageSize) params.set('pageSize', String(options.pageSize));
  }
  return params.toString();
}

/** The page's own address query: the API query plus the view, defaults left out. */
export function pageQuery(state: SearchState): string {
  const params = new URLSearchParams(apiQuery(state));
  if (state.maxKm !== undefined && !params.has('maxKm')) params.set('maxKm', String(state.maxKm));
  if (state.view === 'map') params.set('view', 'map');
  return params.toString();
}

/** How many filters beyond the free text are set (shown on the "Filters" button). */
export function activeFilterCount(state: SearchState): number {
  return (
    state.categories.length +
    (state.age === undefined ? 0 : 1) +
    (state.neighbourhood || state.near ? 1 : 0) +
    (state.maxPrice === undefined ? 0 : 1) +
    (state.free ? 1 : 0) +
    (state.freeTrial ? 1 : 0) +
    (state.adapted ? 1 : 0) +
    state.languages.length +
    state.weekdays.length
  );
}

/** The address of an activity's own page; it names the municipality so a shared link opens the right one. */
export function activityPath(kommunenummer: string, activityId: string): string {
  return `/activities/${kommunenummer}/${activityId}`;
}
