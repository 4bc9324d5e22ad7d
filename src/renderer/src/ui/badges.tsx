import type { Segment, Stage } from '../../../shared/accounts/segments';

const SEGMENT_CLASS: Record<Segment, string> = {
  Enterprise: 'badge-enterprise',
  'Mid-Market': 'badge-midmarket',
  SMB: 'badge-smb',
};

export function SegmentBadge({ segment, overridden }: { segment: Segment; overridden?: boolean }) {
  return (
    <span className={`badge ${SEGMENT_CLASS[segment]}`} title={overridden ? 'Segment set by hand' : 'Segment from ARR'}>
      {segment}
      {overridden && <span aria-label="set by hand">*</span>}
    </span>
  );
}

const STAGE_CLASS: Record<Stage, string> = {
  Onboarding: 'badge-info',
  Adoption: 'badge-info',
  Retention: 'badge-ok',
  Expansion: 'badge-ok',
  'At-risk': 'badge-danger',
  Churned: '',
};

export function StageBadge({ stage }: { stage: Stage }) {
  return <span className={`badge ${STAGE_CLASS[stage]}`}>{stage}</span>;
}
