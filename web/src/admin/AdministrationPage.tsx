import { Alert, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { getPopulationStatus, type PopulationStatus } from '../api/admin.ts';
import type { Membership } from '../api/client.ts';
import { currentLanguage } from '../i18n/index.ts';
import { type Column, DataTable } from '../kit/DataTable.tsx';
import { formatDateTime, formatNumber } from '../kit/format.ts';
import { LoadStatus } from '../kit/LoadStatus.tsx';
import { useLoad } from '../kit/useLoad.ts';
import { AdminPage } from './AdminPage.tsx';
import { isStale, STALE_AFTER_DAYS } from './population-status.ts';

/** "Administrasjon": the municipality at a glance for its administrators, starting with the population register. */
export function AdministrationPage() {
  const { t } = useTranslation();
  return (
    <AdminPage
      page="administration"
      title={t('administration.title')}
      documentTitle={t('administration.documentTitle')}
      lead={t('administration.lead')}
    >
      {(membership) => <Overview membership={membership} />}
    </AdminPage>
  );
}

function Overview({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const k = membership.kommunenummer;
  const status = useLoad((signal) => getPopulationStatus(k, signal), [k]);
  return (
    <section aria-labelledby="population-heading" className="admin-section">
      <Heading level={2} data-size="sm" id="population-heading">
        {t('administration.population.title')}
      </Heading>
      <LoadStatus
        load={status}
        loginKind="staff"
        loading={t('administration.population.loading')}
        isEmpty={() => false}
      >
        {(data) => <Population data={data} />}
      </LoadStatus>
    </section>
  );
}

function Population({ data }: { data: PopulationStatus }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const number = (n: number) => formatNumber(n, language);
  const columns: Column<PopulationStatus['runs'][number]>[] = [
    {
      head: t('administration.population.when'),
      cell: (run) => (
        <>
          <span className="cell-main">{formatDateTime(run.startedAt, language)}</span>
          <span className="cell-sub">{t('administration.population.startedBy', { name: run.startedBy })}</span>
        </>
      ),
    },
    {
      head: t('administration.population.kind'),
      cell: (run) => (
        <>
          <span className="cell-main">
            {run.mode === 'full' ? t('administration.population.full') : t('administration.population.delta')}
          </span>
          {run.source && (
            <span className="cell-sub" dir="ltr">
              {run.source}
            </span>
          )}
        </>
      ),
    },
    { head: t('administration.population.imported'), cell: (run) => number(run.imported) },
    {
      head: t('administration.population.changes'),
      cell: (run) =>
        t('administration.population.changeCounts', {
          inserted: number(run.inserted),
          updated: number(run.updated),
          movedOut: number(run.movedOut),
          deceased: number(run.deceased),
        }),
    },
    { head: t('administration.population.rejected'), cell: (run) => number(run.rejected) },
  ];
  return (
    <>
      <dl className="admin-figures">
        <Card data-color="neutral" className="admin-figure">
          <dt>{t('administration.population.residents')}</dt>
          <dd>{number(data.residents)}</dd>
        </Card>
        <Card data-color="neutral" className="admin-figure">
          <dt>{t('administration.population.children')}</dt>
          <dd>{number(data.childrenInScope)}</dd>
        </Card>
      </dl>
      {isStale(data.runs, new Date()) && (
        <Alert data-color="warning" className="app-alert">
          <Paragraph>
            {data.runs.length === 0
              ? t('administration.population.never')
              : t('administration.population.stale', { days: STALE_AFTER_DAYS })}
          </Paragraph>
        </Alert>
      )}
      <DataTable
        caption={t('administration.population.runs')}
        columns={columns}
        rows={data.runs}
        rowKey={(run) => run.id}
      />
      <Paragraph data-size="sm">{t('administration.population.how')}</Paragraph>
    </>
  );
}
