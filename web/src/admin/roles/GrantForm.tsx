import {
  Button,
  Card,
  Checkbox,
  Field,
  Fieldset,
  Heading,
  Label,
  Radio,
  Select,
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
  type RoleAssignment,
  type RoleGrant,
} from '../../api/client.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { NameField } from '../../kit/forms/ContactFields.tsx';
import { type FieldErrors, serverFieldErrors } from '../../kit/forms/field-errors.ts';
import { useFieldErrors } from '../../kit/forms/useFieldErrors.ts';
import { ROLE_LABELS } from '../../kit/labels.ts';
import { type ChosenProvider, ProviderField } from '../ProviderField.tsx';

const PROVIDER_ROLES: readonly AssignableRole[] = ['provider_admin', 'venue_staff'];
/** Roles that can find people; only these may be given access to people with strictly protected addresses. */
const LOOKUP_ROLES: readonly AssignableRole[] = ['caseworker', 'municipality_admin'];

type HolderKind = 'staff' | 'citizen';
type GrantField = 'role' | 'staffEmail' | 'nationalId' | 'holderName' | 'providerId';
const GRANT_FIELDS: readonly GrantField[] = ['role', 'staffEmail', 'nationalId', 'holderName', 'providerId'];

const FIELD_FOR_CODE: Record<string, GrantField> = {
  STAFF_USER_NOT_FOUND: 'staffEmail',
  PROVIDER_NOT_FOUND: 'providerId',
};

/** "Gi en rolle": a role for a staff member by e-mail or for a citizen by national id, for a provider if the role needs one. */
export function GrantForm({
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
