import { Checkbox, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { Membership } from '../../api/client.ts';
import { AccessGate } from '../../kit/AccessGate.tsx';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { LiveNotice } from '../../kit/forms/LiveNotice.tsx';
import { PageFrame } from '../../kit/PageFrame.tsx';
import { Pager } from '../../kit/Pager.tsx';
import { UserText } from '../../kit/UserText.tsx';
import { EndPlacementDialog } from './EndPlacementDialog.tsx';
import { PlacementTable } from './PlacementTable.tsx';
import { PAGE_SIZE, usePlacements } from './usePlacements.ts';

/** "Tildelte kort": the children placed in a means-tested scheme, and ending a placement. */
export function PlacementsPage() {
  const { t } = useTranslation();
  const { schemeId = '' } = useParams();
  return (
    <PageFrame title={t('placements.title')} documentTitle={t('placements.documentTitle')} lead={t('placements.lead')}>
      <AccessGate page="schemes" loginKind="staff">
        {(membership) => (
          <Placements key={`${membership.kommunenummer}/${schemeId}`} membership={membership} schemeId={schemeId} />
        )}
      </AccessGate>
    </PageFrame>
  );
}

function Placements({ membership, schemeId }: { membership: Membership; schemeId: string }) {
  const { t } = useTranslation();
  const page = usePlacements(membership, schemeId);
  const { scheme, placements } = page;
  return (
    <>
      <LiveNotice message={page.ended === undefined ? undefined : t('placements.end.done')} />
      {scheme.status === 'failed' && <ApiErrorAlert error={scheme.error} loginKind="staff" />}
      <section aria-labelledby="placement-list" className="page-section">
        <Heading level={2} data-size="md" id="placement-list">
          {scheme.data ? <UserText>{scheme.data.name}</UserText> : t('placements.list.title')}
        </Heading>
        <Paragraph>{t('placements.howToPlace')}</Paragraph>
        <Checkbox
          label={t('placements.list.showEnded')}
          checked={page.includeEnded}
          onChange={(event) => page.showEnded(event.target.checked)}
        />
        {placements.status === 'failed' && <ApiErrorAlert error={placements.error} loginKind="staff" />}
        <PlacementTable
          placements={placements.data?.items}
          busy={placements.status === 'loading'}
          onEnd={page.setEnding}
        />
        {placements.data && (
          <Pager
            total={placements.data.total}
            limit={PAGE_SIZE}
            offset={page.offset}
            label={t('placements.list.paging')}
            onChange={page.setOffset}
          />
        )}
      </section>
      <Paragraph className="page-section">
        <Link asChild>
          <RouterLink to={`/schemes/${encodeURIComponent(schemeId)}`}>{t('placements.back')}</RouterLink>
        </Link>
      </Paragraph>
      <EndPlacementDialog placement={page.ending} onEnd={page.end} onClose={() => page.setEnding(undefined)} />
    </>
  );
}
