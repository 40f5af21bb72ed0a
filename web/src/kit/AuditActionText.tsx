import { Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { actionLabel } from './labels.ts';

/** What an audit-log entry records, named in the reader's language, with a tag when access was denied. */
export function AuditActionText({ action, outcome }: { action: string; outcome: string }) {
  const { t } = useTranslation();
  return (
    <span className="cell-main">
      {actionLabel(t, action)}
      {outcome === 'denied' && (
        <>
          {' '}
          <Tag data-color="danger" data-size="sm">
            {t('log.denied')}
          </Tag>
        </>
      )}
    </span>
  );
}
