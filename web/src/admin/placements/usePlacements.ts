import { useState } from 'react';
import { endPlacement, getScheme, listPlacements, type Placement } from '../../api/cards.ts';
import type { Membership } from '../../api/client.ts';
import { useLoad } from '../../kit/useLoad.ts';

export const PAGE_SIZE = 20;

/** The placements page's state: the scheme, a page of its placements (open ones, or all), and ending one. */
export function usePlacements(membership: Membership, schemeId: string) {
  const k = membership.kommunenummer;
  const [offset, setOffset] = useState(0);
  const [includeEnded, setIncludeEnded] = useState(false);
  const [ending, setEnding] = useState<Placement>();
  const [ended, setEnded] = useState<string>();
  const scheme = useLoad((signal) => getScheme(k, schemeId, signal), [k, schemeId]);
  const placements = useLoad(
    (signal) => listPlacements(k, schemeId, { limit: PAGE_SIZE, offset, open: !includeEnded }, signal),
    [k, schemeId, offset, includeEnded],
  );

  function showEnded(value: boolean) {
    setIncludeEnded(value);
    setOffset(0);
  }

  async function end(placement: Placement) {
    await endPlacement(k, schemeId, placement.id);
    setEnded(placement.person?.name ?? '');
    placements.reload();
  }

  return { scheme, placements, offset, setOffset, includeEnded, showEnded, ending, setEnding, end, ended };
}
