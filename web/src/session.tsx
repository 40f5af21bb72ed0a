import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ANONYMOUS, getSession, type Membership, type Role, type Session } from './api/client.ts';

export interface SessionState {
  /** 'loading' until the server has answered; 'failed' when it could not be asked. */
  status: 'loading' | 'ready' | 'failed';
  session: Session;
  /** Asks the server again, e.g. after it said the session has expired. */
  refresh(): void;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

/** Who is logged in, asked once per page load and shared by the header and the pages. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<SessionState['status']>('loading');
  const [session, setSession] = useState<Session>(ANONYMOUS);
  const [version, setVersion] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the signal to ask again.
  useEffect(() => {
    const controller = new AbortController();
    getSession(controller.signal)
      .then((next) => {
        setSession(next);
        setStatus('ready');
      })
      .catch(() => {
        // The person stays anonymous; pages that need a login say that the check failed.
        if (!controller.signal.aborted) setStatus('failed');
      });
    return () => controller.abort();
  }, [version]);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  const value = useMemo(() => ({ status, session, refresh }), [status, session, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSessionState must be used inside SessionProvider');
  return state;
}

/** The person's session; anonymous until the server says otherwise. */
export function useSession(): Session {
  return useSessionState().session;
}

/** The municipalities where the person holds at least one of the roles. */
export function membershipsWith(session: Session, roles: readonly Role[]): Membership[] {
  return session.memberships.filter((membership) => membership.roles.some((role) => roles.includes(role)));
}
