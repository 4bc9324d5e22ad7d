import { useState } from 'react';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { isIsoDate } from '../../../shared/dates/iso-date';
import type { HandoverFormat } from '../../../shared/handover/schema';
import { callOp } from '../api/client';
import { useApiQuery } from '../api/use-api';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { TextField } from '../ui/Field';
import { toast } from '../ui/toasts';
import { copyText } from './copy-text';
import './handover.css';

/** The weekly digest for the CSM's manager: pick a week, read it, copy it or save it. */
function WeeklyDigestDialog({ onClose }: { onClose: () => void }) {
  const [weekOf, setWeekOf] = useState(() => localIsoDate(new Date()));
  const valid = isIsoDate(weekOf);
  const digest = useApiQuery('handover.digest', { weekOf }, { enabled: valid });

  const copy = async () => {
    if (!digest.data) return;
    if (await copyText(digest.data.text)) toast.info('Weekly digest copied.');
    else toast.error('The digest could not be put on the clipboard. Save it as Markdown instead.');
  };
  const save = async (format: HandoverFormat) => {
    try {
      const result = await callOp('handover.saveDigest', { weekOf, format });
      if (result.status === 'saved') toast.info(`Weekly digest saved to ${result.path}`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <Dialog
      title="Weekly digest"
      open
      onClose={onClose}
      width={720}
      footer={
        <>
          <Button onClick={onClose}>Close</Button>
          <span className="spacer" />
          <Button disabled={!digest.data} onClick={() => void save('pdf')}>
            Save digest as PDF…
          </Button>
          <Button disabled={!digest.data} onClick={() => void save('markdown')}>
            Save digest as Markdown…
          </Button>
          <Button variant="primary" disabled={!digest.data} onClick={() => void copy()}>
            Copy digest
          </Button>
        </>
      }
    >
      <TextField
        label="Week of"
        type="date"
        value={weekOf}
        onChange={(e) => setWeekOf(e.target.value)}
        hint="Monday to Sunday of the week this day is in."
        error={valid ? undefined : 'Choose a day'}
      />
      {digest.error && (
        <p className="form-error" role="alert">
          {digest.error.message}
        </p>
      )}
      {digest.data && (
        <pre className="handover-preview" aria-label="Digest preview" tabIndex={0}>
          {digest.data.text}
        </pre>
      )}
    </Dialog>
  );
}

export function WeeklyDigestButton() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Weekly digest</Button>
      {open && <WeeklyDigestDialog onClose={() => setOpen(false)} />}
    </>
  );
}
