import {
  Button,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listSchemes, PLACEMENT_REASONS, type PlacementReason, placeChild } from '../api/cards.ts';
import { ApiError, type PersonLookupResult } from '../api/client.ts';
import { currentLanguage } from '../i18n/index.ts';
import { ConfirmDialog } from '../kit/ConfirmDialog.tsx';
import { formatAmount } from '../kit/format.ts';
import { LiveNotice } from '../kit/forms/LiveNotice.tsx';
import { PLACEMENT_REASON_LABELS } from '../kit/labels.ts';
import { fullName } from '../kit/people.ts';
import { useWrittenIn } from '../kit/UserText.tsx';
import { useLoad } from '../kit/useLoad.ts';

const NOTE_MAX = 1000;

/**
 * "Tildel kort": a caseworker places the person found in one of the municipality's means-tested schemes, with a
 * reason category and an optional note; the current period's amount is granted at once. Shown only when the
 * municipality has such a scheme.
 */
export function PlaceInScheme({ kommunenummer, person }: { kommunenummer: string; person: PersonLookupResult }) {
  const { t } = useTranslation();
  const written = useWrittenIn();
  const id = useId();
  const schemes = useLoad((signal) => listSchemes(kommunenummer, signal), [kommunenummer]);
  const meansTested = (schemes.data ?? []).filter((scheme) => scheme.eligibility === 'means_tested');
  const [open, setOpen] = useState(false);
  const [schemeId, setSchemeId] = useState('');
  const [reason, setReason] = useState<PlacementReason | ''>('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ schemeId?: string; reason?: string; note?: string }>({});
  const [done, setDone] = useState<string>();
  const name = fullName(person);

  if (meansTested.length === 0) return null;
  const chosenId = schemeId || (meansTested.length === 1 ? (meansTested[0]?.id ?? '') : '');

  function start() {
    setErrors({});
    setReason('');
    setNote('');
    setSchemeId('');
    setOpen(true);
  }

  async function place(): Promise<unknown> {
    const found: typeof errors = {};
    if (!chosenId) found.schemeId = t('placeInScheme.schemeRequired');
    if (!reason) found.reason = t('placeInScheme.reasonRequired');
    setErrors(found);
    if (found.schemeId || found.reason || !reason) {
      document.getElementById(found.schemeId ? `${id}-scheme` : `${id}-reason-${PLACEMENT_REASONS[0]}`)?.focus();
      return false;
    }
    const scheme = meansTested.find((s) => s.id === chosenId);
    const result = await placeChild(kommunenummer, chosenId, { personId: person.id, reason, note: note.trim() });
    setDone(
      t('placeInScheme.done', {
        name,
        scheme: scheme?.name ?? '',
        amount: formatAmount(result.grantedOre, currentLanguage()),
      }),
    );
    return true;
  }

  function fieldErrors(caught: unknown): boolean {
    if (!(caught instanceof ApiError)) return false;
    const message = caught.fieldMessage('reason') ?? caught.fieldMessage('note');
    if (!message) return false;
    setErrors({ reason: caught.fieldMessage('reason'), note: caught.fieldMessage('note') });
    return true;
  }

  return (
    <div className="place-in-scheme">
      <LiveNotice message={done} />
      <div>
        <Button variant="secondary" onClick={start}>
          {t('placeInScheme.button')}
        </Button>
      </div>
      <ConfirmDialog
        open={open}
        form
        title={t('placeInScheme.title', { name })}
        closeLabel={t('placeInScheme.close')}
        confirmLabel={t('placeInScheme.confirm')}
        cancelLabel={t('placeInScheme.cancel')}
        loginKind="staff"
        onConfirm={place}
        onError={fieldErrors}
        onClose={() => setOpen(false)}
      >
        <Paragraph>{t('placeInScheme.text')}</Paragraph>
        <Field>
          <Label htmlFor={`${id}-scheme`}>{t('placeInScheme.scheme')}</Label>
          <Select
            id={`${id}-scheme`}
            name="schemeId"
            width="full"
            value={chosenId}
            autoFocus
            onChange={(event) => setSchemeId(event.target.value)}
          >
            {meansTested.length > 1 && (
              <Select.Option value="" disabled>
                {t('placeInScheme.chooseScheme')}
              </Select.Option>
            )}
            {meansTested.map((scheme) => (
              <Select.Option key={scheme.id} value={scheme.id} {...written()}>
                {scheme.name}
              </Select.Option>
            ))}
          </Select>
          {errors.schemeId && <ValidationMessage>{errors.schemeId}</ValidationMessage>}
        </Field>
        <Fieldset>
          <Fieldset.Legend>{t('placeInScheme.reason')}</Fieldset.Legend>
          {PLACEMENT_REASONS.map((option) => (
            <Radio
              key={option}
              id={`${id}-reason-${option}`}
              name="reason"
              value={option}
              label={t(PLACEMENT_REASON_LABELS[option])}
              checked={reason === option}
              onChange={() => setReason(option)}
            />
          ))}
          {errors.reason && <ValidationMessage>{errors.reason}</ValidationMessage>}
        </Fieldset>
        <Textfield
          multiline
          rows={2}
          label={t('placeInScheme.note')}
          description={t('placeInScheme.noteHint')}
          name="note"
          maxLength={NOTE_MAX}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          error={errors.note}
        />
      </ConfirmDialog>
    </div>
  );
}
