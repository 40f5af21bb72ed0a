import { Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { markNewsRead, type ProviderNewsItem } from '../api/providers.ts';
import { currentLanguage } from '../i18n/index.ts';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';
import { formatDateTime } from '../kit/format.ts';
import { Loading } from '../kit/Loading.tsx';
import { useWrittenIn } from '../kit/UserText.tsx';
import type { Load } from '../kit/useLoad.ts';

/** News from the municipality: unread first (newest first within each), each marked read when the person says so. */
export function NewsPanel({
  kommunenummer,
  providerId,
  news,
  onRead,
}: {
  kommunenummer: string;
  providerId: string;
  news: Load<{ total: number; unread: number; items: ProviderNewsItem[] }>;
  onRead(): void;
}) {
  const { t } = useTranslation();
  const written = useWrittenIn();
  const language = currentLanguage();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<unknown>();

  async function markRead(item: ProviderNewsItem) {
    setBusy(item.id);
    setError(undefined);
    try {
      await markNewsRead(kommunenummer, providerId, item.id);
      onRead();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(undefined);
    }
  }

  if (news.status === 'failed') return <ApiErrorAlert error={news.error} loginKind="citizen" />;
  if (!news.data) return <Loading text={t('organisation.news.loading')} />;
  // The server sends newest first; a stable sort keeps that order within unread and read.
  const items = [...news.data.items].sort((a, b) => Number(a.read) - Number(b.read));
  if (items.length === 0) return <Paragraph className="empty-state">{t('organisation.news.empty')}</Paragraph>;
  return (
    <div className="provider-panel">
      <Paragraph data-size="sm" aria-live="polite">
        {t('organisation.news.unreadCount', { count: news.data.unread })}
      </Paragraph>
      {error !== undefined && <ApiErrorAlert error={error} loginKind="citizen" />}
      <ul className="plain-list provider-news">
        {items.map((item) => (
          <li key={item.id}>
            <Card data-color={item.read ? 'neutral' : 'accent'} variant={item.read ? 'default' : 'tinted'}>
              <div className="provider-news__head">
                <Heading level={3} data-size="xs" {...written()}>
                  {item.subject}
                </Heading>
                {!item.read && (
                  <Tag data-color="info" data-size="sm">
                    {t('organisation.news.new')}
                  </Tag>
                )}
              </div>
              <Paragraph data-size="sm" className="muted">
                {t('organisation.news.sent', { when: formatDateTime(item.sentAt, language) })}
              </Paragraph>
              <Paragraph className="preserve-lines" {...written()}>
                {item.body}
              </Paragraph>
              {!item.read && (
                <div>
                  <Button
                    variant="secondary"
                    data-size="sm"
                    loading={busy === item.id}
                    aria-disabled={busy !== undefined}
                    onClick={() => busy === undefined && markRead(item)}
                    aria-label={t('organisation.news.markReadLabel', { subject: item.subject })}
                  >
                    {t('organisation.news.markRead')}
                  </Button>
                </div>
              )}
            </Card>
          </li>
        ))}
      </ul>
    </div>
  );
}
