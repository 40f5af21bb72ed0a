import { useState } from 'react';
import { listSchemes, type Scheme } from '../../api/cards.ts';
import type { Membership } from '../../api/client.ts';
import { useLoad } from '../../kit/useLoad.ts';

export type SchemeNotice = { event: 'added' | 'updated'; name: string };

/** The schemes page's state: the list, the scheme being changed, and what just happened. */
export function useSchemes(membership: Membership) {
  const k = membership.kommunenummer;
  const schemes = useLoad((signal) => listSchemes(k, signal), [k]);
  const [editing, setEditing] = useState<Scheme>();
  const [notice, setNotice] = useState<SchemeNotice>();
  const canManage = membership.roles.includes('municipality_admin');

  function saved(scheme: Scheme, created: boolean) {
    setEditing(undefined);
    setNotice({ event: created ? 'added' : 'updated', name: scheme.name });
    schemes.reload();
  }

  return { kommunenummer: k, schemes, editing, setEditing, notice, saved, canManage };
}
