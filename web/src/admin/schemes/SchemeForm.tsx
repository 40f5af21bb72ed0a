import { Button, Card, Fieldset, Heading, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { ELIGIBILITY_KINDS, type Scheme } from '../../api/cards.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { ErrorSummary } from '../../kit/forms/ErrorSummary.tsx';
import { ELIGIBILITY_LABELS } from '../../kit/labels.ts';
import { CoverageFields } from './CoverageFields.tsx';
import { MoneyFields } from './MoneyFields.tsx';
import { DESCRIPTION_MAX, NAME_MAX } from './scheme-draft.ts';
import { useSchemeForm } from './useSchemeForm.ts';
import { WhoFields } from './WhoFields.tsx';

/** "Ny ordning" or "Endre": every rule of a scheme, in kroner. */
export function SchemeForm({
  kommunenummer,
  scheme,
  onCancel,
  onSaved,
}: {
  kommunenummer: string;
  /** The scheme being changed; none to set up a new one. */
  scheme: Scheme | undefined;
  onCancel(): void;
  onSaved(scheme: Scheme, created: boolean): void;
}) {
  const { t } = useTranslation();
  const state = useSchemeForm(kommunenummer, scheme, onSaved);
  const { id, draft, set, form, errors, problems, submit, busy, error, editing, heading } = state;
  const titleId = `${id}-heading`;

  return (
    <Card data-color={editing ? 'accent' : 'neutral'} className="form-card scheme-form">
      <form ref={form} className="form-stack" onSubmit={submit} noValidate aria-labelledby={titleId}>
        <Heading level={2} data-size="md" id={titleId} ref={heading} tabIndex={-1}>
          {scheme ? t('schemes.form.editTitle', { name: scheme.name }) : t('schemes.form.addTitle')}
        </Heading>

        <Textfield
          label={t('schemes.form.name')}
          name="name"
          autoComplete="off"
          maxLength={NAME_MAX}
          value={draft.name}
          onChange={(event) => set('name', event.target.value)}
          error={errors.name}
        />
        <Textfield
          multiline
          rows={4}
          label={t('schemes.form.description')}
          description={t('schemes.form.descriptionHint')}
          name="description"
          maxLength={DESCRIPTION_MAX}
          value={draft.description}
          onChange={(event) => set('description', event.target.value)}
          error={errors.description}
        />

        <Fieldset>
          <Fieldset.Legend>{t('schemes.form.eligibility')}</Fieldset.Legend>
          {ELIGIBILITY_KINDS.map((kind) => (
            <Radio
              key={kind}
              id={`${id}-eligibility-${kind}`}
              name="eligibility"
              value={kind}
              label={t(ELIGIBILITY_LABELS[kind])}
              description={t(`schemes.form.eligibilityHint.${kind}`)}
              checked={draft.eligibility === kind}
              onChange={() => set('eligibility', kind)}
            />
          ))}
          {errors.eligibility && <ValidationMessage>{errors.eligibility}</ValidationMessage>}
        </Fieldset>

        <WhoFields state={state} />
        <MoneyFields state={state} />
        <CoverageFields state={state} />

        <ErrorSummary title={t('schemes.form.errorSummary')} level={3} problems={problems()} />
        {error !== undefined && <ApiErrorAlert error={error} loginKind="staff" />}
        <div className="button-row">
          <Button type="submit" loading={busy} aria-disabled={busy}>
            {editing ? t('schemes.form.save') : t('schemes.form.add')}
          </Button>
          {editing && (
            <Button type="button" variant="tertiary" onClick={onCancel}>
              {t('schemes.form.cancel')}
            </Button>
          )}
        </div>
      </form>
    </Card>
  );
}
