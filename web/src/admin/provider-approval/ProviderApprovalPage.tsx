import '../../styles/provider.css';
import { Button, Heading, Paragraph, Tabs, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../api/client.ts';
import {
  decideProvider,
  listProvidersForApproval,
  PROVIDER_STATUSES,
  type ProviderForApproval,
  type ProviderStatus,
} from '../../api/providers.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { LiveNotice } from '../../kit/forms/LiveNotice.tsx';
import { LoadStatus } from '../../kit/LoadStatus.tsx';
import { Pager } from '../../kit/Pager.tsx';
import { useLoad } from '../../kit/useLoad.ts';
import { AdminPage } from '../AdminPage.tsx';
import { type Asking, NoteDialog } from './NoteDialog.tsx';
import { ProviderCard } from './ProviderCard.tsx';

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
