import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Decision, decideProvider, fieldError, type ProviderForApproval } from '../../api/providers.ts';
import { ConfirmDialog } from '../../kit/ConfirmDialog.tsx';

/** A decision that needs a note is asked for in a dialog; approving is done at once. */
export interface Asking {
  provider: ProviderForApproval;
  decision: Exclude<Decision, 'approve'>;
}

/** Rejecting or suspending says why; the provider is told by e-mail and sees the note on its page. */
export function NoteDialog({
  kommunenummer,
  asking,
  onClose,
  onDone,
}: {
  kommunenummer: string;
  asking: Asking | undefined;
  onClose(): void;
  onDone(message: string): void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const noteInput = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (asking) {
      setNote('');
      setNoteError(undefined);
    }
  }, [asking]);

  async function decide() {
    if (!asking) return;
    if (!note.trim()) {
      setNoteError(t('approval.dialog.noteRequired'));
      noteInput.current?.focus();
      return false;
    }
    await decideProvider(kommunenummer, asking.provider.id, { decision: asking.decision, note: note.trim() });
    onDone(
      asking.decision === 'reject'
        ? t('approval.done.reject', { name: asking.provider.name })
        : t('approval.done.suspend', { name: asking.provider.name }),
    );
  }

  function noteRefused(caught: unknown): boolean {
    const message = fieldError(caught, 'note');
    if (!message) return false;
    setNoteError(message);
    noteInput.current?.focus();
    return true;
  }

  const reject = asking?.decision === 'reject';
  const name = asking?.provider.name ?? '';
  return (
    <ConfirmDialog
      open={asking !== undefined}
      title={reject ? t('approval.dialog.rejectTitle', { name }) : t('approval.dialog.suspendTitle', { name })}
      closeLabel={t('providerCommon.close')}
      confirmLabel={reject ? t('approval.dialog.reject') : t('approval.dialog.suspend')}
      cancelLabel={t('providerCommon.cancel')}
      danger
      form
      loginKind="staff"
      onConfirm={decide}
      onError={noteRefused}
      onClose={onClose}
    >
      <Paragraph>{reject ? t('approval.dialog.rejectText') : t('approval.dialog.suspendText')}</Paragraph>
      <Textfield
        ref={noteInput}
        multiline
        rows={4}
        label={t('approval.dialog.note')}
        description={t('approval.dialog.noteHint')}
        name="note"
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.target.value)}
        error={noteError}
        autoFocus
      />
    </ConfirmDialog>
  );
}
