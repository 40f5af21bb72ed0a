import { useEffect, useRef, useState } from 'react';

/** Characters typed before the server is asked. */
export const MIN_CHARACTERS = 2;
/** The pause in typing before the server is asked. */
export const DEBOUNCE_MS = 250;

export type SuggestionStatus = 'idle' | 'loading' | 'done' | 'unavailable';

/**
 * Suggestions for a combobox that come from the server as the person types: asked after two characters and a
 * short pause, the earlier question cancelled when the text changes. `skip` holds the questions back (e.g. when
 * the text is the choice already made); `key` asks again when something else the answer depends on changes.
 * An error the caller counts as "no match" (`noMatch`) ends as done with no suggestions; others as unavailable.
 */
export function useRemoteSuggestions<T>(
  text: string,
  options: {
    skip: boolean;
    key: string;
    fetch(q: string, signal: AbortSignal): Promise<T[]>;
    noMatch?(error: unknown): boolean;
  },
): { results: T[]; status: SuggestionStatus; clear(): void } {
  const [results, setResults] = useState<T[]>([]);
  const [status, setStatus] = useState<SuggestionStatus>('idle');
  const fetchRef = useRef(options.fetch);
  fetchRef.current = options.fetch;
  const noMatchRef = useRef(options.noMatch);
  noMatchRef.current = options.noMatch;
  const { skip, key } = options;

  useEffect(() => {
    // The key is part of the question even though it is read through the fetch function.
    void key;
    const q = text.trim();
    if (q.length < MIN_CHARACTERS || skip) {
      setResults([]);
      setStatus('idle');
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setStatus('loading');
      fetchRef.current(q, controller.signal).then(
        (items) => {
          setResults(items);
          setStatus('done');
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setResults([]);
          setStatus(noMatchRef.current?.(error) ? 'done' : 'unavailable');
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, skip, key]);

  return { results, status, clear: () => setResults([]) };
}
