import { Alert, Button, Card, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inviteAdmin, listInvitations, type ProviderInvitation, revokeInvitation } from '../../api/providers.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { useLoad } from '../../useLoad.ts';
import { ApiErrorAlert } from '../ApiErrorAlert.tsx';
import { Loading } from '../Loading.tsx';
import {
  ErrorSummaryAlert,
  type FieldErrors,
  focusFirstInvalid,
  formHasField,
  serverFieldErrors,
} from './FormErrors.tsx';

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

  const items = invitations.data ?? [];
  return (
    <div className="provider-panel">
      <Paragraph>{t('organisation.admins.text')}</Paragraph>
      <div aria-live="polite" className="live-notice">
        {notice && (
          <Alert data-color="success" className="app-alert">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
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
        {!invitations.data && invitations.status === 'loading' && <Loading text={t('organisation.admins.loading')} />}
        {invitations.data && items.length === 0 && <Paragraph>{t('organisation.admins.none')}</Paragraph>}
        {items.length > 0 && (
          <Table className="data-table" aria-labelledby={headingId}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('organisation.admins.who')}</Table.HeaderCell>
                <Table.HeaderCell>{t('organisation.admins.sent')}</Table.HeaderCell>
                <Table.HeaderCell>{t('organisation.admins.expires')}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="visually-hidden">{t('organisation.admins.actions')}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((invitation) => (
                <Table.Row key={invitation.id}>
                  <Table.Cell data-label={t('organisation.admins.who')}>
                    <span className="cell-main">{invitation.name}</span>
                    <span className="cell-sub" dir="ltr">
                      {invitation.email}
                    </span>
                  </Table.Cell>
                  <Table.Cell data-label={t('organisation.admins.sent')}>
                    <span className="cell-main">{formatDateTime(invitation.createdAt, language)}</span>
                    <span className="cell-sub">{t('organisation.admins.by', { name: invitation.invitedBy })}</span>
                  </Table.Cell>
                  <Table.Cell data-label={t('organisation.admins.expires')}>
                    {formatDate(invitation.expiresAt.slice(0, 10), language)}
                  </Table.Cell>
                  <Table.Cell className="data-table__action">
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
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
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
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const headingId = useId();
  const labels = (field: string) =>
    field === 'name' ? t('organisation.admins.name') : field === 'email' ? t('organisation.admins.email') : field;

  function show(found: FieldErrors) {
    setErrors(found);
    requestAnimationFrame(() => focusFirstInvalid(form.current, found));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    const found: FieldErrors = {};
    if (!name.trim()) found.name = t('organisation.admins.nameRequired');
    if (!email.trim()) found.email = t('organisation.admins.emailRequired');
    if (Object.keys(found).length > 0) {
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
      const { fields } = serverFieldErrors(caught, (field) => formHasField(form.current, field));
      if (Object.keys(fields).length > 0) show(fields);
      else {
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
        <ErrorSummaryAlert errors={errors} labels={labels} form={form} />
        <Textfield
          label={t('organisation.admins.name')}
          name="name"
          autoComplete="off"
          maxLength={200}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.name}
          className="field-medium"
        />
        <Textfield
          type="email"
          label={t('organisation.admins.email')}
          description={t('organisation.admins.emailHint')}
          name="email"
          autoComplete="off"
          spellCheck={false}
          dir="ltr"
          maxLength={254}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
          className="field-medium"
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
