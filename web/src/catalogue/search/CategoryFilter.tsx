import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { formatNumber } from '../../kit/format.ts';
import { CATEGORIES } from '../search-state.ts';
import { type FilterProps, toggle } from './useSearchDraft.ts';

/** The ten categories, each with how many of the current results are in it. */
export function CategoryFilter({ draft, set, counts }: FilterProps & { counts: { code: string; count: number }[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const count = (code: string) => counts.find((c) => c.code === code)?.count;
  return (
    <Fieldset>
      <Fieldset.Legend>{t('catalogue.form.category')}</Fieldset.Legend>
      {CATEGORIES.map((code) => {
        const n = count(code);
        return (
          <Checkbox
            key={code}
            name="category"
            value={code}
            label={n === undefined ? t(`category.${code}`) : `${t(`category.${code}`)} (${formatNumber(n, language)})`}
            checked={draft.categories.includes(code)}
            onChange={(e) => set('categories', toggle(draft.categories, code, e.target.checked))}
          />
        );
      })}
    </Fieldset>
  );
}
