import { Paragraph, Spinner } from '@digdir/designsystemet-react';

/** A spinner with its text, announced politely to screen readers. */
export function Loading({ text }: { text: string }) {
  return (
    <div className="loading" role="status">
      <Spinner aria-hidden="true" data-size="sm" />
      <Paragraph data-size="sm">{text}</Paragraph>
    </div>
  );
}
