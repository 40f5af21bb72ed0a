import { Card, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { type ActivitySummary, imageUrl } from '../../api/client.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatAge, formatDistance, formatPrice, weekdayName } from '../../kit/format.ts';
import { languageLabel } from '../../kit/labels.ts';
import { UserText } from '../../kit/UserText.tsx';
import { activityPath } from '../search-state.ts';

/** One activity in the results: picture, title (the link to it), provider, the facts a family decides by, tags. */
export function ActivityCard({
  item,
  kommunenummer,
  language,
}: {
  item: ActivitySummary;
  kommunenummer: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const ages =
    item.minAge === item.maxAge
      ? formatAge(item.minAge, language)
      : t('catalogue.card.ages', { from: item.minAge, to: formatAge(item.maxAge, language) });
  return (
    <Card className="activity-card" data-color="neutral">
      {item.image && (
        <img
          className="activity-card__image"
          src={imageUrl(kommunenummer, item.image.id, 'small')}
          alt={item.image.alt}
          loading="lazy"
        />
      )}
      <div className="activity-card__body">
        <Heading level={3} data-size="xs" lang={item.textLanguage} dir="auto">
          <Link asChild>
            <RouterLink to={activityPath(kommunenummer, item.id)}>{item.title}</RouterLink>
          </Link>
        </Heading>
        <Paragraph data-size="sm" className="activity-card__provider">
          <UserText>{item.provider.name}</UserText>
        </Paragraph>
        <dl className="activity-card__facts">
          <div>
            <dt>{t('catalogue.card.category')}</dt>
            <dd>{t(`category.${item.category}`)}</dd>
          </div>
          <div>
            <dt>{t('catalogue.card.age')}</dt>
            <dd>{ages}</dd>
          </div>
          <div>
            <dt>{t('catalogue.card.price')}</dt>
            <dd>{item.free ? t('catalogue.card.free') : formatPrice(item.priceOre, language)}</dd>
          </div>
          {item.weekdays.length > 0 && (
            <div>
              <dt>{t('catalogue.card.when')}</dt>
              <dd>{item.weekdays.map((d) => weekdayName(d, language)).join(', ')}</dd>
            </div>
          )}
          {(item.place || item.distanceMetres !== null) && (
            <div>
              <dt>{t('catalogue.card.where')}</dt>
              <dd>
                {[item.place, item.distanceMetres !== null ? formatDistance(item.distanceMetres, language) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </dd>
            </div>
          )}
        </dl>
        <div className="activity-card__tags">
          {item.freeTrial && <Tag data-color="success">{t('catalogue.tag.freeTrial')}</Tag>}
          {item.free && <Tag data-color="success">{t('catalogue.tag.free')}</Tag>}
          {item.adapted && <Tag data-color="info">{t('catalogue.tag.adapted')}</Tag>}
          {item.started && <Tag data-color="warning">{t('catalogue.tag.started')}</Tag>}
          {item.languages
            .filter((l) => l !== 'nb' && l !== 'nn' && l !== 'no')
            .map((l) => (
              <Tag key={l} data-color="neutral">
                {languageLabel(t, l)}
              </Tag>
            ))}
        </div>
      </div>
    </Card>
  );
}
