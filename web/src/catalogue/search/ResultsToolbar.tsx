import { Button, Field, Heading, Label, Select } from '@digdir/designsystemet-react';
import { type RefObject, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySearchResult } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatNumber } from '../../kit/format.ts';
import { type SearchState, SORTS, type Sort } from '../search-state.ts';

/** Above the results: how many were found (the heading the focus moves to), the order, and list or map. */
export function ResultsToolbar({
  search,
  results,
  headingRef,
  go,
}: {
  search: SearchState;
  results: ActivitySearchResult | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  go(next: SearchState): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <div className="catalogue__toolbar">
      <Heading level={2} data-size="sm" id="results-heading" ref={headingRef} tabIndex={-1} aria-live="polite">
        {results
          ? t('catalogue.results.count', { count: results.total, formatted: formatNumber(results.total, language) })
          : t('catalogue.results.searching')}
      </Heading>
      <div className="catalogue__controls">
        <SortChoice
          value={results?.sort ?? search.sort ?? 'start'}
          hasText={search.q.trim() !== ''}
          hasPlace={Boolean(search.near || search.neighbourhood)}
          onChange={(sort) => go({ ...search, sort, page: 1 })}
        />
        <fieldset className="view-toggle">
          <legend className="ds-sr-only">{t('catalogue.view.label')}</legend>
          <Button
            variant={search.view === 'list' ? 'primary' : 'secondary'}
            aria-pressed={search.view === 'list'}
            data-size="sm"
            onClick={() => go({ ...search, view: 'list' })}
          >
            {t('catalogue.view.list')}
          </Button>
          <Button
            variant={search.view === 'map' ? 'primary' : 'secondary'}
            aria-pressed={search.view === 'map'}
            data-size="sm"
            onClick={() => go({ ...search, view: 'map' })}
          >
            {t('catalogue.view.map')}
          </Button>
        </fieldset>
      </div>
    </div>
  );
}

function SortChoice({
  value,
  hasText,
  hasPlace,
  onChange,
}: {
  value: Sort;
  hasText: boolean;
  hasPlace: boolean;
  onChange(sort: Sort): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const available = SORTS.filter((s) => (s !== 'relevance' || hasText) && (s !== 'distance' || hasPlace));
  return (
    <Field data-size="sm" className="catalogue__sort">
      <Label htmlFor={id}>{t('catalogue.sort.label')}</Label>
      <Select id={id} name="sort" value={value} width="auto" onChange={(e) => onChange(e.target.value as Sort)}>
        {available.map((s) => (
          <Select.Option key={s} value={s}>
            {t(`catalogue.sort.${s}`)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
