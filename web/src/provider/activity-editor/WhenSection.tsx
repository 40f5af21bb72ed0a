import {
  Button,
  Field,
  Fieldset,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../i18n/index.ts';
import { weekdayName } from '../../kit/format.ts';
import type { FieldErrors } from '../../kit/forms/field-errors.ts';
import { type ActivityDraft, SCHEDULE_MAX, WEEKDAYS } from './activity-draft.ts';
import { EditorSection } from './EditorSection.tsx';
import type { SectionProps } from './useActivityForm.ts';

type ScheduleRow = ActivityDraft['schedule'][number];

/** When the activity is on: the season, the weekly times, and the number of sessions. */
export function WhenSection({ draft, errors, update }: SectionProps) {
  const { t } = useTranslation();

  function updateRow(index: number, patch: Partial<ScheduleRow>) {
    update({ schedule: draft.schedule.map((row, i) => (i === index ? { ...row, ...patch } : row)) });
  }

  return (
    <EditorSection title={t('activityEditor.sections.when')}>
      <div className="provider-two">
        <Textfield
          type="date"
          label={t('activityEditor.fields.seasonStart')}
          name="seasonStart"
          value={draft.seasonStart}
          onChange={(event) => update({ seasonStart: event.target.value })}
          error={errors.seasonStart}
        />
        <Textfield
          type="date"
          label={t('activityEditor.fields.seasonEnd')}
          name="seasonEnd"
          value={draft.seasonEnd}
          onChange={(event) => update({ seasonEnd: event.target.value })}
          error={errors.seasonEnd}
        />
      </div>
      <Paragraph data-size="sm" className="muted">
        {t('activityEditor.fields.scheduleHint')}
      </Paragraph>
      {draft.schedule.map((row, index) => (
        <ScheduleRowFields
          key={`row-${index.toString()}`}
          index={index}
          row={row}
          errors={errors}
          onChange={(patch) => updateRow(index, patch)}
          onRemove={() => update({ schedule: draft.schedule.filter((_, i) => i !== index) })}
        />
      ))}
      {draft.schedule.length < SCHEDULE_MAX && (
        <div>
          <Button
            variant="secondary"
            data-size="sm"
            onClick={() => update({ schedule: [...draft.schedule, { weekday: '1', start: '', end: '' }] })}
          >
            {t('activityEditor.fields.addSlot')}
          </Button>
        </div>
      )}
      <Textfield
        label={t('activityEditor.fields.sessionCount')}
        description={t('activityEditor.fields.sessionCountHint')}
        name="sessionCount"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        value={draft.sessionCount}
        onChange={(event) => update({ sessionCount: event.target.value })}
        error={errors.sessionCount}
        className="field-narrow"
      />
    </EditorSection>
  );
}

/** One weekly time: weekday, start and end; its fields are named `schedule/<index>/…`. */
function ScheduleRowFields({
  index,
  row,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  row: ScheduleRow;
  errors: FieldErrors;
  onChange(patch: Partial<ScheduleRow>): void;
  onRemove(): void;
}) {
  const { t } = useTranslation();
  const ui = currentLanguage();
  const weekdayId = useId();
  const prefix = `schedule/${index}`;
  return (
    <Fieldset className="provider-slot">
      <Fieldset.Legend>{t('activityEditor.fields.slot', { number: index + 1 })}</Fieldset.Legend>
      <div className="provider-slot__fields">
        <Field>
          <Label htmlFor={weekdayId}>{t('activityEditor.fields.weekday')}</Label>
          <Select
            id={weekdayId}
            name={`${prefix}/weekday`}
            width="auto"
            value={row.weekday}
            onChange={(event) => onChange({ weekday: event.target.value })}
          >
            {WEEKDAYS.map((day) => (
              <Select.Option key={day} value={String(day)}>
                {weekdayName(day, ui)}
              </Select.Option>
            ))}
          </Select>
          {errors[`${prefix}/weekday`] && <ValidationMessage>{errors[`${prefix}/weekday`]}</ValidationMessage>}
        </Field>
        <Textfield
          type="time"
          label={t('activityEditor.fields.start')}
          name={`${prefix}/start`}
          value={row.start}
          onChange={(event) => onChange({ start: event.target.value })}
          error={errors[`${prefix}/start`]}
        />
        <Textfield
          type="time"
          label={t('activityEditor.fields.end')}
          name={`${prefix}/end`}
          value={row.end}
          onChange={(event) => onChange({ end: event.target.value })}
          error={errors[`${prefix}/end`]}
        />
        <Button
          variant="tertiary"
          data-size="sm"
          onClick={onRemove}
          aria-label={t('activityEditor.fields.removeSlotLabel', { number: index + 1 })}
          className="provider-slot__remove"
        >
          {t('providerCommon.remove')}
        </Button>
      </div>
    </Fieldset>
  );
}
