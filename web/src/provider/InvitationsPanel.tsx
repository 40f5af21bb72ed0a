import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inviteAdmin, listInvitations, type ProviderInvitation, revokeInvitation } from '../api/providers.ts';
import { currentLanguage } from '../i18n/index.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { type Column, DataTable } from '../kit/DataTable.tsx';
import { formatDate, formatDateTime } from '../kit/format.ts';
import { EmailField, NameField } from '../kit/forms/ContactFields.tsx';
import { ErrorSummary } from '../kit/forms/ErrorSummary.tsx';
import { type FieldErrors, hasErrors } from '../kit/forms/field-errors.ts';
import { LiveNotice } from '../kit/forms/LiveNotice.tsx';
import { useFieldErrors } from '../kit/forms/useFieldErrors.ts';
import { useLoad } from '../kit/useLoad.ts';

/** Co-admins: invite someone by name and e-mail (they log in with ID-porten to accept), see and revoke invitations. */
export function InvitationsPanel({ kommunenummer, providerId }: { kommunenummer: string; providerId: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const invitations = useLoad(
    (signal) => listInvitations(kommunenummer, providerId, signal),
    [kommunenummer, providerId],
  );
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<string>();
  const headingId = useId();
  const columns: Column<ProviderInvitation>[] = [
    {
      head: t('organisation.admins.who'),
      cell: (invitation) => (
        <>
          <span className="cell-main">{invitation.name}</span>
          <span className="cell-sub" dir="ltr">
            {invitation.email}
          </span>
        </>
      ),
    },
    {
      head: t('organisation.admins.sent'),
      cell: (invitation) => (
        <>
          <span className="cell-main">{formatDateTime(invitation.createdAt, language)}</span>
          <span className="cell-sub">{t('organisation.admins.by', { name: invitation.invitedBy })}</span>
        </>
      ),
    },
    {
      head: t('organisation.admins.expires'),
      cell: (invitation) => formatDate(invitation.expiresAt.slice(0, 10), language),
    },
  ];

  async function revoke(invitation: ProviderInvitation) {
    setBusy(invitation.id);
    setError(undefined);
    setNotice(undefined);
    try {
      await revokeInvitation(kommunenummer, providerId, invitation.id);
      setNotice(t('organisation.admins.revoked', { name: invitation.name }));
      invitations.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <div className="provider-panel">
      <Paragraph>{t('organisation.admins.text')}</Paragraph>
      <LiveNotice message={notice} />
      <InviteForm
        kommunenummer={kommunenummer}
        providerId={providerId}
        onInvited={(invitation) => {
          setNotice(t('organisation.admins.invited', { name: invitation.name, email: invitation.email }));
          invitations.reload();
        }}
      />
      <section className="page-section" aria-labelledby={headingId}>
        <Heading level={3} data-size="xs" id={headingId}>
          {t('organisation.admins.pending')}
        </Heading>
        {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
        {invitations.status === 'failed' && <ApiErrorAlert error={invitations.error} loginKind="citizen" />}
        <DataTable
          labelledBy={headingId}
          columns={columns}
          rows={invitations.data}
          rowKey={(invitation) => invitation.id}
          loading={t('organisation.admins.loading')}
          busy={invitations.status === 'loading'}
          empty={t('organisation.admins.none')}
          actions={{
            head: t('organisation.admins.actions'),
            cell: (invitation) => (
              <Button
                variant="secondary"
                data-color="danger"
                data-size="sm"
                loading={busy === invitation.id}
                aria-disabled={busy !== undefined}
                onClick={() => busy === undefined && revoke(invitation)}
                aria-label={t('organisation.admins.revokeLabel', { name: invitation.name })}
              >
                {t('organisation.admins.revoke')}
              </Button>
            ),
          }}
        />
      </section>
    </div>
  );
}

function InviteForm({
  kommunenummer,
  providerId,
  onInvited,
}: {
  kommunenummer: string;
  providerId: string;
  onInvited(invitation: ProviderInvitation): void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const { form, errors, setErrors, show, showServer, problems } = useFieldErrors<'name' | 'email'>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const labels = (field: 'name' | 'email') =>
    field === 'name' ? t('organisation.admins.name') : t('organisation.admins.email');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    const found: FieldErrors<'name' | 'email'> = {};
    if (!name.trim()) found.name = t('organisation.admins.nameRequired');
    if (!email.trim()) found.email = t('organisation.admins.emailRequired');
    if (hasErrors(found)) {
      show(found);
      return;
    }
    setBusy(true);
    try {
      const invitation = await inviteAdmin(kommunenummer, providerId, { name: name.trim(), email: email.trim() });
      setName('');
      setEmail('');
      setErrors({});
      onInvited(invitation);
    } catch (caught) {
      if (!showServer(caught)) {
        setErrors({});
        setError(caught);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card data-color="neutral" className="form-card">
      <form ref={form} className="form-stack" onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Heading level={3} data-size="xs" id={headingId}>
          {t('organisation.admins.inviteTitle')}
        </Heading>
        <ErrorSummary title={t('providerCommon.errorSummary')} level={4} problems={problems(labels)} />
        <NameField
          label={t('organisation.admins.name')}
          autoComplete="off"
          value={name}
          onChange={setName}
          error={errors.name}
        />
        <EmailField
          label={t('organisation.admins.email')}
          description={t('organisation.admins.emailHint')}
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={errors.email}
        />
        {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
        <div>
          <Button type="submit" loading={busy} aria-disabled={busy}>
            {t('organisation.admins.invite')}
          </Button>
        </div>
      </form>
    </Card>
  );
}
