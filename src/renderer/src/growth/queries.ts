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

export function useGrowthFigures() {
  return useApiQuery('growth.figures', undefined);
}

/** Feedback themes a release can ship: every theme but those marked won't do. */
export function useShippableThemes() {
  const inbox = useApiQuery('feedback.inbox', {});
  const themes = (inbox.data ?? []).flatMap((i) => (i.kind === 'theme' && i.theme.status !== 'wont-do' ? [i.theme] : []));
  return { themes, loaded: inbox.data !== undefined };
}
