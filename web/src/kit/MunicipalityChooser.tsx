import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMunicipality } from '../municipality.tsx';

/** Shown only when this installation serves several municipalities; the choice is kept in the browser. */
export function MunicipalityChooser() {
  const { t } = useTranslation();
  const id = useId();
  const { all, current, choose } = useMunicipality();
  if (all.length < 2) return null;
  return (
    <Field data-size="sm" className="app-header__field">
      {/* On phones the chosen municipality's name says enough; the word stays for screen readers. */}
      <Label htmlFor={id} className="app-header__label app-header__label--text-only">
        {t('municipality.label')}
      </Label>
      <Select
        id={id}
        name="municipality"
        width="auto"
        value={current?.kommunenummer ?? ''}
        onChange={(event) => choose(event.target.value)}
      >
        {!current && (
          <Select.Option value="" disabled>
            {t('municipality.choose')}
          </Select.Option>
        )}
        {all.map((municipality) => (
          <Select.Option key={municipality.kommunenummer} value={municipality.kommunenummer}>
            {municipality.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
