import { ADVOCACY_KIND_LABELS, type PromoterSuggestion } from '../../../shared/growth/schema';
import { Button } from '../ui/Button';
import { formatDay } from '../ui/format';
import { usePromoters } from './queries';

/**
 * Seed 001's "request referral / testimonial" signal: contacts whose latest NPS answer is 9–10,
 * each with a way to ask them for advocacy. Nothing shows when there is no one to ask.
 */
export function PromoterSuggestions({ accountId, onAsk }: { accountId: string; onAsk: (p: PromoterSuggestion) => void }) {
  const promoters = usePromoters(accountId).data ?? [];
  if (promoters.length === 0) return null;
  return (
    <div className="promoter-suggestions">
      <h3 id="promoters-title">Promoters to ask</h3>
      <ul className="advocacy-list" aria-labelledby="promoters-title">
        {promoters.map((p) => (
          <li key={p.surveyResponseId}>
            <span className="strong-figure">{p.contactName}</span>
            <span className="badge badge-ok">NPS {p.score}</span>
            <span className="faint">on {formatDay(p.respondedOn)}</span>
            {p.comment && <span className="muted">“{p.comment}”</span>}
            {p.existingKinds.length > 0 && <span className="faint">already: {p.existingKinds.map((k) => ADVOCACY_KIND_LABELS[k].toLowerCase()).join(', ')}</span>}
            <span className="spacer" />
            <Button size="sm" onClick={() => onAsk(p)}>
              Ask {p.contactName} for advocacy
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
