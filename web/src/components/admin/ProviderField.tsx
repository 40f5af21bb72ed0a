import {
  Field,
  Label,
  Paragraph,
  EXPERIMENTAL_Suggestion as Suggestion,
  type SuggestionItem,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { listProvidersForApproval, type ProviderForApproval } from '../../api/providers.ts';

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

const MIN_CHARACTERS = 2;
const DEBOUNCE_MS = 250;
const SHOWN = 10;

type Status = 'idle' | 'loading' | 'done' | 'unavailable';

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
  const [results, setResults] = useState<ProviderForApproval[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const chosen: SuggestionItem | null = value ? { label: value.name, value: value.id } : null;

  useEffect(() => {
    const q = text.trim();
    if (q.length < MIN_CHARACTERS || (value && text === value.name)) {
      setResults([]);
      setStatus('idle');
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setStatus('loading');
      listProvidersForApproval(kommunenummer, { status: 'approved', q, pageSize: SHOWN }, controller.signal).then(
        (page) => {
          setResults(page.items);
          setStatus('done');
        },
        () => {
          if (controller.signal.aborted) return;
          setResults([]);
          setStatus('unavailable');
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, value, kommunenummer]);

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
    setResults([]);
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
