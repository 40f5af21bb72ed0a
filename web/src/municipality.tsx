import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { listMunicipalities, type Municipality } from './api/client.ts';
import { applyMunicipalityDefault } from './i18n/index.ts';

const STORAGE_KEY = 'fritidskort.municipality';

export interface MunicipalityState {
  status: 'loading' | 'ready' | 'failed';
  /** Every municipality this installation serves. */
  all: Municipality[];
  /** The one the page is about: the only one, or the one the person chose. */
  current: Municipality | undefined;
  choose(kommunenummer: string): void;
}

const MunicipalityContext = createContext<MunicipalityState | undefined>(undefined);

function storedChoice(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function storeChoice(kommunenummer: string): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, kommunenummer);
  } catch {
    // Storage may be blocked; the choice then lasts until the page is closed.
  }
}

export function MunicipalityProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<MunicipalityState['status']>('loading');
  const [all, setAll] = useState<Municipality[]>([]);
  const [chosen, setChosen] = useState<string | null>(storedChoice);

  useEffect(() => {
    const controller = new AbortController();
    listMunicipalities(controller.signal)
      .then((items) => {
        setAll(items);
        setStatus('ready');
      })
      .catch(() => {
        if (!controller.signal.aborted) setStatus('failed');
      });
    return () => controller.abort();
  }, []);

  const current = all.length === 1 ? all[0] : all.find((m) => m.kommunenummer === chosen);

  useEffect(() => {
    if (current) applyMunicipalityDefault(current.defaultLanguage);
  }, [current]);

  const choose = useCallback((kommunenummer: string) => {
    storeChoice(kommunenummer);
    setChosen(kommunenummer);
  }, []);

  const value = useMemo(() => ({ status, all, current, choose }), [status, all, current, choose]);
  return <MunicipalityContext.Provider value={value}>{children}</MunicipalityContext.Provider>;
}

export function useMunicipality(): MunicipalityState {
  const state = useContext(MunicipalityContext);
  if (!state) throw new Error('useMunicipality must be used inside MunicipalityProvider');
  return state;
}
