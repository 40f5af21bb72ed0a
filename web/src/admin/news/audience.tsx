import { useTranslation } from 'react-i18next';
import type { NewsAudience, ProviderKind } from '../../api/admin.ts';
import type { SearchOptions } from '../../api/client.ts';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Only the lists with something chosen: an empty list would mean the same as none. */
export function chosenAudience(
  mode: 'all' | 'filtered',
  kinds: ProviderKind[],
  categories: string[],
  neighbourhoodIds: string[],
): NewsAudience {
  if (mode === 'all') return {};
  return {
    ...(kinds.length > 0 ? { kinds } : {}),
    ...(categories.length > 0 ? { categories } : {}),
    ...(neighbourhoodIds.length > 0 ? { neighbourhoodIds } : {}),
  };
}

/** Who the news was for, in words: everyone, or each chosen list on its own line. */
export function AudienceSummary({ audience, options }: { audience: NewsAudience; options?: SearchOptions }) {
  const { t } = useTranslation();
  const lines = audienceLines(t, audience, options);
  if (lines.length === 0) return <>{t('adminNews.audience.all')}</>;
  return (
    <ul className="plain-list news-audience">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

function audienceLines(t: Translate, audience: NewsAudience, options?: SearchOptions): string[] {
  const names = new Map(options?.neighbourhoods.map((n) => [n.id.toLowerCase(), n.name]));
  const lines: string[] = [];
  if (audience.kinds?.length) {
    const list = audience.kinds.map((kind) => t(`providerKind.${kind}`)).join(', ');
    lines.push(t('adminNews.audience.kinds', { list }));
  }
  if (audience.categories?.length) {
    const list = audience.categories.map((code) => t(`category.${code}`)).join(', ');
    lines.push(t('adminNews.audience.categories', { list }));
  }
  if (audience.neighbourhoodIds?.length) {
    const list = audience.neighbourhoodIds
      .map((nid) => names.get(nid.toLowerCase()) ?? t('adminNews.audience.unknownNeighbourhood'))
      .join(', ');
    lines.push(t('adminNews.audience.neighbourhoods', { list }));
  }
  return lines;
}
