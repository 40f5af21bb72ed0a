import { useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { getSearchOptions, mapActivities, searchActivities } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { apiQuery, pageQuery, parseSearch, type SearchState } from '../search-state.ts';

export const PAGE_SIZE = 20;

/**
 * The search as the page's address holds it, and what it finds: the options for the form (neighbourhoods,
 * languages), a page of results with counts per category, and, on the map, every point. `go` makes a new search
 * the address (so the back button and a shared link give the same results) and may move the focus to the results.
 */
export function useActivitySearch(kommunenummer: string) {
  const language = currentLanguage();
  const [params, setParams] = useSearchParams();
  const search = useMemo(() => parseSearch(params), [params]);
  const options = useLoad((signal) => getSearchOptions(kommunenummer, signal), [kommunenummer]);
  const query = apiQuery(search, { pageSize: PAGE_SIZE });
  const results = useLoad((signal) => searchActivities(kommunenummer, query, signal), [kommunenummer, query, language]);
  const mapQuery = apiQuery(search, { forMap: true });
  const points = useLoad(
    search.view === 'map' ? (signal) => mapActivities(kommunenummer, mapQuery, signal) : undefined,
    [kommunenummer, mapQuery, search.view, language],
  );
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  function go(next: SearchState, focusResults = false) {
    setParams(new URLSearchParams(pageQuery(next)));
    if (focusResults) requestAnimationFrame(() => resultsHeading.current?.focus());
  }

  return { search, options, results, points, resultsHeading, go };
}
