import { Card, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { ActivitySearchResult } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { Pager } from '../../kit/Pager.tsx';
import { activeFilterCount, type SearchState } from '../search-state.ts';
import { ActivityCard } from './ActivityCard.tsx';
import { PAGE_SIZE } from './useActivitySearch.ts';

/** A page of results as cards, with the pager under them; or, when nothing is found, a hint to widen the search. */
export function ResultList({
  kommunenummer,
  search,
  results,
  go,
}: {
  kommunenummer: string;
  search: SearchState;
  results: ActivitySearchResult;
  go(next: SearchState, focusResults: boolean): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (results.items.length === 0) return <NoResults hasFilters={activeFilterCount(search) > 0 || search.q !== ''} />;
  return (
    <>
      <ul className="activity-list">
        {results.items.map((item) => (
          <li key={item.id}>
            <ActivityCard item={item} kommunenummer={kommunenummer} language={language} />
          </li>
        ))}
      </ul>
      <Pager
        total={results.total}
        limit={PAGE_SIZE}
        offset={(search.page - 1) * PAGE_SIZE}
        label={t('catalogue.results.pages')}
        onChange={(offset) => go({ ...search, page: offset / PAGE_SIZE + 1 }, true)}
      />
    </>
  );
}

function NoResults({ hasFilters }: { hasFilters: boolean }) {
  const { t } = useTranslation();
  return (
    <Card variant="tinted" className="catalogue__empty">
      <Paragraph>{t('catalogue.results.none')}</Paragraph>
      {hasFilters && <Paragraph data-size="sm">{t('catalogue.results.noneHint')}</Paragraph>}
    </Card>
  );
}
