import { Checkbox, Fieldset, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { PROVIDER_KINDS } from '../../api/admin.ts';
import type { SearchOptions } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { formatNumber } from '../../kit/format.ts';
import { type NewsForm, toggle } from './useNewsForm.ts';

/** To whom: all approved providers, or those of chosen kinds, categories and neighbourhoods; and how many that is. */
export function AudienceFields({ form, options }: { form: NewsForm; options: SearchOptions }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const { mode, setMode, kinds, setKinds, categories, setCategories, neighbourhoodIds, setNeighbourhoodIds } = form;
  const { reach, count, errors } = form;
  return (
    <>
      <Fieldset>
        <Fieldset.Legend>{t('adminNews.compose.audience')}</Fieldset.Legend>
        <Radio
          name="audienceMode"
          value="all"
          label={t('adminNews.compose.audienceAll')}
          checked={mode === 'all'}
          onChange={() => setMode('all')}
        />
        <Radio
          id={form.ids.audience}
          name="audienceMode"
          value="filtered"
          label={t('adminNews.compose.audienceFiltered')}
          description={t('adminNews.compose.filterHint')}
          checked={mode === 'filtered'}
          onChange={() => setMode('filtered')}
        />
      </Fieldset>

      {mode === 'filtered' && (
        <div className="news-filters">
          <Fieldset data-size="sm">
            <Fieldset.Legend>{t('adminNews.compose.kinds')}</Fieldset.Legend>
            {PROVIDER_KINDS.map((kind) => (
              <Checkbox
                key={kind}
                name="kinds"
                value={kind}
                label={t(`providerKind.${kind}`)}
                checked={kinds.includes(kind)}
                onChange={(event) => setKinds((list) => toggle(list, kind, event.target.checked))}
              />
            ))}
          </Fieldset>
          <Fieldset data-size="sm">
            <Fieldset.Legend>{t('adminNews.compose.categories')}</Fieldset.Legend>
            {options.categories.map((code) => (
              <Checkbox
                key={code}
                name="categories"
                value={code}
                label={t(`category.${code}`)}
                checked={categories.includes(code)}
                onChange={(event) => setCategories((list) => toggle(list, code, event.target.checked))}
              />
            ))}
          </Fieldset>
          <Fieldset data-size="sm">
            <Fieldset.Legend>{t('adminNews.compose.neighbourhoods')}</Fieldset.Legend>
            {options.neighbourhoods.length === 0 && (
              <Fieldset.Description>{t('adminNews.compose.noNeighbourhoods')}</Fieldset.Description>
            )}
            {options.neighbourhoods.map((neighbourhood) => (
              <Checkbox
                key={neighbourhood.id}
                name="neighbourhoodIds"
                value={neighbourhood.id}
                label={neighbourhood.name}
                checked={neighbourhoodIds.includes(neighbourhood.id)}
                onChange={(event) =>
                  setNeighbourhoodIds((list) => toggle(list, neighbourhood.id, event.target.checked))
                }
              />
            ))}
          </Fieldset>
        </div>
      )}

      <div className="news-reach" aria-busy={reach.status === 'loading'}>
        <p className="news-reach__count" role="status">
          {count === undefined
            ? reach.status === 'loading'
              ? t('adminNews.compose.counting')
              : ''
            : t('adminNews.compose.reach', { count: formatNumber(count, language) })}
        </p>
        {reach.status === 'failed' && <ApiErrorAlert error={reach.error} loginKind="staff" />}
        {errors.audience && <ValidationMessage>{errors.audience}</ValidationMessage>}
      </div>
    </>
  );
}
