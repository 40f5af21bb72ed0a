import '../styles/provider.css';
import { Button, Card, Dialog, Heading, Link, Paragraph, Tabs, Tag, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../api/client.ts';
import {
  type Decision,
  decideProvider,
  fieldError,
  listProvidersForApproval,
  PROVIDER_STATUSES,
  type ProviderForApproval,
  type ProviderStatus,
} from '../api/providers.ts';
import { currentLanguage } from '../i18n/index.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { Fact, Facts } from '../kit/Facts.tsx';
import { formatDate, formatDateTime } from '../kit/format.ts';
import { LiveNotice } from '../kit/forms/LiveNotice.tsx';
import { LoadStatus } from '../kit/LoadStatus.tsx';
import { Pager } from '../kit/Pager.tsx';
import { organisationFormLabel, PROVIDER_KIND_LABEL, ProviderStatusTag } from '../kit/StatusTags.tsx';
import { UserText } from '../kit/UserText.tsx';
import { useLoad } from '../kit/useLoad.ts';
import { AdminPage } from './AdminPage.tsx';

const PAGE_SIZE = 20;

/** "Tilbydere": the municipality approves new providers, and suspends or approves again those it has decided on. */
export function ProviderApprovalPage() {
  const { t } = useTranslation();
  return (
    <AdminPage
      page="providerApproval"
      title={t('approval.title')}
      documentTitle={t('approval.documentTitle')}
      lead={t('approval.lead')}
    >
      {(membership) => <Approval membership={membership} />}
    </AdminPage>
  );
}

const STATUS_TAB: Record<ProviderStatus, string> = {
  pending: 'approval.tabs.pending',
  approved: 'approval.tabs.approved',
  rejected: 'approval.tabs.rejected',
  suspended: 'approval.tabs.suspended',
};

/** A decision that needs a note is asked for in a dialog; approving is done at once. */
interface Asking {
  provider: ProviderForApproval;
  decision: Exclude<Decision, 'approve'>;
}

function Approval({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const k = membership.kommunenummer;
  const [status, setStatus] = useState<ProviderStatus>('pending');
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const list = useLoad(
    (signal) => listProvidersForApproval(k, { status, q: q || undefined, page, pageSize: PAGE_SIZE }, signal),
    [k, status, q, page],
  );
  const [notice, setNotice] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<string>();
  const [asking, setAsking] = useState<Asking>();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const searchId = useId();

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setQ(typed.trim());
    setPage(1);
  }

  async function approve(provider: ProviderForApproval) {
    setBusy(provider.id);
    setError(undefined);
    setNotice(undefined);
    try {
      await decideProvider(k, provider.id, { decision: 'approve' });
      setNotice(t('approval.done.approve', { name: provider.name }));
      list.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  }

  const total = list.data?.total ?? 0;
  return (
    <>
      <LiveNotice message={notice} />
      <form className="provider-search" onSubmit={search} aria-label={t('approval.search.label')}>
        <Textfield
          id={searchId}
          label={t('approval.search.name')}
          name="q"
          value={typed}
          maxLength={200}
          autoComplete="off"
          onChange={(event) => setTyped(event.target.value)}
          className="field-medium"
        />
        <div className="button-row">
          <Button type="submit" variant="secondary">
            {t('approval.search.submit')}
          </Button>
          {q && (
            <Button
              variant="tertiary"
              onClick={() => {
                setTyped('');
                setQ('');
                setPage(1);
              }}
            >
              {t('approval.search.clear')}
            </Button>
          )}
        </div>
      </form>
      <Tabs
        value={status}
        onChange={(value) => {
          if ((PROVIDER_STATUSES as readonly string[]).includes(value)) {
            setStatus(value as ProviderStatus);
            setPage(1);
            setNotice(undefined);
          }
        }}
        className="provider-tabs"
      >
        <Tabs.List>
          {PROVIDER_STATUSES.map((s) => (
            <Tabs.Tab key={s} value={s}>
              {t(STATUS_TAB[s])}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {PROVIDER_STATUSES.map((s) => (
          <Tabs.Panel key={s} value={s}>
            {s === status && (
              <section className="page-section" aria-labelledby="approval-results">
                <div className="results-heading">
                  <Heading level={2} data-size="sm" id="approval-results" ref={resultsHeading} tabIndex={-1}>
                    {t(STATUS_TAB[s])}
                  </Heading>
                  {list.data && (
                    <Paragraph className="results-heading__count">{t('approval.count', { total })}</Paragraph>
                  )}
                </div>
                {s === 'pending' && <Paragraph data-size="sm">{t('approval.pendingHint')}</Paragraph>}
                {error !== undefined && <ApiErrorAlert error={error} loginKind="staff" />}
                <LoadStatus
                  load={list}
                  loginKind="staff"
                  loading={t('approval.loading')}
                  isEmpty={(data) => data.items.length === 0}
                  empty={
                    <Paragraph className="empty-state">{q ? t('approval.noneFound') : t('approval.none')}</Paragraph>
                  }
                >
                  {(data) => (
                    <ul className="plain-list provider-approval-list" aria-busy={list.status === 'loading'}>
                      {data.items.map((provider) => (
                        <li key={provider.id}>
                          <ProviderCard
                            provider={provider}
                            kommunenummer={k}
                            busy={busy === provider.id}
                            onApprove={() => busy === undefined && approve(provider)}
                            onAsk={(decision) => setAsking({ provider, decision })}
                          />
                        </li>
                      ))}
                    </ul>
                  )}
                </LoadStatus>
                {list.data && (
                  <Pager
                    total={total}
                    limit={PAGE_SIZE}
                    offset={(page - 1) * PAGE_SIZE}
                    label={t('approval.paging')}
                    onChange={(offset) => {
                      setPage(Math.floor(offset / PAGE_SIZE) + 1);
                      resultsHeading.current?.focus();
                    }}
                  />
                )}
              </section>
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
      <NoteDialog
        kommunenummer={k}
        asking={asking}
        onClose={() => setAsking(undefined)}
        onDone={(message) => {
          setNotice(message);
          list.reload();
        }}
      />
    </>
  );
}

function ProviderCard({
  provider,
  kommunenummer,
  busy,
  onApprove,
  onAsk,
}: {
  provider: ProviderForApproval;
  kommunenummer: string;
  busy: boolean;
  onApprove(): void;
  onAsk(decision: Exclude<Decision, 'approve'>): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const facts = provider.organisation;
  const headingId = useId();
  const registeredHere = facts?.municipalityNumber === kommunenummer;
  return (
    <Card data-color="neutral" className="provider-approval" aria-labelledby={headingId}>
      <div className="provider-dashboard__head">
        <Heading level={3} data-size="xs" id={headingId}>
          <UserText>{provider.name}</UserText>
        </Heading>
        <ProviderStatusTag status={provider.status} />
      </div>
      {facts && facts.name !== provider.name && (
        <Paragraph data-size="sm" className="muted">
          {t('approval.registerName', { name: facts.name })}
        </Paragraph>
      )}
      {facts?.deletedOn && (
        <Tag data-color="danger" data-size="sm">
          {t('approval.deleted', { date: formatDate(facts.deletedOn, language) })}
        </Tag>
      )}
      <Facts>
        <Fact label={t('registerProvider.facts.number')}>
          <span dir="ltr">{provider.organisationNumber ?? t('approval.noNumber')}</span>
        </Fact>
        <Fact label={t('registerProvider.facts.form')}>
          {organisationFormLabel(t, facts?.organisationForm ?? null)}
        </Fact>
        <Fact label={t('registerProvider.facts.voluntary')}>
          {facts?.inVoluntaryRegister ? (
            <Tag data-color="success" data-size="sm">
              {t('registerProvider.facts.yes')}
            </Tag>
          ) : (
            <Tag data-color="warning" data-size="sm">
              {t('registerProvider.facts.no')}
            </Tag>
          )}
        </Fact>
        <Fact label={t('registerProvider.facts.municipality')}>
          {facts?.municipalityNumber ? (
            <>
              <span dir="ltr">{facts.municipalityNumber}</span>
              {registeredHere ? ` – ${t('approval.here')}` : ` – ${t('approval.elsewhere')}`}
            </>
          ) : (
            t('organisationForm.unknown')
          )}
        </Fact>
        <Fact label={t('organisation.profile.kind')}>{t(PROVIDER_KIND_LABEL[provider.kind])}</Fact>
        <Fact label={t('approval.contact')}>
          <span className="provider-contact">
            {provider.email && (
              <Link href={`mailto:${provider.email}`} dir="ltr">
                {provider.email}
              </Link>
            )}
            {provider.phone && (
              <Link href={`tel:${provider.phone}`} dir="ltr">
                {provider.phone}
              </Link>
            )}
            {provider.website && (
              <Link href={provider.website} dir="ltr">
                {provider.website}
              </Link>
            )}
          </span>
        </Fact>
        <Fact label={t('approval.registered')}>{formatDateTime(provider.createdAt, language)}</Fact>
        {provider.decidedAt && (
          <Fact label={t('approval.decided')}>
            {t('approval.decidedBy', {
              when: formatDateTime(provider.decidedAt, language),
              name: provider.decidedBy ?? '',
            })}
          </Fact>
        )}
        {provider.decisionNote && (
          <Fact label={t('approval.note')}>
            <span className="preserve-lines">{provider.decisionNote}</span>
          </Fact>
        )}
      </Facts>
      <div className="button-row">
        {provider.status !== 'approved' && (
          <Button
            data-size="sm"
            data-color="accent"
            onClick={onApprove}
            loading={busy}
            aria-disabled={busy}
            aria-label={t(provider.status === 'pending' ? 'approval.approveLabel' : 'approval.reapproveLabel', {
              name: provider.name,
            })}
          >
            {provider.status === 'pending' ? t('approval.approve') : t('approval.reapprove')}
          </Button>
        )}
        {provider.status === 'pending' && (
          <Button
            data-size="sm"
            variant="secondary"
            data-color="danger"
            onClick={() => onAsk('reject')}
            aria-label={t('approval.rejectLabel', { name: provider.name })}
          >
            {t('approval.reject')}
          </Button>
        )}
        {provider.status === 'approved' && (
          <Button
            data-size="sm"
            variant="secondary"
            data-color="danger"
            onClick={() => onAsk('suspend')}
            aria-label={t('approval.suspendLabel', { name: provider.name })}
          >
            {t('approval.suspend')}
          </Button>
        )}
      </div>
    </Card>
  );
}

/** Rejecting or suspending says why; the provider is told by e-mail and sees the note on its page. */
function NoteDialog({
  kommunenummer,
  asking,
  onClose,
  onDone,
}: {
  kommunenummer: string;
  asking: Asking | undefined;
  onClose(): void;
  onDone(message: string): void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const noteInput = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (asking) {
      setNote('');
      setNoteError(undefined);
      setError(undefined);
    }
  }, [asking]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!asking) return;
    setError(undefined);
    if (!note.trim()) {
      setNoteError(t('approval.dialog.noteRequired'));
      noteInput.current?.focus();
      return;
    }
    setBusy(true);
    try {
      await decideProvider(kommunenummer, asking.provider.id, { decision: asking.decision, note: note.trim() });
      onDone(
        asking.decision === 'reject'
          ? t('approval.done.reject', { name: asking.provider.name })
          : t('approval.done.suspend', { name: asking.provider.name }),
      );
      onClose();
    } catch (caught) {
      const message = fieldError(caught, 'note');
      if (message) {
        setNoteError(message);
        noteInput.current?.focus();
      } else setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const reject = asking?.decision === 'reject';
  return (
    <Dialog
      open={asking !== undefined}
      onClose={onClose}
      closedby="any"
      closeButton={t('providerCommon.close')}
      aria-labelledby={titleId}
    >
      {asking && (
        <form className="dialog-body" onSubmit={submit} noValidate>
          <Heading level={2} data-size="xs" id={titleId}>
            {reject
              ? t('approval.dialog.rejectTitle', { name: asking.provider.name })
              : t('approval.dialog.suspendTitle', { name: asking.provider.name })}
          </Heading>
          <Paragraph>{reject ? t('approval.dialog.rejectText') : t('approval.dialog.suspendText')}</Paragraph>
          <Textfield
            ref={noteInput}
            multiline
            rows={4}
            label={t('approval.dialog.note')}
            description={t('approval.dialog.noteHint')}
            name="note"
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={noteError}
            autoFocus
          />
          {error !== undefined && <ApiErrorAlert error={error} loginKind="staff" />}
          <div className="button-row">
            <Button type="submit" data-color="danger" loading={busy} aria-disabled={busy}>
              {reject ? t('approval.dialog.reject') : t('approval.dialog.suspend')}
            </Button>
            <Button variant="secondary" onClick={onClose}>
              {t('providerCommon.cancel')}
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
