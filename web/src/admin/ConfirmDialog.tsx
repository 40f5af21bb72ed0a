import { Button, Dialog, Heading } from '@digdir/designsystemet-react';
import { type ReactNode, useId, useState } from 'react';
import { ApiErrorAlert } from '../kit/ApiErrorAlert.tsx';

/**
 * "Are you sure?": what is about to happen, a button that does it and one that goes back (which has the focus, so
 * that nothing happens by accident). The dialog closes once it is done; a failure is shown in it.
 */
export function ConfirmDialog({
  open,
  title,
  closeLabel,
  confirmLabel,
  cancelLabel,
  danger = false,
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
  /** What the person is asked to confirm. */
  children: ReactNode;
  onConfirm(): Promise<void>;
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
      await onConfirm();
      close();
    } catch (caught) {
      if (!onError?.(caught)) setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} onClose={close} closedby="any" closeButton={closeLabel} aria-labelledby={titleId}>
      {open && (
        <div className="dialog-body">
          <Heading level={2} data-size="xs" id={titleId}>
            {title}
          </Heading>
          {children}
          {error !== undefined && <ApiErrorAlert error={error} loginKind="staff" />}
          <div className="button-row">
            <Button data-color={danger ? 'danger' : undefined} onClick={confirm} loading={busy} aria-disabled={busy}>
              {confirmLabel}
            </Button>
            <Button variant="secondary" onClick={close} autoFocus>
              {cancelLabel}
            </Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
