import { useState } from 'react';
import { type GrantReport, getScheme, listGrantRuns, runGrants } from '../../api/cards.ts';
import type { Membership } from '../../api/client.ts';
import { useLoad } from '../../kit/useLoad.ts';

/** A scheme's page: the scheme with its periods, its grant runs, and "grant now" with the report it gives. */
export function useSchemePage(membership: Membership, schemeId: string) {
  const k = membership.kommunenummer;
  const scheme = useLoad((signal) => getScheme(k, schemeId, signal), [k, schemeId]);
  const runs = useLoad((signal) => listGrantRuns(k, schemeId, signal), [k, schemeId]);
  const [confirming, setConfirming] = useState(false);
  const [report, setReport] = useState<GrantReport>();
  const canGrant = membership.roles.includes('municipality_admin');
  const canPlace = membership.roles.includes('municipality_admin') || membership.roles.includes('caseworker');

  /** Runs the grants; the report then opens in its own dialog. */
  async function grant() {
    const result = await runGrants(k, schemeId);
    setReport(result);
    scheme.reload();
    runs.reload();
  }

  return {
    scheme,
    runs,
    canGrant,
    canPlace,
    confirming,
    confirm: () => setConfirming(true),
    cancel: () => setConfirming(false),
    grant,
    report,
    closeReport: () => setReport(undefined),
  };
}
