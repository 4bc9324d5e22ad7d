/**
 * Success plans (seed 004 §9, seed 003 "Review customer goals from sales handoff"): goals with
 * measurable milestones. A milestone past its target date and not met is at risk; that flag
 * feeds the health score's outcomes component, Today and the QBR pack.
 */
export const MILESTONE_OWNERS = ['customer', 'partner', 'us'] as const;
export type MilestoneOwner = (typeof MILESTONE_OWNERS)[number];
export const MILESTONE_OWNER_LABELS: Record<MilestoneOwner, string> = { customer: 'Customer', partner: 'Partner', us: 'Us' };

/** How the milestone is shown to be met: something happened, someone attests it, or a thing exists. */
export const EVIDENCE_TYPES = ['event', 'attestation', 'artifact'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const EVIDENCE_TYPE_LABELS: Record<EvidenceType, string> = { event: 'Event', attestation: 'Attestation', artifact: 'Artifact' };

export const MILESTONE_STATUSES = ['planned', 'in-progress', 'met', 'dropped'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MILESTONE_STATUS_LABELS: Record<MilestoneStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  met: 'Met',
  dropped: 'Dropped',
};

/**
 * True when the milestone is past its target date (`today` is later, both `YYYY-MM-DD`) and
 * neither met nor dropped. On its target day it is not yet late.
 */
export function milestoneAtRisk(milestone: { status: MilestoneStatus; targetDate: string }, today: string): boolean {
  return milestone.status !== 'met' && milestone.status !== 'dropped' && milestone.targetDate < today;
}

/** The outcomes an account's plan shows: how many milestones count, are met, and are at risk. */
export function planOutcomes(milestones: readonly { status: MilestoneStatus; targetDate: string }[], today: string) {
  const counted = milestones.filter((m) => m.status !== 'dropped');
  return {
    total: counted.length,
    met: counted.filter((m) => m.status === 'met').length,
    atRisk: counted.filter((m) => milestoneAtRisk(m, today)).length,
  };
}
