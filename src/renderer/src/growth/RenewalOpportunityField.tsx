import { OPEN_STAGES, OPPORTUNITY_KIND_LABELS, OPPORTUNITY_STAGE_LABELS, stageAtRenewal } from '../../../shared/growth/schema';
import type { RenewalOutcome } from '../../../shared/health/retention';
import { SelectField } from '../ui/Field';
import { formatMoney } from '../ui/format';
import { useOpportunities } from './queries';

/**
 * In "Record renewal outcome": the open expansion opportunity this renewal settles, if any (issue
 * 14). Recording marks it won at an expansion and lost otherwise. Shows nothing when the account
 * has no open opportunity. `value` is the opportunity id, or '' for none.
 */
export function RenewalOpportunityField({
  accountId,
  outcome,
  value,
  onChange,
  error,
}: {
  accountId: string;
  outcome: RenewalOutcome;
  value: string;
  onChange: (opportunityId: string) => void;
  error?: string | undefined;
}) {
  const open = (useOpportunities(accountId).data ?? []).filter((o) => OPEN_STAGES.includes(o.stage));
  if (open.length === 0) return null;
  return (
    <SelectField
      label="Opportunity it closes"
      className="span-2"
      options={[
        { value: '', label: 'None' },
        ...open.map((o) => ({ value: o.id, label: `${OPPORTUNITY_KIND_LABELS[o.kind]} · ${formatMoney(o.arr)} · ${OPPORTUNITY_STAGE_LABELS[o.stage]}` })),
      ]}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      hint={value ? `It will be marked ${OPPORTUNITY_STAGE_LABELS[stageAtRenewal(outcome)]} when you record the outcome.` : 'An expansion won here closes its opportunity in Growth.'}
      error={error}
    />
  );
}
