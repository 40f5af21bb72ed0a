import { Alert, Button, Card, Heading, Link, List, Paragraph, Tag } from '@digdir/designsystemet-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import { type ActivityDetail, ApiError, getActivity, imageUrl } from '../api/client.ts';
import { currentLanguage } from '../i18n/index.ts';
import type { Language } from '../i18n/languages.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { formatAge, formatDate, formatPrice, weekdayName } from '../kit/format.ts';
import { Loading } from '../kit/Loading.tsx';
import { languageLabel } from '../kit/labels.ts';
import { UserText, useWrittenIn } from '../kit/UserText.tsx';
import { useDocumentTitle } from '../kit/useDocumentTitle.ts';
import { useLoad } from '../kit/useLoad.ts';
import { useMunicipality } from '../municipality.tsx';
import { EnrolSection } from './enrol/EnrolSection.tsx';
import { activityPath } from './search-state.ts';

const ActivityMap = lazy(() => import('./ActivityMap.tsx'));

/** One activity's page: everything a family needs to decide and get in touch, and the help to take part. */
export function ActivityPage() {
  const { t } = useTranslation();
  const { kommunenummer = '', activityId = '' } = useParams();
  const { current, all, choose } = useMunicipality();
  const language = currentLanguage();
  const load = useLoad(
    (signal) => getActivity(kommunenummer, activityId, signal),
    [kommunenummer, activityId, language],
  );
  useDocumentTitle(load.data?.title ?? t('activity.documentTitle'));

  // A shared link opens the activity's municipality.
  useEffect(() => {
    if (current?.kommunenummer !== kommunenummer && all.some((m) => m.kommunenummer === kommunenummer)) {
      choose(kommunenummer);
    }
  }, [current, all, kommunenummer, choose]);

  return (
    <div className="app-container page-body app-page">
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to="/activities">{t('activity.back')}</RouterLink>
        </Link>
      </Paragraph>
      {load.status === 'failed' &&
        (load.error instanceof ApiError && load.error.status === 404 ? (
          <>
            <Heading level={1} data-size="lg" tabIndex={-1}>
              {t('activity.notFound.title')}
            </Heading>
            <Paragraph>{t('activity.notFound.text')}</Paragraph>
          </>
        ) : (
          <ApiErrorAlert error={load.error} />
        ))}
      {load.status === 'loading' && !load.data && <Loading text={t('catalogue.loading')} />}
      {load.data && <Activity activity={load.data} kommunenummer={kommunenummer} language={language} />}
    </div>
  );
}

function Activity({
  activity: a,
  kommunenummer,
  language,
}: {
  activity: ActivityDetail;
  kommunenummer: string;
  language: Language;
}) {
  const { t } = useTranslation();
  const written = useWrittenIn();
  const [copied, setCopied] = useState(false);
  const ages =
    a.minAge === a.maxAge
      ? formatAge(a.minAge, language)
      : t('catalogue.card.ages', { from: a.minAge, to: formatAge(a.maxAge, language) });
  const mainImage = a.images[0];
  const shareUrl = `${window.location.origin}${activityPath(kommunenummer, a.id)}`;

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <article className="activity-page" aria-labelledby="activity-title">
      <div className="activity-page__intro">
        <Heading level={1} data-size="lg" id="activity-title" tabIndex={-1} {...written(a.textLanguage)}>
          {a.title}
        </Heading>
        <Paragraph data-size="lg" {...written()}>
          {a.provider.name}
        </Paragraph>
        <div className="activity-card__tags">
          <Tag data-color="neutral">{t(`category.${a.category}`)}</Tag>
          {a.freeTrial && <Tag data-color="success">{t('catalogue.tag.freeTrial')}</Tag>}
          {a.free && <Tag data-color="success">{t('catalogue.tag.free')}</Tag>}
          {a.adapted && <Tag data-color="info">{t('catalogue.tag.adapted')}</Tag>}
        </div>
      </div>

      {a.started && (
        <Alert data-color="warning" className="activity-page__started">
          {t('activity.started', { date: formatDate(a.seasonStart, language) })}
        </Alert>
      )}

      <EnrolSection kommunenummer={kommunenummer} activityId={a.id} />

      <div className="activity-page__grid">
        <div className="activity-page__main">
          {mainImage && (
            <img
              className="activity-page__image"
              src={imageUrl(kommunenummer, mainImage.id, 'large')}
              alt={mainImage.alt}
            />
          )}
          <section aria-labelledby="about-heading">
            <Heading level={2} data-size="sm" id="about-heading">
              {t('activity.about')}
            </Heading>
            {a.description ? (
              <Paragraph className="preserve-lines activity-page__description" {...written(a.textLanguage)}>
                {a.description}
              </Paragraph>
            ) : (
              <Paragraph>{t('activity.noDescription')}</Paragraph>
            )}
            {a.targetGroup && (
              <Paragraph>
                <strong>{t('activity.targetGroup')}:</strong> <UserText lang={a.textLanguage}>{a.targetGroup}</UserText>
              </Paragraph>
            )}
          </section>

          <section aria-labelledby="when-heading">
            <Heading level={2} data-size="sm" id="when-heading">
              {t('activity.when')}
            </Heading>
            <Paragraph>
              {t('activity.season', {
                from: formatDate(a.seasonStart, language),
                to: formatDate(a.seasonEnd, language),
              })}
            </Paragraph>
            {a.schedule.length > 0 && (
              <List.Unordered>
                {a.schedule.map((s) => (
                  <List.Item key={`${s.weekday}-${s.start}`}>
                    {t('activity.slot', { day: weekdayName(s.weekday, language), start: s.start, end: s.end })}
                  </List.Item>
                ))}
              </List.Unordered>
            )}
            {a.sessionCount !== null && <Paragraph>{t('activity.sessions', { count: a.sessionCount })}</Paragraph>}
          </section>

          {a.location && (
            <section aria-labelledby="where-heading">
              <Heading level={2} data-size="sm" id="where-heading">
                {t('activity.where')}
              </Heading>
              {a.address && (
                <Paragraph>
                  {[a.address.street, [a.address.postalCode, a.address.postalPlace].filter(Boolean).join(' ')]
                    .filter(Boolean)
                    .join(', ')}
                </Paragraph>
              )}
              {a.neighbourhood && (
                <Paragraph data-size="sm" {...written()}>
                  {a.neighbourhood.name}
                </Paragraph>
              )}
              <Suspense fallback={<Loading text={t('catalogue.loading')} />}>
                <ActivityMap
                  className="activity-map activity-map--small"
                  label={t('activity.mapLabel', { title: a.title })}
                  markers={[{ id: a.id, title: a.title, ...a.location, href: activityPath(kommunenummer, a.id) }]}
                />
              </Suspense>
            </section>
          )}
        </div>

        <aside className="activity-page__side" aria-label={t('activity.factsLabel')}>
          <Card variant="tinted" data-color="neutral">
            <dl className="activity-facts">
              <dt>{t('catalogue.card.age')}</dt>
              <dd>{ages}</dd>
              <dt>{t('catalogue.card.price')}</dt>
              <dd>
                {a.free ? t('catalogue.card.free') : formatPrice(a.priceOre, language)}
                {a.fees.length > 0 && (
                  <ul className="activity-facts__fees" aria-label={t('activityTerms.feesLabel')}>
                    {a.fees.map((fee) => (
                      <li key={fee.kind}>
                        {t(`activityTerms.feeKind.${fee.kind}`)}: {formatPrice(fee.amountOre, language)}
                      </li>
                    ))}
                  </ul>
                )}
                {a.priceIncludes && (
                  <span className="activity-facts__note" lang={a.textLanguage}>
                    {t('activity.includes', { what: a.priceIncludes })}
                  </span>
                )}
              </dd>
              {a.places.capacity !== null && (
                <>
                  <dt>{t('activityTerms.places.label')}</dt>
                  <dd>
                    {!a.places.full
                      ? t('activityTerms.places.left', { left: a.places.left ?? 0, capacity: a.places.capacity })
                      : a.places.waitingList
                        ? t('activityTerms.places.fullWaitingList')
                        : t('activityTerms.places.full')}
                  </dd>
                </>
              )}
              {!a.free && (
                <>
                  <dt>{t('activityTerms.refundLabel')}</dt>
                  <dd>{t(`activityTerms.refundPolicy.${a.refundPolicy}`)}</dd>
                </>
              )}
              {a.languages.length > 0 && (
                <>
                  <dt>{t('activity.languages')}</dt>
                  <dd>{a.languages.map((l) => languageLabel(t, l)).join(', ')}</dd>
                </>
              )}
              {(a.contact.name || a.contact.email || a.contact.phone) && (
                <>
                  <dt>{t('activity.contact')}</dt>
                  <dd>
                    {a.contact.name && <UserText>{a.contact.name}</UserText>}
                    {a.contact.email && (
                      <Link href={`mailto:${a.contact.email}`} dir="ltr">
                        {a.contact.email}
                      </Link>
                    )}
                    {a.contact.phone && (
                      <Link href={`tel:${a.contact.phone.replace(/\s+/g, '')}`} dir="ltr">
                        {a.contact.phone}
                      </Link>
                    )}
                  </dd>
                </>
              )}
            </dl>
            <Button variant="secondary" data-size="sm" onClick={copyLink}>
              {t('activity.share')}
            </Button>
            <Paragraph data-size="sm" aria-live="polite">
              {copied ? t('activity.copied') : ''}
            </Paragraph>
          </Card>

          {a.supportOffers.length > 0 && (
            <Card variant="tinted" data-color="accent">
              <Heading level={2} data-size="xs">
                {t('activity.help')}
              </Heading>
              <ul className="support-list">
                {a.supportOffers.map((o) => (
                  <li key={o.id}>
                    <strong {...written()}>{o.title}</strong>
                    <Tag data-size="sm" data-color="neutral">
                      {t(`supportKind.${o.kind}`)}
                    </Tag>
                    <Paragraph data-size="sm" {...written()}>
                      {o.summary}
                    </Paragraph>
                    {o.url && (
                      <Link href={o.url} data-size="sm">
                        {t('activity.readMore', { title: o.title })}
                      </Link>
                    )}
                    {o.contact && (
                      <Paragraph data-size="sm" {...written()}>
                        {o.contact}
                      </Paragraph>
                    )}
                  </li>
                ))}
              </ul>
            </Card>
          )}

          <Card variant="tinted" data-color="neutral">
            <Heading level={2} data-size="xs">
              {t('activity.provider')}
            </Heading>
            <Paragraph>
              <strong {...written()}>{a.providerDetails.name}</strong>
            </Paragraph>
            {a.providerDetails.description && (
              <Paragraph data-size="sm" {...written()}>
                {a.providerDetails.description}
              </Paragraph>
            )}
            <List.Unordered className="provider-links">
              {a.providerDetails.website && (
                <List.Item>
                  <Link href={a.providerDetails.website} dir="ltr">
                    {t('activity.website')}
                  </Link>
                </List.Item>
              )}
              {a.providerDetails.email && (
                <List.Item>
                  <Link href={`mailto:${a.providerDetails.email}`} dir="ltr">
                    {a.providerDetails.email}
                  </Link>
                </List.Item>
              )}
              {a.providerDetails.socialLinks.map((url) => (
                <List.Item key={url}>
                  <Link href={url} dir="ltr">
                    {new URL(url).hostname.replace(/^www\./, '')}
                  </Link>
                </List.Item>
              ))}
            </List.Unordered>
          </Card>
        </aside>
      </div>
    </article>
  );
}
