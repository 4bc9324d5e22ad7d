import { OPPORTUNITY_KIND_LABELS, OPPORTUNITY_STAGE_LABELS } from '../../../shared/growth/schema';
import { formatMoney } from '../ui/format';
import { useOpportunities } from './queries';

/** Beside a recorded renewal on the Health tab: the expansion opportunity it closed, if any. */
export function RenewalOpportunityNote({ accountId, renewalId }: { accountId: string; renewalId: string }) {
  const closed = (useOpportunities(accountId).data ?? []).find((o) => o.renewal?.id === renewalId);
  if (!closed) return null;
  return (
    <span className="faint">
      {' '}
      · closed the {OPPORTUNITY_KIND_LABELS[closed.kind].toLowerCase()} opportunity ({formatMoney(closed.arr)}): {OPPORTUNITY_STAGE_LABELS[closed.stage].toLowerCase()}
    </span>
  );
}
