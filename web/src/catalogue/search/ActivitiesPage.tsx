import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { formatDistance } from '../../kit/format.ts';
import { Loading } from '../../kit/Loading.tsx';
import { PageFrame } from '../../kit/PageFrame.tsx';
import { useMunicipality } from '../../municipality.tsx';
import { ResultList } from './ResultList.tsx';
import { ResultMap } from './ResultMap.tsx';
import { ResultsToolbar } from './ResultsToolbar.tsx';
import { SearchForm } from './SearchForm.tsx';
import { useActivitySearch } from './useActivitySearch.ts';

/** "Aktiviteter": everyone finds activities by interest, age, place, price and more, as a list or on a map. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const { current, status } = useMunicipality();
  return (
    <PageFrame title={t('catalogue.title')} documentTitle={t('catalogue.documentTitle')} lead={t('catalogue.lead')}>
      {current ? (
        <ActivitySearch key={current.kommunenummer} kommunenummer={current.kommunenummer} />
      ) : status === 'loading' ? (
        <Loading text={t('catalogue.loading')} />
      ) : (
        <Paragraph>{t('catalogue.chooseMunicipality')}</Paragraph>
      )}
    </PageFrame>
  );
}

function ActivitySearch({ kommunenummer }: { kommunenummer: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { search, options, results, points, resultsHeading, go } = useActivitySearch(kommunenummer);
  const data = results.data;
  return (
    <div className="catalogue">
      <SearchForm
        kommunenummer={kommunenummer}
        search={search}
        neighbourhoods={options.data?.neighbourhoods ?? []}
        languages={options.data?.languages ?? []}
        counts={data?.categories ?? []}
        onSearch={(next) => go({ ...next, page: 1 }, true)}
      />

      <section aria-labelledby="results-heading" className="catalogue__results">
        <ResultsToolbar search={search} results={data} headingRef={resultsHeading} go={go} />
        {data?.origin?.label && (
          <Paragraph data-size="sm">
            {t('catalogue.results.from', {
              place: data.origin.label,
              distance: search.maxKm ? formatDistance(search.maxKm * 1000, language) : '',
            })}
          </Paragraph>
        )}

        {results.status === 'failed' && <ApiErrorAlert error={results.error} />}
        {results.status === 'loading' && !data && <Loading text={t('catalogue.loading')} />}

        {search.view === 'map' ? (
          <ResultMap kommunenummer={kommunenummer} points={points.data} origin={data?.origin ?? null} />
        ) : (
          data && <ResultList kommunenummer={kommunenummer} search={search} results={data} go={go} />
        )}
      </section>
    </div>
  );
}
