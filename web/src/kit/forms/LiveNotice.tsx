import { Alert, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/**
 * What just went well, in a polite live region that is always on the page, so that a new message is read out.
 * `children` come before the message, e.g. "Uploading…" while a picture is on its way.
 */
export function LiveNotice({ message, children }: { message?: string | undefined; children?: ReactNode }) {
  return (
    <div aria-live="polite" className="live-notice">
      {children}
      {message && (
        <Alert data-color="success" className="app-alert">
          <Paragraph>{message}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
