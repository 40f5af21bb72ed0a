import {
  Button,
  Card,
  Checkbox,
  Details,
  Field,
  Fieldset,
  Heading,
  Label,
  Link,
  Paragraph,
  Select,
  Tag,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { type ActivitySummary, getSearchOptions, imageUrl, mapActivities, searchActivities } from '../api/client.ts';
import { currentLanguage } from '../i18n/index.ts';
import type { Language } from '../i18n/languages.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { formatAge, formatDistance, formatNumber, formatPrice, weekdayName } from '../kit/format.ts';
import { Loading } from '../kit/Loading.tsx';
import { languageLabel } from '../kit/labels.ts';
import { PageFrame } from '../kit/PageFrame.tsx';
import { Pager } from '../kit/Pager.tsx';
import { UserText } from '../kit/UserText.tsx';
import { useLoad } from '../kit/useLoad.ts';
import { useMunicipality } from '../municipality.tsx';
import { AddressField } from './AddressField.tsx';
import {
  activeFilterCount,
  activityPath,
  apiQuery,
  CATEGORIES,
  DISTANCES_KM,
  PRICE_LIMITS_ORE,
  pageQuery,
  parseSearch,
  type SearchState,
  SORTS,
  type Sort,
} from './search-state.ts';

const ActivityMap = lazy(() => import('./ActivityMap.tsx'));

const PAGE_SIZE = 20;
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

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
        <div className="catalogue__toolbar">
          <Heading level={2} data-size="sm" id="results-heading" ref={resultsHeading} tabIndex={-1} aria-live="polite">
            {data
              ? t('catalogue.results.count', { count: data.total, formatted: formatNumber(data.total, language) })
              : t('catalogue.results.searching')}
          </Heading>
          <div className="catalogue__controls">
            <SortChoice
              value={data?.sort ?? search.sort ?? 'start'}
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
          <Suspense fallback={<Loading text={t('catalogue.loading')} />}>
            {points.data && points.data.shown < points.data.total && (
              <Paragraph data-size="sm">
                {t('catalogue.map.capped', {
                  shown: formatNumber(points.data.shown, language),
                  total: formatNumber(points.data.total, language),
                })}
              </Paragraph>
            )}
            <ActivityMap
              label={t('catalogue.map.label')}
              origin={data?.origin ?? null}
              markers={(points.data?.points ?? []).map((p) => ({ ...p, href: activityPath(kommunenummer, p.id) }))}
            />
            <Paragraph data-size="sm" className="catalogue__map-hint">
              {t('catalogue.map.hint')}
            </Paragraph>
          </Suspense>
        ) : data && data.items.length > 0 ? (
          <>
            <ul className="activity-list">
              {data.items.map((item) => (
                <li key={item.id}>
                  <ActivityCard item={item} kommunenummer={kommunenummer} language={language} />
                </li>
              ))}
            </ul>
            <Pager
              total={data.total}
              limit={PAGE_SIZE}
              offset={(search.page - 1) * PAGE_SIZE}
              label={t('catalogue.results.pages')}
              onChange={(offset) => go({ ...search, page: offset / PAGE_SIZE + 1 }, true)}
            />
          </>
        ) : (
          data && <NoResults hasFilters={activeFilterCount(search) > 0 || search.q !== ''} />
        )}
      </section>
    </div>
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

function ActivityCard({
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

function SearchForm({
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
  const language = currentLanguage();
  const [draft, setDraft] = useState<SearchState>(search);
  const [locating, setLocating] = useState(false);
  const [locationError, setLocationError] = useState<string>();
  const ids = { place: useId(), distance: useId(), price: useId(), language: useId() };
  useEffect(() => setDraft(search), [search]);

  const set = <K extends keyof SearchState>(key: K, value: SearchState[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));
  const filters = activeFilterCount(search);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(draft);
  }

  function locateMe() {
    if (!('geolocation' in navigator)) {
      setLocationError(t('catalogue.place.noPosition'));
      return;
    }
    setLocating(true);
    setLocationError(undefined);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(false);
        const near = `${position.coords.latitude.toFixed(5)},${position.coords.longitude.toFixed(5)}`;
        setDraft((d) => ({ ...d, near, neighbourhood: undefined, maxKm: d.maxKm ?? 2 }));
      },
      () => {
        setLocating(false);
        setLocationError(t('catalogue.place.noPosition'));
      },
      { timeout: 10_000, maximumAge: 60_000 },
    );
  }

  const count = (code: string) => counts.find((c) => c.code === code)?.count;

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
              <Fieldset>
                <Fieldset.Legend>{t('catalogue.form.category')}</Fieldset.Legend>
                {CATEGORIES.map((code) => {
                  const n = count(code);
                  return (
                    <Checkbox
                      key={code}
                      name="category"
                      value={code}
                      label={
                        n === undefined
                          ? t(`category.${code}`)
                          : `${t(`category.${code}`)} (${formatNumber(n, language)})`
                      }
                      checked={draft.categories.includes(code)}
                      onChange={(e) => set('categories', toggle(draft.categories, code, e.target.checked))}
                    />
                  );
                })}
              </Fieldset>

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

                <Fieldset>
                  <Fieldset.Legend>{t('catalogue.place.legend')}</Fieldset.Legend>
                  <AddressField
                    kommunenummer={kommunenummer}
                    label={t('catalogue.place.address')}
                    description={t('catalogue.place.addressHint')}
                    noResults={t('catalogue.place.addressNone')}
                    unavailable={t('catalogue.place.addressUnavailable')}
                    onChoose={(place) =>
                      setDraft((d) =>
                        place
                          ? {
                              ...d,
                              near: `${place.latitude.toFixed(5)},${place.longitude.toFixed(5)}`,
                              neighbourhood: undefined,
                              maxKm: d.maxKm ?? 2,
                            }
                          : { ...d, near: undefined },
                      )
                    }
                  />
                  <Field>
                    <Label htmlFor={ids.place}>{t('catalogue.place.neighbourhood')}</Label>
                    <Select
                      id={ids.place}
                      name="neighbourhood"
                      value={draft.near ? 'position' : (draft.neighbourhood ?? '')}
                      onChange={(e) => {
                        const v = e.target.value;
                        if (v === 'position') return;
                        setDraft((d) => ({ ...d, neighbourhood: v || undefined, near: undefined }));
                      }}
                    >
                      <Select.Option value="">{t('catalogue.place.anywhere')}</Select.Option>
                      {draft.near && <Select.Option value="position">{t('catalogue.place.myPosition')}</Select.Option>}
                      {neighbourhoods.map((n) => (
                        <Select.Option key={n.id} value={n.id}>
                          {n.name}
                        </Select.Option>
                      ))}
                    </Select>
                  </Field>
                  <Button type="button" variant="secondary" data-size="sm" onClick={locateMe} loading={locating}>
                    {t('catalogue.place.useMyPosition')}
                  </Button>
                  {locationError && <Paragraph data-size="sm">{locationError}</Paragraph>}
                  <Field>
                    <Label htmlFor={ids.distance}>{t('catalogue.place.distance')}</Label>
                    <Select
                      id={ids.distance}
                      name="maxKm"
                      value={draft.maxKm === undefined ? '' : String(draft.maxKm)}
                      disabled={!draft.near && !draft.neighbourhood}
                      onChange={(e) => set('maxKm', e.target.value === '' ? undefined : Number(e.target.value))}
                    >
                      <Select.Option value="">{t('catalogue.place.anyDistance')}</Select.Option>
                      {DISTANCES_KM.map((km) => (
                        <Select.Option key={km} value={String(km)}>
                          {t('catalogue.place.within', { distance: formatDistance(km * 1000, language) })}
                        </Select.Option>
                      ))}
                    </Select>
                  </Field>
                </Fieldset>
              </div>

              <div className="catalogue__filter-column">
                <Fieldset>
                  <Fieldset.Legend>{t('catalogue.form.price')}</Fieldset.Legend>
                  <Checkbox
                    name="free"
                    label={t('catalogue.form.free')}
                    checked={draft.free}
                    onChange={(e) => set('free', e.target.checked)}
                  />
                  <Field>
                    <Label htmlFor={ids.price}>{t('catalogue.form.maxPrice')}</Label>
                    <Select
                      id={ids.price}
                      name="maxPrice"
                      value={draft.maxPrice === undefined ? '' : String(draft.maxPrice)}
                      disabled={draft.free}
                      onChange={(e) => set('maxPrice', e.target.value === '' ? undefined : Number(e.target.value))}
                    >
                      <Select.Option value="">{t('catalogue.form.anyPrice')}</Select.Option>
                      {PRICE_LIMITS_ORE.map((ore) => (
                        <Select.Option key={ore} value={String(ore)}>
                          {t('catalogue.form.upTo', { price: formatPrice(ore, language) })}
                        </Select.Option>
                      ))}
                    </Select>
                  </Field>
                </Fieldset>
                <Fieldset>
                  <Fieldset.Legend>{t('catalogue.form.more')}</Fieldset.Legend>
                  <Checkbox
                    name="freeTrial"
                    label={t('catalogue.form.freeTrial')}
                    description={t('catalogue.form.freeTrialHint')}
                    checked={draft.freeTrial}
                    onChange={(e) => set('freeTrial', e.target.checked)}
                  />
                  <Checkbox
                    name="adapted"
                    label={t('catalogue.form.adapted')}
                    description={t('catalogue.form.adaptedHint')}
                    checked={draft.adapted}
                    onChange={(e) => set('adapted', e.target.checked)}
                  />
                </Fieldset>
                {languages.length > 0 && (
                  <Field>
                    <Label htmlFor={ids.language}>{t('catalogue.form.language')}</Label>
                    <Select
                      id={ids.language}
                      name="language"
                      value={draft.languages[0] ?? ''}
                      onChange={(e) => set('languages', e.target.value ? [e.target.value] : [])}
                    >
                      <Select.Option value="">{t('catalogue.form.anyLanguage')}</Select.Option>
                      {languages.map((l) => (
                        <Select.Option key={l} value={l}>
                          {languageLabel(t, l)}
                        </Select.Option>
                      ))}
                    </Select>
                  </Field>
                )}
              </div>

              <Fieldset>
                <Fieldset.Legend>{t('catalogue.form.weekday')}</Fieldset.Legend>
                {WEEKDAYS.map((d) => (
                  <Checkbox
                    key={d}
                    name="weekday"
                    value={String(d)}
                    label={weekdayName(d, language)}
                    checked={draft.weekdays.includes(d)}
                    onChange={(e) => set('weekdays', toggle(draft.weekdays, d, e.target.checked))}
                  />
                ))}
              </Fieldset>
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
