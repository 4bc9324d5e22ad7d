import { NO_SIGNALS, type RawSignals } from '../../src/shared/health/signals';

/** A health check's input for `health:recordCheck`, scores by component key. */
export const checkInput = (
  accountId: string,
  checkedOn: string,
  scores: Record<string, number | null>,
  signals: Partial<RawSignals> = {},
) => ({ accountId, checkedOn, scores, signals: { ...NO_SIGNALS, ...signals }, note: '' });
