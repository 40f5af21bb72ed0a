import { Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapPoint } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { formatNumber } from '../../kit/format.ts';
import { Loading } from '../../kit/Loading.tsx';
import { activityPath } from '../search-state.ts';

const ActivityMap = lazy(() => import('../ActivityMap.tsx'));

/** The results on a map (loaded only when chosen), saying so when there are more than it shows. */
export function ResultMap({
  kommunenummer,
  points,
  origin,
}: {
  kommunenummer: string;
  points: { total: number; shown: number; points: MapPoint[] } | undefined;
  /** Where distances are measured from, marked on the map. */
  origin: { latitude: number; longitude: number } | null;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Suspense fallback={<Loading text={t('catalogue.loading')} />}>
      {points && points.shown < points.total && (
        <Paragraph data-size="sm">
          {t('catalogue.map.capped', {
            shown: formatNumber(points.shown, language),
            total: formatNumber(points.total, language),
          })}
        </Paragraph>
      )}
      <ActivityMap
        label={t('catalogue.map.label')}
        origin={origin}
        markers={(points?.points ?? []).map((p) => ({ ...p, href: activityPath(kommunenummer, p.id) }))}
      />
      <Paragraph data-size="sm" className="catalogue__map-hint">
        {t('catalogue.map.hint')}
      </Paragraph>
    </Suspense>
  );
}
