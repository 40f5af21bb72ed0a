import { Button, Card, Heading, Link, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import {
  type AccessLogEntry,
  type Family,
  type FamilyChild,
  type FamilyPerson,
  familyExportUrl,
  getFamily,
  getFamilyAccessLog,
  type Membership,
} from '../api/client.ts';
import { currentLanguage } from '../i18n/index.ts';
import { AccessGate } from '../kit/AccessGate.tsx';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { AuditActionText } from '../kit/AuditActionText.tsx';
import { Fact, Facts } from '../kit/Facts.tsx';
import { formatAge, formatDate, formatDateTime } from '../kit/format.ts';
import { DownloadIcon } from '../kit/icons.tsx';
import { Loading } from '../kit/Loading.tsx';
import { reasonLabel, roleLabel } from '../kit/labels.ts';
import { PageFrame } from '../kit/PageFrame.tsx';
import { Pager } from '../kit/Pager.tsx';
import { formatAddress, fullName } from '../kit/people.ts';
import { useLoad } from '../kit/useLoad.ts';

const LOG_PAGE_SIZE = 10;

/** "Min familie": what the municipality holds about the person and their children, and who has looked at it. */
export function FamilyPage() {
  const { t } = useTranslation();
  return (
    <PageFrame title={t('family.title')} documentTitle={t('family.documentTitle')} lead={t('family.lead')}>
      <AccessGate page="family" loginKind="citizen" noAccessHint={t('family.noAccessHint')}>
        {(membership) => <FamilyContent key={membership.kommunenummer} membership={membership} />}
      </AccessGate>
    </PageFrame>
  );
}

function FamilyContent({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const k = membership.kommunenummer;
  const family = useLoad((signal) => getFamily(k, signal), [k]);
  const isGuardian = membership.roles.includes('guardian');

  if (family.status === 'failed') return <ApiErrorAlert error={family.error} loginKind="citizen" />;
  if (!family.data) return <Loading text={t('family.loading')} />;
  const { self, children } = family.data;

  return (
    <>
      <Paragraph>
        <Link asChild>
          <RouterLink to="/cards">{t('family.cardsLink')}</RouterLink>
        </Link>
      </Paragraph>
      {isGuardian && (
        <section aria-labelledby="family-children" className="page-section">
          <Heading level={2} data-size="md" id="family-children">
            {t('family.children.title')}
          </Heading>
          {children.length === 0 ? (
            <Paragraph>{t('family.children.none')}</Paragraph>
          ) : (
            <ul className="person-grid">
              {children.map((child) => (
                <li key={child.id}>
                  <ChildCard child={child} selfId={self.id} />
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="family-self" className="page-section">
        <Heading level={2} data-size="md" id="family-self">
          {t('family.self.title')}
        </Heading>
        <div className="person-grid">
          <Card data-color="neutral" className="person-card">
            <Heading level={3} data-size="xs">
              {fullName(self)}
            </Heading>
            <PersonFacts person={self} />
          </Card>
        </div>
      </section>

      <section aria-labelledby="family-export" className="page-section">
        <Heading level={2} data-size="md" id="family-export">
          {t('family.export.title')}
        </Heading>
        <Paragraph>{t('family.export.text')}</Paragraph>
        <div>
          <Button asChild variant="secondary">
            <a href={familyExportUrl(k)} download>
              <DownloadIcon />
              {t('family.export.button')}
            </a>
          </Button>
        </div>
      </section>

      <AccessLog kommunenummer={k} family={family.data} />
    </>
  );
}

function PersonFacts({ person }: { person: FamilyPerson }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const address = formatAddress(person.address);
  return (
    <Facts>
      <Fact label={t('person.age')}>{formatAge(person.age, language)}</Fact>
      <Fact label={t('person.born')}>{formatDate(person.birthDate, language)}</Fact>
      <Fact label={t('person.address')}>
        {person.addressProtected ? (
          <Tag data-color="neutral" data-size="sm">
            {t('person.addressProtected')}
          </Tag>
        ) : (
          address || t('person.addressUnknown')
        )}
      </Fact>
    </Facts>
  );
}

function ChildCard({ child, selfId }: { child: FamilyChild; selfId: string }) {
  const { t } = useTranslation();
  const others = child.guardians.filter((guardian) => guardian.id !== selfId);
  return (
    <Card data-color="neutral" className="person-card">
      <Heading level={3} data-size="xs">
        {fullName(child)}
      </Heading>
      <PersonFacts person={child} />
      <div className="person-card__guardians">
        <p className="person-card__label">{t('family.children.otherGuardians')}</p>
        {others.length === 0 ? (
          <Paragraph data-size="sm">{t('family.children.noOtherGuardians')}</Paragraph>
        ) : (
          <ul className="plain-list">
            {others.map((guardian) => (
              <li key={guardian.id}>{guardian.name}</li>
            ))}
          </ul>
        )}
        {child.endedGuardianships.map((ended) => (
          <Paragraph key={ended.name} data-size="sm">
            {t('family.children.endedGuardianship', { name: ended.name })}
          </Paragraph>
        ))}
      </div>
    </Card>
  );
}

/** Who has looked at the family's data: every read is logged by the server; newest first. */
function AccessLog({ kommunenummer, family }: { kommunenummer: string; family: Family }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [offset, setOffset] = useState(0);
  const log = useLoad(
    (signal) => getFamilyAccessLog(kommunenummer, { limit: LOG_PAGE_SIZE, offset }, signal),
    [kommunenummer, offset],
  );
  const names = new Map([family.self, ...family.children].map((person) => [person.id, fullName(person)]));
  const subject = (entry: AccessLogEntry) => (entry.personId ? (names.get(entry.personId) ?? '') : '');

  return (
    <section aria-labelledby="family-log" className="page-section">
      <Heading level={2} data-size="md" id="family-log">
        {t('family.log.title')}
      </Heading>
      <Paragraph>{t('family.log.text')}</Paragraph>
      {log.data && log.data.ownViews > 0 && log.data.ownLatest && (
        <Paragraph data-size="sm" className="muted">
          {t('family.log.ownViews', {
            views: log.data.ownViews,
            when: formatDateTime(log.data.ownLatest, language),
          })}
        </Paragraph>
      )}
      {log.status === 'failed' && <ApiErrorAlert error={log.error} loginKind="citizen" />}
      {!log.data && log.status === 'loading' && <Loading text={t('family.log.loading')} />}
      {log.data && log.data.total === 0 && <Paragraph>{t('family.log.empty')}</Paragraph>}
      {log.data && log.data.total > 0 && (
        <>
          <Table className="data-table" aria-labelledby="family-log" aria-busy={log.status === 'loading'}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('log.when')}</Table.HeaderCell>
                <Table.HeaderCell>{t('log.who')}</Table.HeaderCell>
                <Table.HeaderCell>{t('log.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('log.what')}</Table.HeaderCell>
                <Table.HeaderCell>{t('log.about')}</Table.HeaderCell>
                <Table.HeaderCell>{t('log.reason')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {log.data.items.map((entry, index) => (
                // Entries have no id of their own, and a page of them is always replaced as a whole.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <Table.Row key={index}>
                  <Table.Cell data-label={t('log.when')} className="data-table__nowrap">
                    {formatDateTime(entry.at, language)}
                  </Table.Cell>
                  <Table.Cell data-label={t('log.who')}>{entry.who}</Table.Cell>
                  <Table.Cell data-label={t('log.role')}>{roleLabel(t, entry.role)}</Table.Cell>
                  <Table.Cell data-label={t('log.what')}>
                    <AuditActionText action={entry.action} outcome={entry.outcome} />
                  </Table.Cell>
                  <Table.Cell data-label={t('log.about')}>{subject(entry)}</Table.Cell>
                  <Table.Cell data-label={t('log.reason')}>{reasonLabel(t, entry.reason)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Pager
            total={log.data.total}
            limit={LOG_PAGE_SIZE}
            offset={offset}
            label={t('family.log.paging')}
            onChange={setOffset}
          />
        </>
      )}
    </section>
  );
}
