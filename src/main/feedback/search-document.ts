import type { FeedbackRequest } from '../../shared/feedback/schema';
import type { Store } from '../db/store';
import { indexDocument } from '../search/documents';

/**
 * A request is found by the customer's words, every answer of its why-chain, its root cause,
 * product area, business justification and impact assessment. Call inside the transaction that writes the request.
 */
export function indexRequest(store: Store, r: FeedbackRequest): void {
  indexDocument(store, {
    kind: 'feedback',
    id: r.id,
    accountId: r.accountId,
    title: r.request,
    body: [...r.whys, r.rootCause, r.productArea, r.businessJustification, r.impactAssessment].filter(Boolean).join('\n'),
  });
}
