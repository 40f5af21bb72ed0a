import { Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GrantReport, SchemeDetail } from '../../api/cards.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx';
import { Fact, Facts } from '../../kit/Facts.tsx';
import { formatAmount, formatDateRange, formatNumber } from '../../kit/format.ts';

/** "Grant now?": what a grant run does, before it does it. */
export function GrantConfirmDialog({
  scheme,
  open,
  onGrant,
  onClose,
}: {
  scheme: SchemeDetail;
  open: boolean;
  onGrant(): Promise<unknown>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ConfirmDialog
      open={open}
      title={t('scheme.grant.title')}
      closeLabel={t('scheme.grant.close')}
      confirmLabel={t('scheme.grant.confirm')}
      cancelLabel={t('scheme.grant.cancel')}
      loginKind="staff"
      onConfirm={onGrant}
      onClose={onClose}
    >
      <Paragraph>{t('scheme.grant.text', { amount: formatAmount(scheme.amountOre, language) })}</Paragraph>
      <Paragraph>{t('scheme.grant.once')}</Paragraph>
    </ConfirmDialog>
  );
}

/** What a grant run did: children granted, the amount, and the period's money against its budget. */
export function GrantReportDialog({ report, onClose }: { report: GrantReport | undefined; onClose(): void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const titleId = useId();
  const money = (ore: number) => formatAmount(ore, language);
  return (
    <Dialog
      open={report !== undefined}
      onClose={onClose}
      closedby="any"
      closeButton={t('scheme.report.close')}
      aria-labelledby={titleId}
    >
      {report && (
        <div className="dialog-body">
          <Heading level={2} data-size="xs" id={titleId}>
            {t('scheme.report.title')}
          </Heading>
          <Facts>
            <Fact label={t('scheme.report.period')}>
              {formatDateRange(report.periodStart, report.periodEnd, language)}
            </Fact>
            <Fact label={t('scheme.report.children')}>{formatNumber(report.children, language)}</Fact>
            <Fact label={t('scheme.report.amount')}>{money(report.amountOre)}</Fact>
            <Fact label={t('scheme.report.periodGranted')}>
              {t('scheme.report.ofBudget', {
                granted: money(report.periodGrantedOre),
                budget: money(report.budgetOre),
              })}
            </Fact>
          </Facts>
          {report.overBudgetOre > 0 ? (
            <Paragraph className="scheme-report__over">
              {t('scheme.report.overBudget', { amount: money(report.overBudgetOre) })}
            </Paragraph>
          ) : (
            <Paragraph>{t('scheme.report.withinBudget')}</Paragraph>
          )}
          <div className="button-row">
            <Button onClick={onClose} autoFocus>
              {t('scheme.report.done')}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
