import { useState, type DragEvent } from 'react';
import type { VerifyResult } from '../../../shared/licenses/file-format';
import { LICENSE_KIND_LABELS } from '../../../shared/licenses/rules';
import { MAX_LICENSE_FILE_BYTES } from '../../../shared/licenses/schema';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { formatDateTime, formatDay } from '../ui/format';
import { VERDICTS } from './license-badges';

/** The verdict first, in words and with an icon; then what the license says, if it is genuine. */
function VerdictView({ result }: { result: VerifyResult }) {
  // A genuine, in-date file of a license revoked here must not look valid: the signature can't
  // know about the revocation, Fieldbook does.
  const v =
    result.revoked && result.verdict === 'valid'
      ? { label: 'Revoked', tone: 'danger' as const, icon: '⊘' }
      : VERDICTS[result.verdict];
  const l = result.license;
  return (
    <div className="stack" aria-live="polite">
      <div className={`verdict verdict-${v.tone}`} role="status" aria-label={`Verdict: ${v.label}`}>
        <span className="verdict-icon" aria-hidden="true">
          {v.icon}
        </span>
        <div>
          <strong>{v.label}</strong>
          <p>{result.message}</p>
        </div>
      </div>
      {result.revoked && (
        <p className="form-error" role="alert">
          Revoked in Fieldbook on {formatDateTime(result.revoked.at)}: {result.revoked.reason}
        </p>
      )}
      <dl className="facts">
        {result.fileName && (
          <>
            <dt>File</dt>
            <dd>{result.fileName}</dd>
          </>
        )}
        {l && (
          <>
            <dt>Licensee</dt>
            <dd>{l.licensee}</dd>
            <dt>Account</dt>
            <dd>{l.account}</dd>
            <dt>Modules</dt>
            <dd>{l.modules.join(', ')}</dd>
            <dt>Kind</dt>
            <dd>{LICENSE_KIND_LABELS[l.kind]}</dd>
            <dt>Valid</dt>
            <dd>
              {formatDay(l.validFrom)} – {formatDay(l.expiresAt)}
              {l.projectEnd && ` (project ends ${formatDay(l.projectEnd)})`}
            </dd>
            <dt>Issued</dt>
            <dd>{formatDateTime(l.issuedAt)}</dd>
            <dt>License id</dt>
            <dd>
              <code>{l.licenseId}</code>
            </dd>
          </>
        )}
        {result.keyId && (
          <>
            <dt>Signing key</dt>
            <dd>
              <code>{result.keyId}</code>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

/** "Verify license": open a file through the OS dialog or drop one here; main checks it. */
export function VerifyLicenseDialog({ onClose }: { onClose: () => void }) {
  const [result, setResult] = useState<VerifyResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);
  const verifyFile = useApiMutation('licenses.verifyFile');
  const verifyText = useApiMutation('licenses.verifyText');

  const run = async (work: () => Promise<VerifyResult | null>) => {
    setBusy(true);
    setError(null);
    try {
      const r = await work();
      if (r) setResult(r);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const choose = () =>
    run(async () => {
      const r = await verifyFile.mutateAsync(undefined);
      return r.chosen ? r.result : null;
    });

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    if (file.size > MAX_LICENSE_FILE_BYTES) {
      setError(`${file.name} is too large to be a license file.`);
      return;
    }
    void run(async () => verifyText.mutateAsync({ text: await file.text(), fileName: file.name }));
  };

  return (
    <Dialog title="Verify a license file" open onClose={onClose} width={620} footer={<Button onClick={onClose}>Close</Button>}>
      <div
        className={`drop-zone ${over ? 'over' : ''}`}
        role="region"
        aria-label="Drop a license file here"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span>Drop a license file (.lic) here, or</span>
        <Button variant="primary" onClick={() => void choose()} disabled={busy} autoFocus>
          Choose license file…
        </Button>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {result && <VerdictView result={result} />}
    </Dialog>
  );
}
