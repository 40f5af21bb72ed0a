import {
  Field,
  Label,
  Paragraph,
  EXPERIMENTAL_Suggestion as Suggestion,
  type SuggestionItem,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiError, apiRequest, municipalityPath, queryString } from '../api/client.ts';
import { useRemoteSuggestions } from '../kit/forms/useRemoteSuggestions.ts';

/** An address the person chose, with its coordinates. */
export interface ChosenPlace {
  label: string;
  latitude: number;
  longitude: number;
}

interface AddressSuggestion extends ChosenPlace {
  street: string;
  postalCode: string;
  postalPlace: string;
}

export interface AddressFieldProps {
  kommunenummer: string;
  label: string;
  description?: string;
  /** Shown in the list when nothing matches the text. */
  noResults: string;
  /** Shown below the field when the address search does not answer. */
  unavailable: string;
  /** The address chosen, or undefined when the field is cleared or the text changed after a choice. */
  onChoose(place: ChosenPlace | undefined): void;
  /** A place chosen earlier (e.g. kept in the page's address), shown as the field's value. */
  defaultPlace?: ChosenPlace;
}

/**
 * A text field for an address with suggestions from the national address register as the person types
 * (after two characters and a short pause). Built on Designsystemet's Suggestion, a combobox: arrow keys move
 * through the suggestions, Enter chooses, Escape closes, and screen readers hear how many suggestions there are.
 */
export function AddressField({
  kommunenummer,
  label,
  description,
  noResults,
  unavailable,
  onChoose,
  defaultPlace,
}: AddressFieldProps) {
  const inputId = useId();
  const [text, setText] = useState(defaultPlace?.label ?? '');
  const [chosen, setChosen] = useState<SuggestionItem | null>(
    defaultPlace ? { label: defaultPlace.label, value: defaultPlace.label } : null,
  );
  const onChooseRef = useRef(onChoose);
  onChooseRef.current = onChoose;
  const { results, status, clear } = useRemoteSuggestions<AddressSuggestion>(text, {
    skip: chosen !== null && text === chosen.label,
    key: kommunenummer,
    fetch: async (q, signal) =>
      (
        await apiRequest<{ items: AddressSuggestion[] }>(
          `${municipalityPath(kommunenummer)}/addresses${queryString({ q })}`,
          { signal },
        )
      ).items,
    // 400: text the server does not search for (e.g. too long); anything else: the search is unavailable.
    noMatch: (error) => error instanceof ApiError && error.status === 400,
  });

  const onInput = (event: FormEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    setText(value);
    if (chosen && value !== chosen.label) {
      setChosen(null);
      onChooseRef.current(undefined);
    }
  };

  const onSelectedChange = (item: SuggestionItem | null) => {
    if (!item) {
      setChosen(null);
      setText('');
      onChooseRef.current(undefined);
      return;
    }
    const place = results.find((r) => r.label === item.value);
    if (!place) return;
    setChosen({ label: place.label, value: place.label });
    setText(place.label);
    clear();
    onChooseRef.current({ label: place.label, latitude: place.latitude, longitude: place.longitude });
  };

  return (
    <Field>
      <Label htmlFor={inputId}>{label}</Label>
      {description && <Field.Description>{description}</Field.Description>}
      <Suggestion filter={false} selected={chosen} onSelectedChange={onSelectedChange}>
        <Suggestion.Input id={inputId} onInput={onInput} autoComplete="off" spellCheck={false} />
        <Suggestion.Clear />
        <Suggestion.List>
          {status === 'done' && results.length === 0 && <Suggestion.Empty>{noResults}</Suggestion.Empty>}
          {results.map((place) => (
            <Suggestion.Option key={place.label} value={place.label} label={place.label}>
              {place.label}
            </Suggestion.Option>
          ))}
        </Suggestion.List>
      </Suggestion>
      <div role="status" aria-live="polite">
        {status === 'unavailable' && <Paragraph data-size="sm">{unavailable}</Paragraph>}
      </div>
    </Field>
  );
}
