import { Fieldset, Heading } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';

/** One section of the activity form: a fieldset whose legend is a level-2 heading, with an optional description. */
export function EditorSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <Fieldset className="provider-fieldset">
      <Fieldset.Legend>
        <Heading level={2} data-size="sm">
          {title}
        </Heading>
      </Fieldset.Legend>
      {description !== undefined && <Fieldset.Description>{description}</Fieldset.Description>}
      {children}
    </Fieldset>
  );
}
