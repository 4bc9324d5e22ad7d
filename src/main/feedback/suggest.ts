import type { ThemeSuggestion } from '../../shared/feedback/schema';
import type { Store } from '../db/store';
import { ftsQueryFromText } from '../../shared/feedback/similar-words';
import { findSimilarThemes } from './themes-repository';

/**
 * Existing themes whose title or problem statement share words with `text` (a request, its
 * whys and root cause), best match first. FTS5 with the porter stemmer, so "exporting" finds
 * "export"; the title weighs double.
 */
export function suggestThemes(store: Store, text: string, options: { excludeThemeId?: string; limit?: number } = {}): ThemeSuggestion[] {
  const match = ftsQueryFromText(text);
  if (!match) return [];
  return findSimilarThemes(store, match, options.excludeThemeId ?? '', options.limit ?? 5);
}
