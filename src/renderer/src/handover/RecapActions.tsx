import { useState } from 'react';
import type { HandoverFormat } from '../../../shared/handover/schema';
import { callOp } from '../api/client';
import { Button } from '../ui/Button';
import { toast } from '../ui/toasts';
import { copyText } from './copy-text';

/**
 * A note's meeting recap, ready for the customer: copied as text to paste into an email, or
 * saved as Markdown or PDF through the save dialog (main writes the file). Read fresh on each
 * click rather than cached: it is made from the note as it is now.
 */
export function RecapActions({ noteId }: { noteId: string }) {
  const [busy, setBusy] = useState(false);

  const copy = async () => {
    setBusy(true);
    try {
      const recap = await callOp('handover.recap', { noteId });
      if (await copyText(recap.text)) toast.info('Recap copied. Paste it into an email.');
      else toast.error('The recap could not be put on the clipboard. Save it as Markdown instead.');
    } catch (e) {
      toast.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const save = async (format: HandoverFormat) => {
    setBusy(true);
    try {
      const result = await callOp('handover.saveRecap', { noteId, format });
      if (result.status === 'saved') toast.info(`Recap saved to ${result.path}`);
    } catch (e) {
      toast.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="row recap-actions" role="group" aria-label="Meeting recap">
      <Button size="sm" disabled={busy} onClick={() => void copy()}>
        Copy recap
      </Button>
      <Button size="sm" disabled={busy} onClick={() => void save('markdown')}>
        Save recap as Markdown…
      </Button>
      <Button size="sm" disabled={busy} onClick={() => void save('pdf')}>
        Save recap as PDF…
      </Button>
    </div>
  );
}
