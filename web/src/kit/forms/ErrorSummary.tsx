import { Alert, Heading, Link } from '@digdir/designsystemet-react';
import { type MouseEvent, useId } from 'react';

export interface FormProblem {
  /** The field's name in the form. */
  field: string;
  /** The id of the field (or of the choice in a group) that the link moves to; none when it has no field. */
  target: string | undefined;
  /** What the link says. */
  message: string;
}

/**
 * "Fix these before you continue": a form's problems in the form's order, each a link to its field. The form
 * moves focus to the first invalid field itself, so the summary does not take it; it is there to see them all
 * at once and to get to each of them.
 */
export function ErrorSummary({
  title,
  level,
  problems,
}: {
  title: string;
  /** The heading's level: one below the heading of the form (or section) it stands in. */
  level: 2 | 3 | 4;
  problems: FormProblem[];
}) {
  const headingId = useId();
  if (problems.length === 0) return null;

  function moveTo(event: MouseEvent<HTMLAnchorElement>, target: string | undefined) {
    event.preventDefault();
    const field = target ? document.getElementById(target) : null;
    if (!field) return;
    field.focus();
    field.scrollIntoView({ block: 'center' });
  }

  return (
    <Alert data-color="danger" className="app-alert form-error-summary" aria-labelledby={headingId}>
      <Heading level={level} data-size="xs" id={headingId}>
        {title}
      </Heading>
      <ul className="form-error-summary__list">
        {problems.map((problem) => (
          <li key={problem.field}>
            <Link href={`#${problem.target ?? ''}`} onClick={(event) => moveTo(event, problem.target)}>
              {problem.message}
            </Link>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
