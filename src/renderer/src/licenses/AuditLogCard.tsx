import { useState } from 'react';
import { AUDIT_ACTION_LABELS, type AuditCheck, type AuditEntry } from '../../../shared/licenses/audit-schema';
import { useApiMutation, useApiQuery } from '../api/use-api';
import { Button } from '../ui/Button';
import { formatDateTime } from '../ui/format';
import { toast } from '../ui/toasts';
import './licenses.css';

/** What an entry was about, in the words of its details when it has them. */
function describeSubject(e: AuditEntry): string {
  const { licensee, reason, fileName, keyId } = e.details;
  if (typeof licensee === 'string') return licensee;
  if (typeof reason === 'string') return `reason: ${reason}`;
  if (typeof fileName === 'string') return fileName;
  return typeof keyId === 'string' ? `key ${keyId}` : e.subject;
}

/** Settings → Audit log: the latest key and license events, and "Verify audit log". */
export function AuditLogCard() {
  // Key and license changes anywhere invalidate the audit domain (see operation-effects.ts).
  const entries = useApiQuery('audit.list', { limit: 12 });
  const verifyLog = useApiMutation('audit.verify');
  const [check, setCheck] = useState<AuditCheck | null>(null);

  const verify = async () => {
    try {
      setCheck(await verifyLog.mutateAsync(undefined));
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <section className="card" aria-label="Audit log">
      <div className="card-header">
        <h2>Audit log</h2>
        <Button size="sm" onClick={() => void verify()}>
          Verify audit log
        </Button>
      </div>
      <div className="card-body stack">
        <p className="muted">
          Every key and license event, append-only. Each entry carries the hash of the one before, so a changed, removed or reordered
          entry is found.
        </p>
        {check && (
          <div className={`verdict ${check.intact ? 'verdict-ok' : 'verdict-danger'}`} role="status" aria-label="Audit log check">
            <span className="verdict-icon" aria-hidden="true">
              {check.intact ? '✓' : '✕'}
            </span>
            <div>
              <strong>{check.intact ? 'Intact' : `Broken at entry #${check.firstBroken?.seq ?? '?'}`}</strong>
              <p>{check.message}</p>
            </div>
          </div>
        )}
        {entries.data && entries.data.length === 0 && <p className="muted">Nothing recorded yet: events appear here when you issue a license.</p>}
        {entries.data && entries.data.length > 0 && (
          <ul className="audit-list" aria-label="Latest audit entries">
            {entries.data.map((e) => (
              <li key={e.seq}>
                <span className="faint num">#{e.seq}</span>
                <span>{formatDateTime(e.at)}</span>
                <span>{AUDIT_ACTION_LABELS[e.action]}</span>
                <span className="muted">
                  {e.actor} · {describeSubject(e)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
