import { useState } from 'react';
import type { FeedbackRequest } from '../../../shared/feedback/schema';
import { Button } from '../ui/Button';
import { shortcutLabel, useHotkey } from '../ui/hotkeys';
import { CaptureFeedbackDialog } from './CaptureFeedbackDialog';

interface CaptureFeedbackButtonProps {
  accountId: string;
  /** Pre-links the feedback to the check-in note it is captured from. */
  noteId?: string | null;
  onSaved?: (request: FeedbackRequest) => void;
  /** Binds Ctrl/Cmd+Shift+F while mounted (off where another control owns it). */
  hotkey?: boolean;
  /** `default` where another button is the primary action (e.g. the note editor's Done). */
  variant?: 'primary' | 'default';
}

/**
 * The entry point to capture feedback from anywhere in an account: the Feedback tab, and a
 * check-in note (which passes its note id).
 */
export function CaptureFeedbackButton({ accountId, noteId = null, onSaved, hotkey = true, variant = 'primary' }: CaptureFeedbackButtonProps) {
  const [open, setOpen] = useState(false);
  useHotkey('mod+shift+f', () => setOpen(true), hotkey && !open);
  return (
    <>
      <Button variant={variant} shortcut={shortcutLabel('mod+shift+f')} onClick={() => setOpen(true)}>
        Capture feedback
      </Button>
      {open && (
        <CaptureFeedbackDialog
          accountId={accountId}
          noteId={noteId}
          onClose={() => setOpen(false)}
          onSaved={(request) => {
            setOpen(false);
            onSaved?.(request);
          }}
        />
      )}
    </>
  );
}
