import { keepPreviousData } from '@tanstack/react-query';
import type { InboxQuery } from '../../../shared/feedback/schema';
import type { OpInput } from '../api/operations';
import { useApiQuery } from '../api/use-api';

/** An account's requests. */
export function useAccountFeedback(accountId: string) {
  return useApiQuery('feedback.list', { accountId });
}

/** The cross-account inbox for these filters; the last rows stay while a new filter loads. */
export function useInboxItems(query: InboxQuery) {
  return useApiQuery('feedback.inbox', query, { placeholderData: keepPreviousData });
}

export function useRequest(id: string) {
  return useApiQuery('feedback.get', { id });
}

export function useTheme(id: string) {
  return useApiQuery('feedback.getTheme', { id });
}

/** Themes with words like these; earlier suggestions stay while the next search runs. */
export function useThemeSuggestions(input: OpInput<'feedback.suggestThemes'>) {
  return useApiQuery('feedback.suggestThemes', input, { placeholderData: keepPreviousData });
}

export function useProductAreas() {
  return useApiQuery('feedback.productAreas', undefined);
}
