import { Fragment, type ReactNode } from 'react';
import type { Membership } from '../api/client.ts';
import { AccessGate } from '../kit/AccessGate.tsx';
import { PageFrame } from '../kit/PageFrame.tsx';
import type { PageId } from '../navigation.ts';

/**
 * A page of the municipality's administration: its frame, open to the staff with the page's roles, and its
 * content made afresh for each municipality the person works for.
 */
export function AdminPage({
  page,
  title,
  documentTitle,
  lead,
  children,
}: {
  page: PageId;
  title: string;
  documentTitle: string;
  lead: string;
  children: (membership: Membership) => ReactNode;
}) {
  return (
    <PageFrame title={title} documentTitle={documentTitle} lead={lead}>
      <AccessGate page={page} loginKind="staff">
        {(membership) => <Fragment key={membership.kommunenummer}>{children(membership)}</Fragment>}
      </AccessGate>
    </PageFrame>
  );
}
