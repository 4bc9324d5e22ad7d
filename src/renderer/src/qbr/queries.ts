import type { QbrPeriod } from '../../../shared/qbr/period';
import { useApiQuery } from '../api/use-api';

/** The saved narrative of one account's period. */
export const useQbrDraft = (accountId: string, period: QbrPeriod | null) =>
  useApiQuery('qbr.getDraft', { accountId, period: period ?? { kind: 'quarter', year: 2000, quarter: 1 } }, { enabled: period !== null, staleTime: Infinity, gcTime: 0 });

/** Every section of the pack as exporting now would write it. */
export const useQbrPreview = (accountId: string, period: QbrPeriod | null) =>
  useApiQuery('qbr.preview', { accountId, period: period ?? { kind: 'quarter', year: 2000, quarter: 1 } }, { enabled: period !== null, placeholderData: (previous) => previous });
