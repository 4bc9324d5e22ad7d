import type { SearchKind } from '../../shared/search/kinds';

/** The FTS5 table holding one kind's documents (`checkin-note` → `search_fts_checkin_note`). */
export function ftsTable(kind: SearchKind): string {
  return `search_fts_${kind.replace(/-/g, '_')}`;
}
