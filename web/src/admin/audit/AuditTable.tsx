import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { AuditActionText } from '../../kit/AuditActionText.tsx';
import { type Column, DataTable } from '../../kit/DataTable.tsx';
import { formatDateTime } from '../../kit/format.ts';
import { reasonLabel, roleLabel } from '../../kit/labels.ts';

/** What a role change was about, from the event's details: "Caseworker – Guri Guide". */
function changeSummary(t: (key: string) => string, event: AuditEvent): string {
  if (event.action !== 'role.grant') return '';
  const role = typeof event.details.role === 'string' ? roleLabel(t, event.details.role) : '';
  const holder = typeof event.details.holder === 'string' ? event.details.holder : '';
  return [role, holder].filter(Boolean).join(' – ');
}

/** The log entries found: when, who, what (and to whom), whose data, and why; a person picks the search for them. */
export function AuditTable({
  events,
  busy,
  onlyPerson,
}: {
  events: AuditEvent[] | undefined;
  busy: boolean;
  onlyPerson(personId: string): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const columns: Column<AuditEvent>[] = [
    { head: t('log.when'), className: 'data-table__nowrap', cell: (event) => formatDateTime(event.at, language) },
    {
      head: t('log.who'),
      cell: (event) => (
        <>
          <span className="cell-main">{event.actorName}</span>
          {event.actorRole && <span className="cell-sub">{roleLabel(t, event.actorRole)}</span>}
        </>
      ),
    },
    {
      head: t('log.what'),
      cell: (event) => {
        const summary = changeSummary(t, event);
        return (
          <>
            <AuditActionText action={event.action} outcome={event.outcome} />
            {summary && <span className="cell-sub">{summary}</span>}
          </>
        );
      },
    },
    {
      head: t('log.person'),
      cell: (event) =>
        event.subjectPersonId && (
          <Button
            variant="tertiary"
            data-size="sm"
            className="person-id"
            onClick={() => event.subjectPersonId && onlyPerson(event.subjectPersonId)}
          >
            <span dir="ltr">{event.subjectPersonId.slice(0, 8)}</span>
            <span className="visually-hidden"> {t('audit.results.onlyPerson')}</span>
          </Button>
        ),
    },
    { head: t('log.reason'), cell: (event) => reasonLabel(t, event.reason) },
  ];
  return (
    <DataTable
      labelledBy="audit-results"
      columns={columns}
      rows={events}
      rowKey={(event) => event.id}
      loading={t('audit.results.loading')}
      busy={busy}
      empty={t('audit.results.empty')}
    />
  );
}
