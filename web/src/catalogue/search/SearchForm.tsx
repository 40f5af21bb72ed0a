import { Button, Details, Textfield } from '@digdir/designsystemet-react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activeFilterCount, type SearchState } from '../search-state.ts';
import { CategoryFilter } from './CategoryFilter.tsx';
import { MoreFilters } from './MoreFilters.tsx';
import { PlaceFilter } from './PlaceFilter.tsx';
import { PriceFilter } from './PriceFilter.tsx';
import { useSearchDraft } from './useSearchDraft.ts';
import { WeekdayFilter } from './WeekdayFilter.tsx';

/** The search: words, then the filters folded away under one button that says how many are in use. */
export function SearchForm({
  kommunenummer,
  search,
  neighbourhoods,
  languages,
  counts,
  onSearch,
}: {
  kommunenummer: string;
  search: SearchState;
  neighbourhoods: { id: string; name: string }[];
  languages: string[];
  counts: { code: string; count: number }[];
  onSearch(next: SearchState): void;
}) {
  const { t } = useTranslation();
  const filter = useSearchDraft(search);
  const { draft, set } = filter;
  const filters = activeFilterCount(search);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(draft);
  }

  return (
    <search aria-label={t('catalogue.form.label')}>
      <form className="catalogue__form" onSubmit={submit}>
        <div className="catalogue__text">
          <Textfield
            label={t('catalogue.form.text')}
            description={t('catalogue.form.textHint')}
            name="q"
            type="search"
            value={draft.q}
            maxLength={200}
            onChange={(e) => set('q', e.target.value)}
          />
          <Button type="submit">{t('catalogue.form.submit')}</Button>
        </div>

        <Details className="catalogue__filters">
          <Details.Summary>
            {filters > 0 ? t('catalogue.form.filtersCount', { count: filters }) : t('catalogue.form.filters')}
          </Details.Summary>
          <Details.Content>
            <div className="catalogue__filter-grid">
              <CategoryFilter {...filter} counts={counts} />

              <div className="catalogue__filter-column">
                <Textfield
                  label={t('catalogue.form.age')}
                  description={t('catalogue.form.ageHint')}
                  name="age"
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={25}
                  value={draft.age ?? ''}
                  className="field-short"
                  onChange={(e) => {
                    const v = e.target.value;
                    set('age', v === '' || !/^\d+$/.test(v) || Number(v) > 25 ? undefined : Number(v));
                  }}
                />

                <PlaceFilter {...filter} kommunenummer={kommunenummer} neighbourhoods={neighbourhoods} />
              </div>

              <div className="catalogue__filter-column">
                <PriceFilter {...filter} />
                <MoreFilters {...filter} languages={languages} />
              </div>

              <WeekdayFilter {...filter} />
            </div>
            <div className="catalogue__filter-actions">
              <Button type="submit">{t('catalogue.form.submit')}</Button>
              <Button
                type="button"
                variant="tertiary"
                onClick={() => onSearch({ ...search, ...CLEARED, q: draft.q, view: search.view })}
              >
                {t('catalogue.form.clear')}
              </Button>
            </div>
          </Details.Content>
        </Details>
      </form>
    </search>
  );
}

const CLEARED: Partial<SearchState> = {
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
};
