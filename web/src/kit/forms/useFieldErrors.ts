import { useRef, useState } from 'react';
import type { FormProblem } from './ErrorSummary.tsx';
import { type FieldErrors, hasErrors, serverFieldErrors } from './field-errors.ts';

/**
 * A form's messages per field, and the way to them: `show` puts the messages at their fields and moves focus to
 * the first invalid field in the form's order; `problems` lists them for the error summary in the same order.
 * A field's control is the form's control with the field's name, or the element with the id given in `targets`
 * (for a field that is a group, e.g. the chosen radio button).
 */
export function useFieldErrors<F extends string = string>(targets?: Partial<Record<F, string>>) {
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors<F>>({});

  function control(field: F): HTMLElement | null {
    const id = targets?.[field];
    if (id) return document.getElementById(id);
    return form.current?.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]`) ?? null;
  }

  /** Whether the form has a control with this name. */
  function hasControl(name: string): boolean {
    return Boolean(form.current?.querySelector(`[name="${CSS.escape(name)}"]`));
  }

  /** The fields in the order their controls stand in the form; fields without a control come last. */
  function inFormOrder(fields: F[]): F[] {
    const placed = fields.map((field) => ({ field, element: control(field) }));
    placed.sort((a, b) => {
      if (!a.element || !b.element) return Number(!a.element) - Number(!b.element);
      if (a.element === b.element) return 0;
      return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    return placed.map((entry) => entry.field);
  }

  /** Moves focus to the first control (in the form's order) that has a message. */
  function focusFirst(found: FieldErrors<F>): void {
    const first = inFormOrder(Object.keys(found) as F[]).find((field) => control(field) !== null);
    if (first !== undefined) control(first)?.focus();
  }

  /** Shows these messages (none clears them); answers whether there were any. */
  function show(found: FieldErrors<F>): boolean {
    setErrors(found);
    if (!hasErrors(found)) return false;
    // After React has drawn the messages, so the field's description is in place when it gets focus.
    requestAnimationFrame(() => focusFirst(found));
    return true;
  }

  /**
   * Shows the server's messages for this form's fields; answers false (and shows nothing) when the error is not
   * about them. `fieldOf` names the form's field for the server's field name; by default a control's name.
   */
  function showServer(caught: unknown, fieldOf?: (name: string) => F | undefined): boolean {
    const found = serverFieldErrors(caught, fieldOf ?? ((name) => (hasControl(name) ? (name as F) : undefined)));
    return hasErrors(found) && show(found);
  }

  /** The messages for the error summary, in the form's order; `labels` puts each field's label before its message. */
  function problems(labels?: (field: F) => string): FormProblem[] {
    return inFormOrder(Object.keys(errors) as F[]).flatMap((field) => {
      const message = errors[field];
      if (!message) return [];
      return [
        {
          field,
          target: targets?.[field] ?? (control(field)?.id || undefined),
          message: labels ? `${labels(field)}: ${message}` : message,
        },
      ];
    });
  }

  /** Takes away one field's message, e.g. once the field is changed; the others stay until the next try. */
  function clear(field: F): void {
    setErrors((previous) => {
      if (!previous[field]) return previous;
      const { [field]: _, ...rest } = previous;
      return rest as FieldErrors<F>;
    });
  }

  return { form, errors, setErrors, show, showServer, focusFirst, hasControl, problems, clear };
}
