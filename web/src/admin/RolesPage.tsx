import {
  Button,
  Card,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
  Table,
  Tag,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ApiError,
  ASSIGNABLE_ROLES,
  type AssignableRole,
  grantRole,
  listRoleAssignments,
  type Membership,
  type RoleAssignment,
  type RoleGrant,
  revokeRole,
} from '../api/client.ts';
import { currentLanguage } from '../i18n/index.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { DataTableHead } from '../kit/DataTableHead.tsx';
import { formatDate } from '../kit/format.ts';
import { NameField } from '../kit/forms/ContactFields.tsx';
import { type FieldErrors, serverFieldErrors } from '../kit/forms/field-errors.ts';
import { LiveNotice } from '../kit/forms/LiveNotice.tsx';
import { useFieldErrors } from '../kit/forms/useFieldErrors.ts';
import { LoadStatus } from '../kit/LoadStatus.tsx';
import { actorLabel, ROLE_LABELS, roleLabel } from '../kit/labels.ts';
import { useLoad } from '../kit/useLoad.ts';
import { AdminPage } from './AdminPage.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { type ChosenProvider, ProviderField } from './ProviderField.tsx';

const PROVIDER_ROLES: readonly AssignableRole[] = ['provider_admin', 'venue_staff'];
/** Roles that can find people; only these may be given access to people with strictly protected addresses. */
const LOOKUP_ROLES: readonly AssignableRole[] = ['caseworker', 'municipality_admin'];

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
        <LoadStatus
          load={assignments}
          loginKind="staff"
          loading={t('roles.list.loading')}
          empty={<Paragraph>{t('roles.list.empty')}</Paragraph>}
        >
          {(list) => (
            <AssignmentTable assignments={list} busy={assignments.status === 'loading'} onRevoke={setRevoking} />
          )}
        </LoadStatus>
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
  assignments: RoleAssignment[];
  busy: boolean;
  onRevoke(assignment: RoleAssignment): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <Table className="data-table" aria-labelledby="roles-list" aria-busy={busy}>
      <DataTableHead
        columns={[t('roles.list.holder'), t('roles.list.role'), t('roles.list.provider'), t('roles.list.granted')]}
        actions={t('roles.list.actions')}
      />
      <Table.Body>
        {assignments.map((assignment) => (
          <Table.Row key={assignment.id}>
            <Table.Cell data-label={t('roles.list.holder')}>
              <span className="cell-main">{assignment.holderName}</span>
              <span className="cell-sub">
                {assignment.holderKind === 'staff' ? t('roles.kind.staff') : t('roles.kind.citizen')}
              </span>
            </Table.Cell>
            <Table.Cell data-label={t('roles.list.role')}>
              <span className="cell-main">{roleLabel(t, assignment.role)}</span>
              {assignment.protectedAccess && (
                <Tag data-color="warning" data-size="sm">
                  {t('roles.list.protectedAccess')}
                </Tag>
              )}
            </Table.Cell>
            <Table.Cell data-label={t('roles.list.provider')}>
              {assignment.providerName ??
                (assignment.providerId ? (
                  <span dir="ltr" className="mono">
                    {assignment.providerId.slice(0, 8)}
                  </span>
                ) : (
                  ''
                ))}
            </Table.Cell>
            <Table.Cell data-label={t('roles.list.granted')}>
              <span className="cell-main">{formatDate(assignment.grantedAt.slice(0, 10), language)}</span>
              <span className="cell-sub">
                {t('roles.list.grantedBy', { name: actorLabel(t, assignment.grantedBy) })}
              </span>
            </Table.Cell>
            <Table.Cell className="data-table__action">
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
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
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

type HolderKind = 'staff' | 'citizen';
type GrantField = 'role' | 'staffEmail' | 'nationalId' | 'holderName' | 'providerId';
const GRANT_FIELDS: readonly GrantField[] = ['role', 'staffEmail', 'nationalId', 'holderName', 'providerId'];

const FIELD_FOR_CODE: Record<string, GrantField> = {
  STAFF_USER_NOT_FOUND: 'staffEmail',
  PROVIDER_NOT_FOUND: 'providerId',
};

function GrantForm({
  kommunenummer,
  onGranted,
}: {
  kommunenummer: string;
  onGranted(assignment: RoleAssignment): void;
}) {
  const { t } = useTranslation();
  const [role, setRole] = useState<AssignableRole | ''>('');
  const [holderKind, setHolderKind] = useState<HolderKind>('staff');
  const [staffEmail, setStaffEmail] = useState('');
  // The national identity number lives only in this field's state and is cleared after each attempt.
  const [nationalId, setNationalId] = useState('');
  const [holderName, setHolderName] = useState('');
  const [provider, setProvider] = useState<ChosenProvider>();
  const [protectedAccess, setProtectedAccess] = useState(false);
  const { form, errors, setErrors, show } = useFieldErrors<GrantField>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const roleId = useId();

  const needsProvider = role !== '' && PROVIDER_ROLES.includes(role);
  const mayFindProtected = role !== '' && LOOKUP_ROLES.includes(role);

  function validate(): FieldErrors<GrantField> {
    const found: FieldErrors<GrantField> = {};
    if (!role) found.role = t('roles.grant.roleRequired');
    if (holderKind === 'staff' && !staffEmail.trim()) found.staffEmail = t('roles.grant.emailRequired');
    if (holderKind === 'citizen') {
      if (!nationalId.trim()) found.nationalId = t('roles.grant.nationalIdRequired');
      if (!holderName.trim()) found.holderName = t('roles.grant.nameRequired');
    }
    if (needsProvider && !provider) found.providerId = t('roles.grant.providerRequired');
    return found;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    if (show(validate()) || !role) return;
    const grant: RoleGrant = {
      role,
      ...(holderKind === 'staff'
        ? { staffEmail: staffEmail.trim() }
        : { nationalId: nationalId.replace(/\s+/g, ''), holderName: holderName.trim() }),
      ...(needsProvider && provider ? { providerId: provider.id } : {}),
      ...(mayFindProtected && protectedAccess ? { protectedAccess: true } : {}),
    };
    setBusy(true);
    try {
      const assignment = await grantRole(kommunenummer, grant);
      setRole('');
      setStaffEmail('');
      setHolderName('');
      setProvider(undefined);
      setProtectedAccess(false);
      setErrors({});
      onGranted(assignment);
    } catch (caught) {
      const fromServer = serverFieldErrors(caught, (name) => GRANT_FIELDS.find((field) => field === name));
      if (caught instanceof ApiError) {
        const field = FIELD_FOR_CODE[caught.code];
        if (field) fromServer[field] = caught.message;
      }
      if (!show(fromServer)) setError(caught);
    } finally {
      setNationalId('');
      setBusy(false);
    }
  }

  return (
    <Card data-color="neutral" className="form-card">
      <form ref={form} className="form-stack" onSubmit={submit} noValidate aria-labelledby="roles-grant">
        <Heading level={2} data-size="md" id="roles-grant">
          {t('roles.grant.title')}
        </Heading>
        <Field>
          <Label htmlFor={roleId}>{t('roles.grant.role')}</Label>
          <Select
            id={roleId}
            name="role"
            width="auto"
            value={role}
            onChange={(event) => setRole(event.target.value as AssignableRole | '')}
          >
            <Select.Option value="" disabled>
              {t('roles.grant.chooseRole')}
            </Select.Option>
            {ASSIGNABLE_ROLES.map((option) => (
              <Select.Option key={option} value={option}>
                {t(ROLE_LABELS[option])}
              </Select.Option>
            ))}
          </Select>
          {errors.role && <ValidationMessage>{errors.role}</ValidationMessage>}
        </Field>

        <Fieldset>
          <Fieldset.Legend>{t('roles.grant.who')}</Fieldset.Legend>
          <Radio
            name="holderKind"
            value="staff"
            label={t('roles.grant.staff')}
            description={t('roles.grant.staffHint')}
            checked={holderKind === 'staff'}
            onChange={() => setHolderKind('staff')}
          />
          <Radio
            name="holderKind"
            value="citizen"
            label={t('roles.grant.citizen')}
            description={t('roles.grant.citizenHint')}
            checked={holderKind === 'citizen'}
            onChange={() => setHolderKind('citizen')}
          />
        </Fieldset>

        {holderKind === 'staff' ? (
          <Textfield
            type="email"
            label={t('roles.grant.email')}
            name="staffEmail"
            autoComplete="off"
            spellCheck={false}
            dir="ltr"
            value={staffEmail}
            onChange={(event) => setStaffEmail(event.target.value)}
            error={errors.staffEmail}
            className="field-medium"
          />
        ) : (
          <>
            <Textfield
              label={t('roles.grant.nationalId')}
              description={t('roles.grant.nationalIdHint')}
              name="nationalId"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              maxLength={13}
              value={nationalId}
              onChange={(event) => setNationalId(event.target.value)}
              error={errors.nationalId}
              className="field-narrow"
            />
            <NameField
              label={t('roles.grant.name')}
              name="holderName"
              autoComplete="off"
              value={holderName}
              onChange={setHolderName}
              error={errors.holderName}
            />
          </>
        )}

        {needsProvider && (
          <ProviderField
            kommunenummer={kommunenummer}
            name="providerId"
            label={t('roles.grant.provider')}
            description={t('roles.grant.providerHint')}
            noResults={t('roles.grant.providerNone')}
            unavailable={t('roles.grant.providerUnavailable')}
            value={provider}
            onChoose={setProvider}
            error={errors.providerId}
          />
        )}

        {mayFindProtected && (
          <Checkbox
            name="protectedAccess"
            label={t('roles.grant.protectedAccess')}
            description={t('roles.grant.protectedAccessHint')}
            checked={protectedAccess}
            onChange={(event) => setProtectedAccess(event.target.checked)}
          />
        )}

        {error !== undefined && <ApiErrorAlert error={error} loginKind="staff" />}
        <div>
          <Button type="submit" loading={busy} aria-disabled={busy}>
            {t('roles.grant.submit')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
