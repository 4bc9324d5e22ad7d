import type { Guardrail } from '../../../shared/growth/guardrails';

/** Seed 003's "When NOT to Upsell", naming each reason that holds for this account. */
export function GuardrailWarning({ guardrails, className }: { guardrails: Guardrail[]; className?: string }) {
  return (
    <div className={`guardrail-warning ${className ?? ''}`} role="note" aria-label="Not a good time to upsell">
      <p className="strong-figure">Not a good time to upsell</p>
      <ul>
        {guardrails.map((g) => (
          <li key={g.code}>{g.reason}</li>
        ))}
      </ul>
      <p className="faint">Earn the right to ask for more by delivering value first (seed 003).</p>
    </div>
  );
}
