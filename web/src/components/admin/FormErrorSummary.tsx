import { Alert, Heading, Link } from '@digdir/designsystemet-react';
import type { MouseEvent } from 'react';

export interface FormProblem {
  /** The id of the field (or first choice of a group) to move to. */
  target: string;
  message: string;
}

/**
 * The problems in a form, listed above its button, each a link to its field. The first invalid field gets the focus
 * (the form does that), so the summary does not take it; it is there to see them all at once.
 */
export function FormErrorSummary({ title, problems }: { title: string; problems: FormProblem[] }) {
  if (problems.length === 0) return null;

  function moveTo(event: MouseEvent<HTMLAnchorElement>, target: string) {
    const field = document.getElementById(target);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  }

  return (
    <Alert data-color="danger" className="app-alert form-error-summary">
      <Heading level={3} data-size="2xs">
        {title}
      </Heading>
      <ul className="form-error-summary__list">
        {problems.map((problem) => (
          <li key={problem.target}>
            <Link href={`#${problem.target}`} onClick={(event) => moveTo(event, problem.target)}>
              {problem.message}
            </Link>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
