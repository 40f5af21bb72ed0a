import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listRoleAssignments, type Membership, type RoleAssignment, revokeRole } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx';
import { type Column, DataTable } from '../../kit/DataTable.tsx';
import { formatDate } from '../../kit/format.ts';
import { LiveNotice } from '../../kit/forms/LiveNotice.tsx';
import { actorLabel, roleLabel } from '../../kit/labels.ts';
import { useLoad } from '../../kit/useLoad.ts';
import { AdminPage } from '../AdminPage.tsx';
import { GrantForm } from './GrantForm.tsx';

/** "Roller og tilganger": who has which role in the municipality; give and take back roles. */
export function RolesPage() {
  const { t } = useTranslation();
  return (
    <AdminPage page="roles" title={t('roles.title')} documentTitle={t('roles.documentTitle')} lead={t('roles.lead')}>
      {(membership) => <RoleAdmin membership={membership} />}
    </AdminPage>
  );
}

function RoleAdmin({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const k = membership.kommunenummer;
  const assignments = useLoad((signal) => listRoleAssignments(k, signal), [k]);
  const [notice, setNotice] = useState<string>();
  const [revoking, setRevoking] = useState<RoleAssignment>();

  function changed(message: string) {
    setNotice(message);
    assignments.reload();
  }

  return (
    <>
      <LiveNotice message={notice} />

      <section aria-labelledby="roles-list" className="page-section">
        <Heading level={2} data-size="md" id="roles-list">
          {t('roles.list.title', { municipality: t('municipality.name', { name: membership.municipalityName }) })}
        </Heading>
        {assignments.status === 'failed' && <ApiErrorAlert error={assignments.error} loginKind="staff" />}
        <AssignmentTable
          assignments={assignments.data}
          busy={assignments.status === 'loading'}
          onRevoke={setRevoking}
        />
      </section>

      <GrantForm
        kommunenummer={k}
        onGranted={(assignment) =>
          changed(t('roles.grant.done', { name: assignment.holderName, role: roleLabel(t, assignment.role) }))
        }
      />

      <RevokeDialog
        kommunenummer={k}
        municipalityName={membership.municipalityName}
        assignment={revoking}
        onClose={() => setRevoking(undefined)}
        onRevoked={(assignment) =>
          changed(t('roles.revoke.done', { name: assignment.holderName, role: roleLabel(t, assignment.role) }))
        }
      />
    </>
  );
}

function AssignmentTable({
  assignments,
  busy,
  onRevoke,
}: {
  assignments: RoleAssignment[] | undefined;
  busy: boolean;
  onRevoke(assignment: RoleAssignment): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const columns: Column<RoleAssignment>[] = [
    {
      head: t('roles.list.holder'),
      cell: (assignment) => (
        <>
          <span className="cell-main">{assignment.holderName}</span>
          <span className="cell-sub">
            {assignment.holderKind === 'staff' ? t('roles.kind.staff') : t('roles.kind.citizen')}
          </span>
        </>
      ),
    },
    {
      head: t('roles.list.role'),
      cell: (assignment) => (
        <>
          <span className="cell-main">{roleLabel(t, assignment.role)}</span>
          {assignment.protectedAccess && (
            <Tag data-color="warning" data-size="sm">
              {t('roles.list.protectedAccess')}
            </Tag>
          )}
        </>
      ),
    },
    {
      head: t('roles.list.provider'),
      cell: (assignment) =>
        assignment.providerName ??
        (assignment.providerId ? (
          <span dir="ltr" className="mono">
            {assignment.providerId.slice(0, 8)}
          </span>
        ) : (
          ''
        )),
    },
    {
      head: t('roles.list.granted'),
      cell: (assignment) => (
        <>
          <span className="cell-main">{formatDate(assignment.grantedAt.slice(0, 10), language)}</span>
          <span className="cell-sub">{t('roles.list.grantedBy', { name: actorLabel(t, assignment.grantedBy) })}</span>
        </>
      ),
    },
  ];
  return (
    <DataTable
      labelledBy="roles-list"
      columns={columns}
      rows={assignments}
      rowKey={(assignment) => assignment.id}
      loading={t('roles.list.loading')}
      busy={busy}
      empty={t('roles.list.empty')}
      actions={{
        head: t('roles.list.actions'),
        cell: (assignment) => (
          <Button
            variant="secondary"
            data-color="danger"
            data-size="sm"
            onClick={() => onRevoke(assignment)}
            aria-label={t('roles.list.revokeLabel', {
              role: roleLabel(t, assignment.role),
              name: assignment.holderName,
            })}
          >
            {t('roles.list.revoke')}
          </Button>
        ),
      }}
    />
  );
}

function RevokeDialog({
  kommunenummer,
  municipalityName,
  assignment,
  onClose,
  onRevoked,
}: {
  kommunenummer: string;
  municipalityName: string;
  assignment: RoleAssignment | undefined;
  onClose(): void;
  onRevoked(assignment: RoleAssignment): void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      open={assignment !== undefined}
      title={t('roles.revoke.title')}
      closeLabel={t('roles.revoke.close')}
      confirmLabel={t('roles.revoke.confirm')}
      cancelLabel={t('roles.revoke.cancel')}
      danger
      loginKind="staff"
      onConfirm={async () => {
        if (!assignment) return;
        await revokeRole(kommunenummer, assignment.id);
        onRevoked(assignment);
      }}
      onClose={onClose}
    >
      {assignment && (
        <Paragraph>
          {t('roles.revoke.text', {
            name: assignment.holderName,
            role: roleLabel(t, assignment.role),
            municipality: t('municipality.name', { name: municipalityName }),
          })}
        </Paragraph>
      )}
    </ConfirmDialog>
  );
}
