import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { type News, type NewsAudience, sendNews } from '../../api/admin.ts';
import type { SearchOptions } from '../../api/client.ts';
import { currentLanguage } from '../../i18n/index.ts';
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx';
import { Fact, Facts } from '../../kit/Facts.tsx';
import { formatNumber } from '../../kit/format.ts';
import { UserText } from '../../kit/UserText.tsx';
import { AudienceSummary } from './audience.tsx';

/** "Send?": the subject, the audience and how many it reaches, before the news goes out. */
export function SendDialog({
  open,
  kommunenummer,
  draft,
  count,
  options,
  onClose,
  onSent,
  onFieldErrors,
}: {
  open: boolean;
  kommunenummer: string;
  draft: { subject: string; body: string; audience: NewsAudience };
  count: number | undefined;
  options: SearchOptions;
  onClose(): void;
  onSent(news: News): void;
  /** Hands field errors to the form; false when the error is not about a field. */
  onFieldErrors(error: unknown): boolean;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ConfirmDialog
      open={open}
      title={t('adminNews.confirm.title')}
      closeLabel={t('adminNews.confirm.close')}
      confirmLabel={t('adminNews.confirm.send')}
      cancelLabel={t('adminNews.confirm.back')}
      onConfirm={async () => onSent(await sendNews(kommunenummer, draft))}
      loginKind="staff"
      onError={onFieldErrors}
      onClose={onClose}
    >
      <Paragraph>{t('adminNews.confirm.text')}</Paragraph>
      <Facts>
        <Fact label={t('adminNews.confirm.subject')}>
          <UserText>{draft.subject}</UserText>
        </Fact>
        <Fact label={t('adminNews.confirm.audience')}>
          <AudienceSummary audience={draft.audience} options={options} />
        </Fact>
        <Fact label={t('adminNews.confirm.recipients')}>
          <strong>{count === undefined ? '–' : formatNumber(count, language)}</strong>
        </Fact>
      </Facts>
    </ConfirmDialog>
  );
}
