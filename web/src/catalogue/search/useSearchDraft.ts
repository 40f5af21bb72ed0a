import { useEffect, useState } from 'react';
import type { SearchState } from '../search-state.ts';

/** What each part of the search form gets: the search being written, and ways to change it. */
export interface FilterProps {
  draft: SearchState;
  set<K extends keyof SearchState>(key: K, value: SearchState[K]): void;
  update(change: (draft: SearchState) => SearchState): void;
}

/** The search as the form holds it until it is sent; a new search in the address starts it over. */
export function useSearchDraft(search: SearchState): FilterProps {
  const [draft, setDraft] = useState<SearchState>(search);
  useEffect(() => setDraft(search), [search]);
  return {
    draft,
    set: (key, value) => setDraft((d) => ({ ...d, [key]: value })),
    update: setDraft,
  };
}

export function toggle<T>(list: T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((v) => v !== value);
}
