import { useState } from 'react';
import type { Goal, Milestone } from '../../../shared/lifecycle/schema';
import { EVIDENCE_TYPE_LABELS, MILESTONE_OWNER_LABELS, MILESTONE_STATUS_LABELS } from '../../../shared/lifecycle/success-plan';
import type { AccountTabProps } from '../accounts/account-tab-props';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { formatDay } from '../ui/format';
import { EditDeleteButtons, RecordActions, RecordTable } from '../ui/RecordTable';
import { GoalDialog } from './GoalDialog';
import { MilestoneDialog } from './MilestoneDialog';
import { useAccountLifecycle, useRemoveLifecycleRecord } from './queries';
import './lifecycle.css';

type Editing = { kind: 'goal'; goal?: Goal } | { kind: 'milestone'; goal: Goal; milestone?: Milestone } | null;

/** The success plan (seed 004 §9): goals with measurable milestones; late ones are flagged. */
export function SuccessPlanTab({ account }: AccountTabProps) {
  const { data, error } = useAccountLifecycle(account.id);
  const remove = useRemoveLifecycleRecord();
  const [editing, setEditing] = useState<Editing>(null);
  if (error) return <p className="form-error" role="alert">{error.message}</p>;
  if (!data) return null;
  const { total, met, atRisk } = data.outcomes;
  return (
    <div className="stack lifecycle-tab">
      <div className="row">
        <p className="muted">
          {total === 0 ? 'No milestones yet.' : `${met} of ${total} milestones met`}
          {atRisk > 0 && ` · ${atRisk} past target and not met`}
        </p>
        <span className="spacer" />
        <Button variant="primary" onClick={() => setEditing({ kind: 'goal' })}>
          Add goal
        </Button>
      </div>
      {data.goals.length === 0 && (
        <EmptyState title="No success plan yet">
          Start from the goals in the sales handoff: what {account.name} wants to be true, then milestones with an owner, the
          evidence that shows them met and a target date. Press Add goal to start.
        </EmptyState>
      )}
      {data.goals.map((goal) => (
        <section key={goal.id} id={`record-${goal.id}`} className="card goal-card" aria-label={`Goal: ${goal.title}`}>
          <div className="card-header">
            <h2>{goal.title}</h2>
            <div className="row">
              <Button size="sm" aria-label={`Add milestone to “${goal.title}”`} onClick={() => setEditing({ kind: 'milestone', goal })}>
                Add milestone
              </Button>
              <EditDeleteButtons what={`goal “${goal.title}”`} onEdit={() => setEditing({ kind: 'goal', goal })} onDelete={() => remove('goal', goal.id, 'Goal deleted.')} />
            </div>
          </div>
          <div className="card-body">
            {goal.description && <p>{goal.description}</p>}
            {goal.milestones.length === 0 ? (
              <p className="muted">No milestones yet: add one the customer could check.</p>
            ) : (
              <RecordTable framed={false} caption={`Milestones of ${goal.title}`} columns={['Milestone', 'Owner', 'Evidence', 'Target', 'Status']}>
                {goal.milestones.map((m) => (
                  <tr key={m.id}>
                    <td className="wrap">{m.title}</td>
                    <td>{MILESTONE_OWNER_LABELS[m.owner]}</td>
                    <td>{EVIDENCE_TYPE_LABELS[m.evidenceType]}</td>
                    <td>{formatDay(m.targetDate)}</td>
                    <td>
                      <span className={m.status === 'met' ? 'badge badge-ok' : 'badge'}>{MILESTONE_STATUS_LABELS[m.status]}</span>{' '}
                      {m.atRisk && <span className="badge badge-danger">At risk: past target</span>}
                    </td>
                    <RecordActions>
                      <EditDeleteButtons
                        what={`milestone “${m.title}”`}
                        onEdit={() => setEditing({ kind: 'milestone', goal, milestone: m })}
                        onDelete={() => remove('milestone', m.id, 'Milestone deleted.')}
                      />
                    </RecordActions>
                  </tr>
                ))}
              </RecordTable>
            )}
          </div>
        </section>
      ))}
      {editing?.kind === 'goal' && <GoalDialog accountId={account.id} {...(editing.goal ? { goal: editing.goal } : {})} onClose={() => setEditing(null)} />}
      {editing?.kind === 'milestone' && (
        <MilestoneDialog
          goalId={editing.goal.id}
          goalTitle={editing.goal.title}
          {...(editing.milestone ? { milestone: editing.milestone } : {})}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
