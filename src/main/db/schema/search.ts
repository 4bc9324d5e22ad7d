import type { Generated } from 'kysely';

/** The documents search indexes (the FTS5 tables over them are reached with fixed SQL). */
export interface SearchDocsTable {
  seq: Generated<number>;
  kind: string;
  doc_id: string;
  account_id: string | null;
  parent_id: string | null;
  title: string;
  body: string;
  hidden: number;
}

/** The search tables as kysely sees them. */
export interface SearchTables {
  search_docs: SearchDocsTable;
}
