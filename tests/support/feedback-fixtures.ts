import type { AccountFields } from '../../src/shared/accounts/schema';
import type { FeedbackFields } from '../../src/shared/feedback/schema';
import { createAccount } from '../../src/main/accounts/service';
import type { Store } from '../../src/main/db/store';

export const NOW = new Date('2026-11-25T10:00:00.000Z');

export function account(store: Store, name: string, arr: number, over: Partial<AccountFields> = {}) {
  return createAccount(
    store,
    {
      name,
      arr,
      segmentOverride: null,
      stage: 'Adoption',
      ownerCsm: 'Alex',
      contractStart: null,
      renewalDate: null,
      productVersion: '',
      notes: '',
      ...over,
    },
    NOW,
  );
}

/** Seed 000's example: a PDF button that was really access-management friction. */
export function pdfRequest(over: Partial<FeedbackFields> = {}): FeedbackFields {
  return {
    request: 'Can we download the DP page as PDF?',
    whys: ['To send it via email.', "Some users don't have access to the Marketplace.", 'The access process is slow and unclear.'],
    rootCause: 'Access management friction, not lack of PDF export.',
    askedBy: [],
    category: 'feature-request',
    productArea: 'Marketplace',
    route: 'pm',
    priority: 'medium',
    noteId: null,
    businessJustification: '',
    impactAssessment: '',
    vendorIssueUrl: '',
    ...over,
  };
}
