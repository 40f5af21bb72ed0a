import { type DependencyList, useCallback, useEffect, useState } from 'react';

export type Load<T> =
  | { status: 'loading'; data?: T; error?: undefined }
  | { status: 'ready'; data: T; error?: undefined }
  | { status: 'failed'; data?: T; error: unknown };

/**
 * Loads data for a page and loads it again when `deps` change or `reload()` is called. A newer load cancels an
 * older one, so an answer never lands on the wrong page of a list. The previous data stays while reloading.
 */
export function useLoad<T>(
  load: ((signal: AbortSignal) => Promise<T>) | undefined,
  deps: DependencyList,
): Load<T> & { reload(): void } {
  const [state, setState] = useState<Load<T>>({ status: 'loading' });
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps decide when `load` is new.
  useEffect(() => {
    if (!load) return;
    const controller = new AbortController();
    setState((previous) => ({ status: 'loading', ...(previous.data === undefined ? {} : { data: previous.data }) }));
    load(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ status: 'failed', error, data: previous.data }));
      });
    return () => controller.abort();
  }, [...deps, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
