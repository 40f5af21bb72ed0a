import { Alert, Heading, Link, List, Paragraph } from '@digdir/designsystemet-react';
import { type RefObject, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';

/** Messages per field, keyed by the field's `name` in the form (the server's field path without its part). */
export type FieldErrors = Record<string, string>;

/** The field's name without the request part: `body/schedule/0/end` → `schedule/0/end`. */
export function fieldName(serverField: string): string {
  return serverField.replace(/^(body|query|path)\//, '');
}

/**
 * The server's field errors that belong to fields of this form (by name); `rest` holds the others, e.g.
 * publishing requirements, so the caller can show them in another way.
 */
export function serverFieldErrors(
  error: unknown,
  known: (name: string) => boolean,
): { fields: FieldErrors; rest: { field: string; message: string }[] } {
  const fields: FieldErrors = {};
  const rest: { field: string; message: string }[] = [];
  if (!(error instanceof ApiError)) return { fields, rest };
  for (const detail of error.details) {
    const name = fieldName(detail.field);
    if (known(name)) fields[name] ??= detail.message;
    else rest.push(detail);
  }
  return { fields, rest };
}

/** Whether a form has a control with this name. */
export function formHasField(form: HTMLFormElement | null, name: string): boolean {
  return Boolean(form?.querySelector(`[name="${CSS.escape(name)}"]`));
}

/** Moves focus to the first control (in the form's order) that has an error. */
export function focusFirstInvalid(form: HTMLFormElement | null, errors: FieldErrors): void {
  if (!form) return;
  const controls = Array.from(form.querySelectorAll<HTMLElement>('[name]'));
  const first = controls.find((control) => {
    const name = control.getAttribute('name');
    return name !== null && errors[name] !== undefined;
  });
  first?.focus();
}

/**
 * "Fix these before you continue": every field error in one list, each a link to its field. Focus stays on the
 * first invalid field (the caller moves it there); the list lets a person find the others.
 */
export function ErrorSummaryAlert({
  errors,
  labels,
  form,
}: {
  errors: FieldErrors;
  /** The visible label of each field, for "Label: message". */
  labels: (name: string) => string;
  form: RefObject<HTMLFormElement | null>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  const ordered = orderByForm(form.current, entries);
  return (
    <Alert data-color="danger" className="app-alert provider-error-summary" aria-labelledby={headingId}>
      <Heading level={2} data-size="xs" id={headingId}>
        {t('providerCommon.errorSummary')}
      </Heading>
      {ordered.length === 1 && ordered[0] ? (
        <Paragraph>
          <FieldLink name={ordered[0][0]} form={form}>
            {`${labels(ordered[0][0])}: ${ordered[0][1]}`}
          </FieldLink>
        </Paragraph>
      ) : (
        <List.Unordered>
          {ordered.map(([name, message]) => (
            <List.Item key={name}>
              <FieldLink name={name} form={form}>
                {`${labels(name)}: ${message}`}
              </FieldLink>
            </List.Item>
          ))}
        </List.Unordered>
      )}
    </Alert>
  );
}

function orderByForm(form: HTMLFormElement | null, entries: [string, string][]): [string, string][] {
  if (!form) return entries;
  const order = Array.from(form.querySelectorAll('[name]')).map((element) => element.getAttribute('name'));
  const position = (name: string) => {
    const index = order.indexOf(name);
    return index === -1 ? order.length : index;
  };
  return [...entries].sort((a, b) => position(a[0]) - position(b[0]));
}

function FieldLink({
  name,
  form,
  children,
}: {
  name: string;
  form: RefObject<HTMLFormElement | null>;
  children: string;
}) {
  const target = form.current?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`);
  const id = target?.id;
  return (
    <Link
      href={id ? `#${id}` : '#'}
      onClick={(event) => {
        event.preventDefault();
        form.current?.querySelector<HTMLElement>(`[name="${CSS.escape(name)}"]`)?.focus();
      }}
    >
      {children}
    </Link>
  );
}
