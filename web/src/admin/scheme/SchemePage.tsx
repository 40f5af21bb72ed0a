import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useParams } from 'react-router';
import type { Membership } from '../../api/client.ts';
import { AccessGate } from '../../kit/AccessGate.tsx';
import { ApiErrorAlert } from '../../kit/ApiErrorAlert.tsx';
import { Loading } from '../../kit/Loading.tsx';
import { PageFrame } from '../../kit/PageFrame.tsx';
import { UserText } from '../../kit/UserText.tsx';
import { GrantConfirmDialog, GrantReportDialog } from './GrantDialogs.tsx';
import { GrantRunTable } from './GrantRunTable.tsx';
import { PeriodTable } from './PeriodTable.tsx';
import { SchemeRules } from './SchemeRules.tsx';
import { useSchemePage } from './useSchemePage.ts';

/** One scheme: its rules, the money of every period, its grant runs and (for the administrator) "grant now". */
export function SchemePage() {
  const { t } = useTranslation();
  const { schemeId = '' } = useParams();
  return (
    <PageFrame title={t('scheme.title')} documentTitle={t('scheme.documentTitle')}>
      <AccessGate page="schemes" loginKind="staff">
        {(membership) => (
          <SchemeContent key={`${membership.kommunenummer}/${schemeId}`} membership={membership} schemeId={schemeId} />
        )}
      </AccessGate>
    </PageFrame>
  );
}

function SchemeContent({ membership, schemeId }: { membership: Membership; schemeId: string }) {
  const { t } = useTranslation();
  const page = useSchemePage(membership, schemeId);
  const { scheme, runs } = page;

  if (scheme.status === 'failed' && !scheme.data) return <ApiErrorAlert error={scheme.error} loginKind="staff" />;
  if (!scheme.data) return <Loading text={t('scheme.loading')} />;
  const data = scheme.data;

  return (
    <>
      <section aria-labelledby="scheme-rules" className="page-section">
        <Heading level={2} data-size="md" id="scheme-rules">
          <UserText>{data.name}</UserText>
        </Heading>
        {data.description && (
          <Paragraph>
            <UserText>{data.description}</UserText>
          </Paragraph>
        )}
        <SchemeRules scheme={data} />
        <div className="button-row">
          {page.canGrant && <Button onClick={page.confirm}>{t('scheme.grant.button')}</Button>}
          {page.canPlace && data.eligibility === 'means_tested' && (
            <Button asChild variant="secondary">
              <RouterLink to={`/schemes/${encodeURIComponent(data.id)}/placements`}>
                {t('scheme.placementsLink')}
              </RouterLink>
            </Button>
          )}
        </div>
      </section>

      <section aria-labelledby="scheme-periods" className="page-section">
        <Heading level={2} data-size="md" id="scheme-periods">
          {t('scheme.periods.title')}
        </Heading>
        <PeriodTable periods={data.periods} busy={scheme.status === 'loading'} />
      </section>

      <section aria-labelledby="scheme-runs" className="page-section">
        <Heading level={2} data-size="md" id="scheme-runs">
          {t('scheme.runs.title')}
        </Heading>
        {runs.status === 'failed' && <ApiErrorAlert error={runs.error} loginKind="staff" />}
        <GrantRunTable runs={runs.data} busy={runs.status === 'loading'} />
      </section>

      <Paragraph className="page-section">
        <Link asChild>
          <RouterLink to="/schemes">{t('scheme.back')}</RouterLink>
        </Link>
      </Paragraph>

      {page.canGrant && (
        <>
          <GrantConfirmDialog scheme={data} open={page.confirming} onGrant={page.grant} onClose={page.cancel} />
          <GrantReportDialog report={page.report} onClose={page.closeReport} />
        </>
      )}
    </>
  );
}
