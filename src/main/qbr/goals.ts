import type { AccountLifecycle, Milestone } from '../../shared/lifecycle/schema';
import { EVIDENCE_TYPE_LABELS, MILESTONE_OWNER_LABELS, MILESTONE_STATUS_LABELS } from '../../shared/lifecycle/success-plan';
import type { Narrative, QbrSection } from '../../shared/qbr/schema';

type Goals = AccountLifecycle['goals'];

/**
 * The milestones a review of `from`–`to` talks about: those due in the period, and those due
 * before it that are still neither met nor dropped (a late milestone is carried into every
 * review until it is settled). Dropped ones due in the period stay, marked, so nothing vanishes.
 */
export function milestonesOfPeriod(goals: Goals, from: string, to: string): { goal: string; milestone: Milestone }[] {
  return goals
    .flatMap((g) => g.milestones.map((milestone) => ({ goal: g.title, milestone })))
    .filter(({ milestone: m }) => (m.targetDate >= from && m.targetDate <= to) || (m.targetDate < from && m.atRisk))
    .sort((a, b) => a.milestone.targetDate.localeCompare(b.milestone.targetDate) || a.milestone.title.localeCompare(b.milestone.title));
}

/** Met, at risk (past its date and not met), or open, with the step it is at. */
export function milestoneStatus(m: Milestone): string {
  if (m.status === 'met') return 'Met';
  if (m.status === 'dropped') return 'Dropped';
  if (m.atRisk) return `At risk (${MILESTONE_STATUS_LABELS[m.status].toLowerCase()}, past its date)`;
  return `Open (${MILESTONE_STATUS_LABELS[m.status].toLowerCase()})`;
}

/** Review goals: the success plan's goals (lifecycle) and their milestones in the period. */
export function goalsSection(narrative: Narrative, goals: Goals, from: string, to: string): QbrSection {
  const inPeriod = milestonesOfPeriod(goals, from, to);
  const counted = inPeriod.filter(({ milestone: m }) => m.status !== 'dropped');
  const met = counted.filter(({ milestone: m }) => m.status === 'met').length;
  const atRisk = counted.filter(({ milestone: m }) => m.atRisk).length;
  const noPlan = goals.length === 0;
  return {
    key: 'goals',
    title: 'Review goals',
    question: 'What were we trying to achieve?',
    narrative: narrative.goals,
    facts: noPlan
      ? [{ label: 'Success plan', value: 'None recorded' }]
      : [
          { label: 'Milestones in the period', value: String(counted.length) },
          { label: 'Met', value: String(met) },
          { label: 'At risk', value: String(atRisk) },
          { label: 'Open', value: String(counted.length - met - atRisk) },
        ],
    tables: [
      {
        title: 'Success-plan goals',
        header: ['Goal', 'Description', 'Milestones met', 'At risk'],
        rows: goals.map((g) => {
          const live = g.milestones.filter((m) => m.status !== 'dropped');
          return { cells: [g.title, g.description || '—', `${live.filter((m) => m.status === 'met').length} of ${live.length}`, String(live.filter((m) => m.atRisk).length)] };
        }),
        empty: 'This account has no success plan yet: add its goals and milestones on the Success plan tab.',
      },
      {
        title: 'Success-plan milestones',
        header: ['Goal', 'Milestone', 'Owner', 'Evidence', 'Target date', 'Status'],
        rows: inPeriod.map(({ goal, milestone: m }) => ({
          cells: [goal, m.title, MILESTONE_OWNER_LABELS[m.owner], EVIDENCE_TYPE_LABELS[m.evidenceType], m.targetDate, milestoneStatus(m)],
        })),
        empty: noPlan ? 'No success plan, so no milestones to review.' : 'No success-plan milestone fell due in this period.',
      },
    ],
  };
}
