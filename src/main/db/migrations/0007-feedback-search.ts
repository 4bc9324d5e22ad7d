import type { Migration } from '../migration';

/**
 * Feedback requests join the app-wide search: their own index table over `search_docs`, and a
 * document for every request written before, built as `indexRequest` builds it (the customer's
 * words as title; the why-chain in order, root cause and product area as body).
 */
export const feedbackSearch: Migration = {
  version: 7,
  name: 'feedback in search',
  up: (db) => {
    // The kind's full-text index exactly as shipped (frozen: later code never changes it).
    db.exec(`CREATE VIRTUAL TABLE search_fts_feedback USING fts5(
    title, body,
    content = 'search_docs', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6 7 8'
  );`);
    db.exec(`
      INSERT INTO search_docs (kind, doc_id, account_id, parent_id, title, body, hidden)
        SELECT 'feedback', r.id, r.account_id, NULL, r.request,
          (SELECT coalesce(group_concat(part, char(10)), '') FROM (
            SELECT answer AS part, position AS o FROM feedback_why_steps WHERE request_id = r.id
            UNION ALL SELECT r.root_cause, 1000000 WHERE r.root_cause <> ''
            UNION ALL SELECT r.product_area, 1000001 WHERE r.product_area <> ''
            ORDER BY o)),
          a.archived_at IS NOT NULL
        FROM feedback_requests r JOIN accounts a ON a.id = r.account_id ORDER BY r.created_at;
      INSERT INTO search_fts_feedback (rowid, title, body) SELECT seq, title, body FROM search_docs WHERE kind = 'feedback' AND hidden = 0;
    `);
  },
};
