import { Checkbox, Field, Fieldset, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { formatPrice } from '../../kit/format.ts';
import { PRICE_LIMITS_ORE } from '../search-state.ts';
import type { FilterProps } from './useSearchDraft.ts';

/** What it costs: free only, or up to a price. */
export function PriceFilter({ draft, set }: FilterProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const ids = { price: useId() };
  return (
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
  );
}
