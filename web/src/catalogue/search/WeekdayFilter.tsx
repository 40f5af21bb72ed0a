import { Checkbox, Fieldset } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { weekdayName } from '../../kit/format.ts';
import { type FilterProps, toggle } from './useSearchDraft.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The days of the week the activity meets on. */
export function WeekdayFilter({ draft, set }: FilterProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
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
  );
}
