import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle.ts';

/** The frame of a page with its one h1 (focused after navigating) and the tab's title. */
export function PageFrame({
  title,
  documentTitle,
  lead,
  children,
}: {
  title: string;
  documentTitle?: string;
  lead?: ReactNode;
  children: ReactNode;
}) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <div className="app-container page-body app-page">
      <div className="app-page__intro">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {title}
        </Heading>
        {lead && <Paragraph data-size="lg">{lead}</Paragraph>}
      </div>
      {children}
    </div>
  );
}
