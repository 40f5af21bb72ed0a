import type { ReactNode } from 'react';
import type { LoginKind } from '../api/client.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';
import { Loading } from './Loading.tsx';
import type { Load } from './useLoad.ts';

/**
 * Loaded data as the page shows it: what went wrong, a spinner until the first answer, then the empty state or
 * the content. While it loads again the previous content stays.
 */
export function LoadStatus<T>({
  load,
  loginKind,
  loading,
  isEmpty = (data) => Array.isArray(data) && data.length === 0,
  empty,
  children,
}: {
  load: Load<T>;
  loginKind: LoginKind;
  /** The spinner's text. */
  loading: string;
  /** Whether there is nothing to show; by default, a list without items. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  return (
    <>
      {load.status === 'failed' && <ApiErrorAlert error={load.error} loginKind={loginKind} />}
      {load.data === undefined && load.status === 'loading' && <Loading text={loading} />}
      {load.data !== undefined && (isEmpty(load.data) ? empty : children(load.data))}
    </>
  );
}
