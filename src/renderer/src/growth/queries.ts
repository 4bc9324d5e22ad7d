import { useApiQuery } from '../api/use-api';

export function useReleases() {
  return useApiQuery('growth.listReleases', undefined);
}

export function useRelease(id: string) {
  return useApiQuery('growth.getRelease', { id });
}

export function useOpportunities(accountId?: string) {
  return useApiQuery('growth.listOpportunities', accountId ? { accountId } : {});
}

/** Seed 003's reasons not to upsell this account now (asked when an opportunity is created or moved on). */
export function useGuardrails(accountId: string) {
  return useApiQuery('growth.checkGuardrails', { accountId });
}

export function useAdvocacy(accountId: string) {
  return useApiQuery('growth.listAdvocacy', { accountId });
}

/** Contacts whose latest NPS answer is 9–10 and who haven't been asked from it yet (seed 001's referral signal). */
export function usePromoters(accountId: string) {
  return useApiQuery('growth.promoters', { accountId });
}

export function useGrowthFigures() {
  return useApiQuery('growth.figures', undefined);
}

/** Feedback themes a release can ship: every theme but those marked won't do. */
export function useShippableThemes() {
  const inbox = useApiQuery('feedback.inbox', {});
  const themes = (inbox.data ?? []).flatMap((i) => (i.kind === 'theme' && i.theme.status !== 'wont-do' ? [i.theme] : []));
  return { themes, loaded: inbox.data !== undefined };
}
