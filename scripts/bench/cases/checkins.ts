import { TIMELINE_SQL } from '../../../src/main/checkins/repository';
import type { BenchBook } from '../book';
import { APP_URL } from '../book';
import type { BenchCase } from '../measure';

export function timelineCase(book: BenchBook): BenchCase {
  const db = book.runtime.store!.sqlite;
  const notes = db.prepare(TIMELINE_SQL.page);
  const tasks = db.prepare(TIMELINE_SQL.actionItems);
  let accountId = book.accountIds[0]!;
  return {
    name: "open an account's check-in timeline (50 notes)",
    iterations: 400,
    next: (i) => {
      accountId = book.accountIds[(i * 7919) % book.accountIds.length]!;
    },
    handler: async () => {
      const result = await book.runtime.invoke('checkins:list', APP_URL, { accountId });
      if (!result.ok) throw new Error(result.error.message);
    },
    bare: () => {
      const rows = notes.all(accountId, 51) as { id: string }[];
      return tasks.all(JSON.stringify(rows.slice(0, 50).map((r) => r.id)));
    },
  };
}

interface NoteRow {
  id: string;
  account_id: string;
  kind: string;
  held_at: string;
  attendees: string;
  body: string;
  revision: number;
}

/** The statements of saveNote + indexDocument for an edit, as plain SQL in one transaction. */
function bareSave(book: BenchBook) {
  const db = book.runtime.store!.sqlite;
  const select = db.prepare('SELECT * FROM checkin_notes WHERE id = ?');
  const update = db.prepare('UPDATE checkin_notes SET kind = ?, held_at = ?, attendees = ?, body = ?, revision = ?, updated_at = ? WHERE id = ?');
  const findDoc = db.prepare('SELECT seq, title, body, hidden FROM search_docs WHERE kind = ? AND doc_id = ?');
  const unindex = db.prepare(`INSERT INTO search_fts_checkin_note (search_fts_checkin_note, rowid, title, body) VALUES ('delete', ?, ?, ?)`);
  const dropDoc = db.prepare('DELETE FROM search_docs WHERE seq = ?');
  const archived = db.prepare('SELECT archived_at FROM accounts WHERE id = ?');
  const addDoc = db.prepare('INSERT INTO search_docs (kind, doc_id, account_id, parent_id, title, body, hidden) VALUES (?, ?, ?, NULL, ?, ?, 0)');
  const index = db.prepare('INSERT INTO search_fts_checkin_note (rowid, title, body) VALUES (?, ?, ?)');
  return db.transaction((id: string, body: string, at: string) => {
    const row = select.get(id) as NoteRow;
    update.run(row.kind, row.held_at, row.attendees, body, row.revision + 1, at, id);
    const doc = findDoc.get('checkin-note', id) as { seq: number; title: string; body: string };
    unindex.run(doc.seq, doc.title, doc.body);
    dropDoc.run(doc.seq);
    archived.get(row.account_id);
    const added = addDoc.run('checkin-note', id, row.account_id, doc.title, body);
    index.run(added.lastInsertRowid, doc.title, body);
  });
}

export function saveCase(book: BenchBook): BenchCase {
  const db = book.runtime.store!.sqlite;
  const pick = db.prepare(`SELECT * FROM checkin_notes WHERE kind = 'bi-weekly-sync' ORDER BY held_at DESC LIMIT 2`).all() as NoteRow[];
  const [mine, theirs] = pick as [NoteRow, NoteRow];
  const save = bareSave(book);
  let revision = mine.revision;
  let body = mine.body;
  // Both sides write the same text, so neither indexes more words than the other.
  let bareBody = mine.body;
  let typed = 0;
  return {
    name: 'save a note draft (durable, with its search update)',
    iterations: 300,
    handler: async () => {
      body += ` word${typed++}`;
      const result = await book.runtime.invoke('checkins:save', APP_URL, {
        id: mine.id,
        accountId: mine.account_id,
        baseRevision: revision,
        draft: { kind: mine.kind, heldAt: mine.held_at, attendees: JSON.parse(mine.attendees), body },
      });
      if (!result.ok) throw new Error(result.error.message);
      revision = (result.value as { revision: number }).revision;
    },
    bare: () => {
      bareBody += ` word${typed}`;
      save(theirs.id, bareBody, new Date().toISOString());
    },
  };
}

