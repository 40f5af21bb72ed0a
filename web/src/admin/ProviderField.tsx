import {
  Field,
  Label,
  Paragraph,
  EXPERIMENTAL_Suggestion as Suggestion,
  type SuggestionItem,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { listProvidersForApproval, type ProviderForApproval } from '../api/providers.ts';
import { useRemoteSuggestions } from '../kit/forms/useRemoteSuggestions.ts';

/** Providers shown at a time. */
const SHOWN = 10;

/** A provider the admin chose. */
export interface ChosenProvider {
  id: string;
  name: string;
}

export interface ProviderFieldProps {
  kommunenummer: string;
  /** The form's name for the field (the error summary and focus find it by this name). */
  name: string;
  label: string;
  description?: string;
  error?: string | undefined;
  /** Shown in the list when no approved provider matches. */
  noResults: string;
  /** Shown below the field when the list cannot be fetched. */
  unavailable: string;
  value: ChosenProvider | undefined;
  onChoose(provider: ChosenProvider | undefined): void;
}

/**
 * The municipality's approved providers to choose from, found by name or organisation number as the admin types
 * (Designsystemet's Suggestion, a combobox: arrow keys move, Enter chooses, Escape closes). Large municipalities
 * have thousands of providers, so the list comes from the server a few at a time.
 */
export function ProviderField({
  kommunenummer,
  name,
  label,
  description,
  error,
  noResults,
  unavailable,
  value,
  onChoose,
}: ProviderFieldProps) {
  const inputId = useId();
  const errorId = useId();
  const [text, setText] = useState(value?.name ?? '');
  const chosen: SuggestionItem | null = value ? { label: value.name, value: value.id } : null;
  const { results, status, clear } = useRemoteSuggestions<ProviderForApproval>(text, {
    skip: value !== undefined && text === value.name,
    key: kommunenummer,
    fetch: async (q, signal) =>
      (await listProvidersForApproval(kommunenummer, { status: 'approved', q, pageSize: SHOWN }, signal)).items,
  });

  const onInput = (event: FormEvent<HTMLInputElement>) => {
    const typed = event.currentTarget.value;
    setText(typed);
    if (value && typed !== value.name) onChoose(undefined);
  };

  const onSelectedChange = (item: SuggestionItem | null) => {
    if (!item) {
      setText('');
      onChoose(undefined);
      return;
    }
    const provider = results.find((p) => p.id === item.value);
    if (!provider) return;
    setText(provider.name);
    clear();
    onChoose({ id: provider.id, name: provider.name });
  };

  return (
    <Field>
      <Label htmlFor={inputId}>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Suggestion filter={false} selected={chosen} onSelectedChange={onSelectedChange}>
        <Suggestion.Input
          id={inputId}
          name={name}
          onInput={onInput}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
        />
        <Suggestion.Clear />
        <Suggestion.List>
          {status === 'done' && results.length === 0 && <Suggestion.Empty>{noResults}</Suggestion.Empty>}
          {results.map((provider) => (
            <Suggestion.Option key={provider.id} value={provider.id} label={provider.name}>
              {provider.name}
              {provider.organisationNumber && (
                <span className="cell-sub" dir="ltr">
                  {' '}
                  {provider.organisationNumber}
                </span>
              )}
            </Suggestion.Option>
          ))}
        </Suggestion.List>
      </Suggestion>
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
      <div role="status" aria-live="polite">
        {status === 'unavailable' && <Paragraph data-size="sm">{unavailable}</Paragraph>}
      </div>
    </Field>
  );
}
