import { useState } from 'react';
import type { Ticket } from '../../../shared/lifecycle/schema';
import { ESCALATION_LEVEL_LABELS, SEVERITIES, TICKET_STATUS_LABELS, TICKET_SYSTEM_LABELS } from '../../../shared/lifecycle/support';
import type { AccountTabProps } from '../accounts/account-tab-props';
import { useApiMutation } from '../api/use-api';
import { useSettings } from '../settings/queries';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { formatDateTime, formatDay } from '../ui/format';
import { EditDeleteButtons, RecordActions, RecordTable } from '../ui/RecordTable';

/** "Nov 30, 4:05 PM": the escalations table is wide enough without the year. */
const shortDateTime = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
import { toast } from '../ui/toasts';
import { EscalationDialog } from './EscalationDialog';
import { SlaClockBadge } from './SlaClockBadge';
import { TicketDialog } from './TicketDialog';
import { useAccountLifecycle, useMinuteClock, useRemoveLifecycleRecord } from './queries';
import './lifecycle.css';

/** Tickets and bug references, and escalations L1–L4 with their first-response clocks (seed 001). */
export function SupportTab({ account }: AccountTabProps) {
  const { data, error } = useAccountLifecycle(account.id);
  const settings = useSettings();
  const step = useApiMutation('lifecycle.stepEscalation');
  const remove = useRemoveLifecycleRecord();
  const now = useMinuteClock();
  const [ticket, setTicket] = useState<Ticket | 'new' | null>(null);
  const [escalating, setEscalating] = useState(false);
  if (error) return <p className="form-error" role="alert">{error.message}</p>;
  if (!data) return null;
  const open = data.openBySeverity;
  const record = (id: string, which: 'firstResponse' | 'resolved') =>
    step.mutate(
      { id, step: which, at: new Date().toISOString() },
      { onSuccess: () => toast.info(which === 'resolved' ? 'Escalation resolved.' : 'First response recorded.'), onError: (e) => toast.error(e.message) },
    );
  return (
    <div className="stack lifecycle-tab">
      <section className="stack" aria-label="Escalations">
        <div className="row">
          <h2>Escalations</h2>
          <span className="spacer" />
          <Button variant="primary" onClick={() => setEscalating(true)}>
            Open escalation
          </Button>
        </div>
        {data.escalations.length === 0 ? (
          <p className="muted">No escalations. When one opens, its first-response clock runs here and on Today.</p>
        ) : (
          <RecordTable caption="Escalations" columns={['Opened', 'Level', 'What', 'First response']}>
            {data.escalations.map((e) => (
              <tr key={e.id} id={`record-${e.id}`}>
                <td title={formatDateTime(e.openedAt)}>{shortDateTime.format(new Date(e.openedAt))}</td>
                <td title={ESCALATION_LEVEL_LABELS[e.level]}>{e.level}</td>
                <td className="wrap">
                  {e.summary}
                  {e.owner && <div className="muted">{e.owner}</div>}
                </td>
                <td>
                  <SlaClockBadge escalation={e} now={now} />
                  {e.resolvedAt && <span className="muted"> · resolved {formatDateTime(e.resolvedAt)}</span>}
                </td>
                <RecordActions>
                  {e.firstResponseAt === null && (
                    <Button size="sm" aria-label={`Record first response to “${e.summary}”`} onClick={() => record(e.id, 'firstResponse')}>
                      Record first response
                    </Button>
                  )}
                  {e.resolvedAt === null && (
                    <Button size="sm" aria-label={`Mark resolved: “${e.summary}”`} onClick={() => record(e.id, 'resolved')}>
                      Mark resolved
                    </Button>
                  )}
                  <Button size="sm" variant="ghost" aria-label={`Delete escalation “${e.summary}”`} onClick={() => remove('escalation', e.id, 'Escalation deleted.')}>
                    Delete
                  </Button>
                </RecordActions>
              </tr>
            ))}
          </RecordTable>
        )}
      </section>

      <section className="stack" aria-label="Tickets">
        <div className="row">
          <h2>Tickets</h2>
          <p className="muted">
            Open: {SEVERITIES.map((s) => `${s} ${open[s]}`).join(' · ')}
          </p>
          <span className="spacer" />
          <Button onClick={() => setTicket('new')}>Add ticket</Button>
        </div>
        {data.tickets.length === 0 ? (
          <EmptyState title="No tickets yet">
            Keep a reference to each Zendesk ticket or Jira bug {account.name} raises: its id, link, severity and status. Open P1s
            and P2s count against support health.
          </EmptyState>
        ) : (
          <RecordTable caption="Tickets" columns={['Ticket', 'Title', 'Severity', 'Status', 'Opened', 'Closed']}>
            {data.tickets.map((t) => (
              <tr key={t.id} id={`record-${t.id}`}>
                <td>
                  {TICKET_SYSTEM_LABELS[t.system]}{' '}
                  {t.url ? (
                    // Opens in the browser: the window-open handler hands https links to the OS.
                    <a href={t.url} target="_blank" rel="noreferrer">
                      {t.ref}
                    </a>
                  ) : (
                    t.ref
                  )}
                </td>
                <td className="wrap">{t.title}</td>
                <td>
                  <span className={t.severity === 'P1' ? 'badge badge-danger' : t.severity === 'P2' ? 'badge badge-warn' : 'badge'}>{t.severity}</span>
                </td>
                <td>{TICKET_STATUS_LABELS[t.status]}</td>
                <td>{formatDay(t.openedOn)}</td>
                <td>{formatDay(t.closedOn)}</td>
                <RecordActions>
                  <EditDeleteButtons what={`ticket ${t.ref}`} onEdit={() => setTicket(t)} onDelete={() => remove('ticket', t.id, 'Ticket deleted.')} />
                </RecordActions>
              </tr>
            ))}
          </RecordTable>
        )}
      </section>
      {ticket && <TicketDialog accountId={account.id} {...(ticket === 'new' ? {} : { ticket })} onClose={() => setTicket(null)} />}
      {escalating && (
        <EscalationDialog accountId={account.id} segment={account.segment} smb={settings.smbEscalationResponseMinutes} onClose={() => setEscalating(false)} />
      )}
    </div>
  );
}
