import { Checkbox, Fieldset, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { OfferFormState } from './useOfferForm.ts';

/** For whom: the categories of activity the offer goes with (none for all) and the ages it is for. */
export function OfferScopeFields({ state, categories }: { state: OfferFormState; categories: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t('supportOffers.form.categories')}</Fieldset.Legend>
        <Fieldset.Description>{t('supportOffers.form.categoriesHint')}</Fieldset.Description>
        {categories.map((code, index) => (
          <Checkbox
            key={code}
            id={`${state.id}-category-${index}`}
            name="categories"
            value={code}
            label={t(`category.${code}`)}
            checked={state.draft.categories.includes(code)}
            onChange={(event) =>
              state.set(
                'categories',
                event.target.checked
                  ? [...state.draft.categories, code]
                  : state.draft.categories.filter((chosen) => chosen !== code),
              )
            }
          />
        ))}
        {state.errors.categories && <ValidationMessage>{state.errors.categories}</ValidationMessage>}
      </Fieldset>

      <Fieldset>
        <Fieldset.Legend>{t('supportOffers.form.ages')}</Fieldset.Legend>
        <Fieldset.Description>{t('supportOffers.form.agesHint')}</Fieldset.Description>
        <div className="support-ages">
          <Textfield
            id={state.ids.minAge}
            label={t('supportOffers.form.minAge')}
            name="minAge"
            inputMode="numeric"
            autoComplete="off"
            maxLength={2}
            value={state.draft.minAge}
            onChange={(event) => state.set('minAge', event.target.value)}
            error={state.errors.minAge}
            className="field-narrow"
          />
          <Textfield
            id={state.ids.maxAge}
            label={t('supportOffers.form.maxAge')}
            name="maxAge"
            inputMode="numeric"
            autoComplete="off"
            maxLength={2}
            value={state.draft.maxAge}
            onChange={(event) => state.set('maxAge', event.target.value)}
            error={state.errors.maxAge}
            className="field-narrow"
          />
        </div>
      </Fieldset>
    </>
  );
}
