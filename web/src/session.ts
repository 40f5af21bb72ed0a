import { useEffect, useState } from 'react';
import { ANONYMOUS, getSession, type Session } from './api/client.ts';

/** The person's session; anonymous until the server says otherwise (and while /api/session does not exist). */
export function useSession(): Session {
  const [session, setSession] = useState<Session>(ANONYMOUS);
  useEffect(() => {
    const controller = new AbortController();
    getSession(controller.signal)
      .then(setSession)
      .catch(() => {
        // A failed check leaves the person anonymous; pages that need a login will say so themselves.
      });
    return () => controller.abort();
  }, []);
  return session;
}
