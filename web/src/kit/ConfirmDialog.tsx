import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import type { LoginKind } from '../api/client.ts';
import { ApiErrorAlert } from './ApiErrorAlert.tsx';

/**
 * "Are you sure?": what is about to happen, a button that does it and one that goes back. Designsystemet's Dialog
 * (a modal `<dialog>`) keeps the focus inside and gives it back to the button that opened it; inside, the focus
 * starts on "go back", so that nothing happens by accident, or, when the dialog asks for something (`form`), on
 * the caller's field marked `autoFocus`. The dialog closes once it is done; a failure is shown in it.
 */
export function ConfirmDialog({
  open,
  title,
  closeLabel,
  confirmLabel,
  cancelLabel,
  danger = false,
  form = false,
  loginKind,
  children,
  onConfirm,
  onError,
  onClose,
}: {
  open: boolean;
  title: string;
  /** The label of the dialog's close button. */
  closeLabel: string;
  confirmLabel: string;
  cancelLabel: string;
  /** The confirm button in the danger colour, for taking something away. */
  danger?: boolean;
  /** The dialog holds fields: it is a form, Enter confirms, and the caller's first field takes the focus. */
  form?: boolean;
  /** Who logs in again when the session has run out. */
  loginKind: LoginKind;
  /** What the person is asked to confirm (and, in a form, the fields). */
  children: ReactNode;
  /** Does it; resolving to `false` keeps the dialog open (the caller has shown what is missing). */
  onConfirm(): Promise<unknown>;
  /** Takes a failure that belongs elsewhere, e.g. field errors for the form behind; true when it did. */
  onError?(error: unknown): boolean;
  onClose(): void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const titleId = useId();

  function close() {
    setError(undefined);
    onClose();
  }

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      if ((await onConfirm()) !== false) close();
    } catch (caught) {
      if (!onError?.(caught)) setError(caught);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void confirm();
  }

  const body = (
    <>
      <Heading level={2} data-size="xs" id={titleId}>
        {title}
      </Heading>
      {children}
      {error !== undefined && <ApiErrorAlert error={error} loginKind={loginKind} />}
      <div className="button-row">
        <Button
          type={form ? 'submit' : 'button'}
          data-color={danger ? 'danger' : undefined}
          onClick={form ? undefined : confirm}
          loading={busy}
          aria-disabled={busy}
        >
          {confirmLabel}
        </Button>
        <Button variant="secondary" onClick={close} autoFocus={!form}>
          {cancelLabel}
        </Button>
      </div>
    </>
  );

  return (
    <Dialog open={open} onClose={close} closedby="any" closeButton={closeLabel} aria-labelledby={titleId}>
      {open &&
        (form ? (
          <form className="dialog-body" onSubmit={submit} noValidate>
            {body}
          </form>
        ) : (
          <div className="dialog-body">{body}</div>
        ))}
    </Dialog>
  );
}
