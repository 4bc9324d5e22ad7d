import { sql } from 'kysely';
import type { ThemeSuggestion } from '../../shared/feedback/schema';
import type { ThemeStatus } from '../../shared/feedback/theme-status';
import type { Store } from '../db/store';
import { ftsQueryFromText } from '../../shared/feedback/similar-words';

/**
 * Existing themes whose title or problem statement share words with `text` (a request, its
 * whys and root cause), best match first. FTS5 with the porter stemmer, so "exporting" finds
 * "export"; the title weighs double.
 */
export function suggestThemes(store: Store, text: string, options: { excludeThemeId?: string; limit?: number } = {}): ThemeSuggestion[] {
  const match = ftsQueryFromText(text);
  if (!match) return [];
  const exclude = options.excludeThemeId ?? '';
  const query = sql<{ id: string; title: string; problem_statement: string; status: string }>`
    SELECT t.id, t.title, t.problem_statement, t.status
    FROM feedback_themes_fts f
    JOIN feedback_themes t ON t.id = f.theme_id
    WHERE feedback_themes_fts MATCH ${match} AND t.id <> ${exclude}
    ORDER BY bm25(feedback_themes_fts, 0.0, 2.0, 1.0), t.created_at DESC
    LIMIT ${options.limit ?? 5}`;
  return store
    .all({ compile: () => query.compile(store.q) })
    .map((r) => ({ id: r.id, title: r.title, problemStatement: r.problem_statement, status: r.status as ThemeStatus }));
}
