import { create } from 'zustand';
import { useRoute } from '../shell/route';

/** An item the Readiness tab should select and scroll to when it next shows its checklist. */
export const useChecklistFocus = create<{ itemId: string | null }>(() => ({ itemId: null }));

/** Opens an account's Readiness tab on one item (e.g. a search hit of kind `checklist-item`). */
export function openChecklistItem(accountId: string, itemId: string): void {
  useChecklistFocus.setState({ itemId });
  useRoute.getState().go({ page: 'account', accountId, tab: 'readiness' });
}
