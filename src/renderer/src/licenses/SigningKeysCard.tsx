import { useState } from 'react';
import type { PublicKeyText, SigningKey } from '../../../shared/licenses/keys-schema';
import { useQueryClient } from '@tanstack/react-query';
import { apiQuery, useApiMutation, useApiQuery } from '../api/use-api';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { Dialog } from '../ui/Dialog';
import { formatDateTime } from '../ui/format';
import { toast } from '../ui/toasts';
import { UnlockSigningForm } from './UnlockSigningForm';
import { VerifyLicenseDialog } from './VerifyLicenseDialog';
import './licenses.css';

/** The public key as text to select and copy, and as files to export (main writes them). */
function PublicKeyDialog({ keyText, onClose }: { keyText: PublicKeyText; onClose: () => void }) {
  const exportKey = useApiMutation('keys.exportPublicKey');
  const exportAs = async (format: 'pem' | 'raw-base64') => {
    try {
      const r = await exportKey.mutateAsync({ id: keyText.id, format });
      if (r.saved) toast.info(`Public key saved to ${r.path}.`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };
  return (
    <Dialog
      title={`Public key ${keyText.id}`}
      open
      onClose={onClose}
      width={620}
      footer={
        <>
          <Button onClick={() => void exportAs('pem')}>Export PEM…</Button>
          <Button onClick={() => void exportAs('raw-base64')}>Export base64…</Button>
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        </>
      }
    >
      <p className="muted">
        Embed this in the product that checks licenses. It can only verify; it can't sign. Select the text and copy it, or export
        it as a file.
      </p>
      <div className="field">
        <label htmlFor="public-key-pem">PEM (SubjectPublicKeyInfo)</label>
        <textarea id="public-key-pem" className="textarea key-text" rows={4} readOnly value={keyText.pem} onFocus={(e) => e.target.select()} />
      </div>
      <div className="field">
        <label htmlFor="public-key-raw">Raw 32-byte key, base64</label>
        <input id="public-key-raw" className="input key-text" readOnly value={keyText.rawBase64} onFocus={(e) => e.target.select()} />
      </div>
    </Dialog>
  );
}

/** Settings → Signing keys: each key's id, creation and status; rotate; export the public key. */
export function SigningKeysCard() {
  const client = useQueryClient();
  const keys = useApiQuery('keys.list', undefined);
  const status = useApiQuery('keys.status', undefined);
  const rotateKey = useApiMutation('keys.rotate');
  const lockSigning = useApiMutation('keys.lock');
  const [confirmRotate, setConfirmRotate] = useState(false);
  const [shown, setShown] = useState<PublicKeyText | null>(null);
  const [verifying, setVerifying] = useState(false);
  const list = keys.data ?? [];
  const hasKey = list.length > 0;

  const rotate = async () => {
    setConfirmRotate(false);
    try {
      const key = await rotateKey.mutateAsync(undefined);
      toast.info(hasKey ? `Key rotated. New licenses are signed with ${key.id}.` : `Signing key ${key.id} generated.`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const lock = async () => {
    try {
      await lockSigning.mutateAsync(undefined);
      toast.info('Signing locked: enter the passphrase again to sign.');
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  const show = async (key: SigningKey) => {
    try {
      setShown(await client.fetchQuery(apiQuery('keys.publicKey', { id: key.id })));
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <section className="card" aria-label="Signing keys">
      <div className="card-header">
        <h2>License signing keys</h2>
        <div className="row">
          {status.data?.passphrase === 'unlocked' && (
            <Button size="sm" variant="ghost" onClick={() => void lock()}>
              Lock signing
            </Button>
          )}
          <Button size="sm" onClick={() => setVerifying(true)}>
            Verify license file…
          </Button>
          <Button size="sm" onClick={() => (hasKey ? setConfirmRotate(true) : void rotate())} disabled={status.data?.available === false}>
            {hasKey ? 'Rotate key…' : 'Generate signing key'}
          </Button>
        </div>
      </div>
      <div className="card-body stack">
        {status.data?.passphrase === 'locked' && <UnlockSigningForm status={status.data} />}
        {status.data && !status.data.available && status.data.passphrase === 'none' && (
          <p className="form-error" role="alert">
            Signing is turned off on this computer. {status.data.reason}
          </p>
        )}
        {keys.error && (
          <p className="form-error" role="alert">
            {keys.error.message}
          </p>
        )}
        {keys.data && !hasKey && (
          <p className="muted">
            No signing key yet. One is made when you issue the first license; its private half stays on this computer, protected by{' '}
            {status.data?.passphrase === 'none' ? 'the OS key store' : 'your passphrase'}.
          </p>
        )}
        {hasKey && (
          <table className="table" aria-label="Signing keys">
            <thead>
              <tr>
                <th scope="col">Key id</th>
                <th scope="col">Created</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((k) => (
                <tr key={k.id}>
                  <td>
                    <code>{k.id}</code>
                  </td>
                  <td>{formatDateTime(k.createdAt)}</td>
                  <td>
                    {k.status === 'active' ? (
                      <span className="badge badge-ok">Active</span>
                    ) : (
                      <span className="badge" title={k.retiredAt ? `Retired ${formatDateTime(k.retiredAt)}` : undefined}>
                        Retired · verifies only
                      </span>
                    )}
                  </td>
                  <td className="num">
                    <Button size="sm" onClick={() => void show(k)} aria-label={`Public key ${k.id}`}>
                      Public key…
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <ConfirmDialog
        open={confirmRotate}
        title="Rotate the signing key?"
        message="New licenses will be signed with a new key, and the current key will be retired: licenses it signed still verify, but it can never sign again. Give the new public key to the product that checks licenses."
        confirmLabel="Rotate key"
        onConfirm={() => void rotate()}
        onCancel={() => setConfirmRotate(false)}
      />
      {shown && <PublicKeyDialog keyText={shown} onClose={() => setShown(null)} />}
      {verifying && <VerifyLicenseDialog onClose={() => setVerifying(false)} />}
    </section>
  );
}
