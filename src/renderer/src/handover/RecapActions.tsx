import { useState } from 'react';
import type { HandoverFormat, HandoverText } from '../../../shared/handover/schema';
import { callOp } from '../api/client';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { toast } from '../ui/toasts';
import { copyText } from './copy-text';
import './handover.css';

/**
 * A note's meeting recap, ready for the customer: copied as text to paste into an email, saved
 * as Markdown or PDF through the save dialog (main writes the file), or previewed first. Read
 * fresh on each click rather than cached: it is made from the note as it is now.
 */
export function RecapActions({ noteId }: { noteId: string }) {
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<HandoverText | null>(null);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      toast.error((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const copy = () =>
    run(async () => {
      const recap = await callOp('handover.recap', { noteId });
      if (await copyText(recap.text)) toast.info('Recap copied. Paste it into an email.');
      else toast.error('The recap could not be put on the clipboard. Save it as Markdown instead.');
    });

  const save = (format: HandoverFormat) =>
    run(async () => {
      const result = await callOp('handover.saveRecap', { noteId, format });
      if (result.status === 'saved') toast.info(`Recap saved to ${result.path}`);
    });

  const show = () => run(async () => setPreview(await callOp('handover.recap', { noteId })));

  const buttons = (
    <>
      <Button size="sm" disabled={busy} onClick={() => void copy()}>
        Copy recap
      </Button>
      <Button size="sm" disabled={busy} onClick={() => void save('markdown')}>
        Save recap as Markdown…
      </Button>
      <Button size="sm" disabled={busy} onClick={() => void save('pdf')}>
        Save recap as PDF…
      </Button>
    </>
  );

  return (
    <div className="row recap-actions" role="group" aria-label="Meeting recap">
      <Button size="sm" disabled={busy} onClick={() => void show()}>
        Preview recap
      </Button>
      {buttons}
      {preview && (
        <Dialog
          title="Meeting recap"
          open
          onClose={() => setPreview(null)}
          width={720}
          footer={
            <>
              <Button onClick={() => setPreview(null)}>Close</Button>
              <span className="spacer" />
              {buttons}
            </>
          }
        >
          <pre className="handover-preview" aria-label="Recap preview" tabIndex={0}>
            {preview.text}
          </pre>
        </Dialog>
      )}
    </div>
  );
}
