import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../../api/client.ts';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { LiveNotice } from '../../kit/forms/LiveNotice.tsx';
import { AdminPage } from '../AdminPage.tsx';
import { SchemeForm } from './SchemeForm.tsx';
import { SchemeTable } from './SchemeTable.tsx';
import { useSchemes } from './useSchemes.ts';

/** "Ordninger": the municipality's leisure-card schemes with this period's money, and the form to set one up. */
export function SchemesPage() {
  const { t } = useTranslation();
  return (
    <AdminPage
      page="schemes"
      title={t('schemes.title')}
      documentTitle={t('schemes.documentTitle')}
      lead={t('schemes.lead')}
    >
      {(membership) => <Schemes membership={membership} />}
    </AdminPage>
  );
}

function Schemes({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const { kommunenummer, schemes, editing, setEditing, notice, saved, canManage } = useSchemes(membership);
  return (
    <>
      <LiveNotice message={notice && t(`schemes.notice.${notice.event}`, { name: notice.name })} />
      <section aria-labelledby="scheme-list" className="page-section">
        <Heading level={2} data-size="md" id="scheme-list">
          {t('schemes.list.title')}
        </Heading>
        {schemes.status === 'failed' && <ApiErrorAlert error={schemes.error} loginKind="staff" />}
        <SchemeTable
          schemes={schemes.data}
          busy={schemes.status === 'loading'}
          onEdit={canManage ? setEditing : undefined}
        />
      </section>
      {canManage && (
        <SchemeForm
          key={editing?.id ?? 'new'}
          kommunenummer={kommunenummer}
          scheme={editing}
          onCancel={() => setEditing(undefined)}
          onSaved={saved}
        />
      )}
    </>
  );
}
