import { randomUUID } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountFields } from '../../src/shared/accounts/schema';
import type { ContactFields } from '../../src/shared/contacts/schema';
import type { SearchHit, SearchResult } from '../../src/shared/search/schema';
import { matchExpression, searchTerms } from '../../src/shared/search/query';
import { markMatches, snippetOf } from '../../src/shared/search/highlight';
import { archiveAccount, createAccount, restoreAccount, updateAccount } from '../../src/main/accounts/service';
import { createContact, removeContact, updateContact } from '../../src/main/contacts/service';
import { addActionItem, removeNote, restoreNote, saveNote } from '../../src/main/checkins/service';
import { removeTask, updateTask } from '../../src/main/tasks/service';
import { search } from '../../src/main/search/service';
import { openDatabase } from '../../src/main/db/open';
import { createStore } from '../../src/main/db/store';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { migrate } from '../../src/main/db/migrate';
import { contactFields } from '../support/records';
import { createTestStore, type TestStore } from '../support/test-store';

const now = new Date('2026-11-25T10:00:00.000Z');
const account = (name: string, over: Partial<AccountFields> = {}): AccountFields => ({
  name,
  arr: 50_000,
  segmentOverride: null,
  stage: 'Adoption',
  ownerCsm: 'Alex Moreau',
  contractStart: null,
  renewalDate: null,
  productVersion: '2.1.0',
  notes: '',
  ...over,
});
const contact = (name: string, over: Partial<ContactFields> = {}): ContactFields =>
  contactFields(name, { title: 'Platform Engineer', ...over });

let t: TestStore;
let accountId: string;
beforeEach(() => {
  t = createTestStore();
  accountId = createAccount(t.store, account('Zürich Insurance'), now).id;
});
afterEach(() => t.close());

const find = (text: string): SearchResult => search(t.store, { text });
const hits = (text: string, kind: SearchHit['kind']): SearchHit[] => find(text).groups.find((g) => g.kind === kind)?.hits ?? [];
const ids = (text: string, kind: SearchHit['kind']) => hits(text, kind).map((h) => h.id);
const note = (body: string, id = randomUUID(), baseRevision = 0) =>
  saveNote(t.store, { id, accountId, baseRevision, draft: { kind: 'ad-hoc', heldAt: now.toISOString(), attendees: [], body } }, now);

describe('search', () => {
  it('turns typed FTS syntax into plain words', () => {
    expect(searchTerms('"pdf export" -AND (zur* OR') ).toEqual(['pdf', 'export', 'AND', 'zur', 'OR']);
    expect(matchExpression('a pdf')).toBe('"a" "pdf"*');
    expect(matchExpression('  *** ')).toBe('');
  });

  it('never fails on quotes, *, -, AND, NOT or parentheses, and still finds the words', () => {
    note('The customer wants a "PDF export" (for email) - not a link');
    for (const text of ['"pdf', 'pdf*', '-export', 'AND', 'pdf AND', '(export', 'NOT pdf', 'NEAR(pdf', ')))', '"', '*', 'pdf: export', "o'brien", '^x']) {
      expect(() => find(text), text).not.toThrow();
    }
    expect(hits('"pdf export"', 'checkin-note')).toHaveLength(1);
    expect(hits('(email) -link', 'checkin-note')).toHaveLength(1);
  });

  it('ignores diacritics both ways: "zurich" finds Zürich and "muller" finds Müller', () => {
    createContact(t.store, accountId, contact('Jonas Müller'), now);
    expect(hits('zurich', 'account')[0]?.title.text).toBe('Zürich Insurance');
    expect(hits('muller', 'contact')[0]?.title.text).toBe('Jonas Müller');
    expect(hits('Zürich', 'account')).toHaveLength(1);
  });

  it('matches as you type: each word of two letters or more is a prefix', () => {
    note('Kubernetes cluster upgrade planned');
    for (const typed of ['ku', 'kub', 'kuber', 'kubernetes', 'kubernetes clu', 'up kub']) {
      expect(hits(typed, 'checkin-note'), typed).toHaveLength(1);
    }
    expect(hits('kubernetesx', 'checkin-note')).toHaveLength(0);
  });

  it('highlights the matching words as ranges of plain text, never markup', () => {
    note('Blockers: <b>none</b>; the Marketplace access process is slow');
    const [hit] = hits('market', 'checkin-note');
    expect(hit).toBeDefined();
    const { text, ranges } = hit!.snippet;
    expect(ranges.map(([a, b]) => text.slice(a, b))).toEqual(['Marketplace']);
    expect(text).toContain('<b>none</b>');
    expect(hit!.accountName).toBe('Zürich Insurance');
  });

  it('marks what matched with the same rules as the index, and cuts a snippet around the first match', () => {
    expect(markMatches('Zürich Insurance, Zurigo', ['zur']).ranges).toEqual([[0, 6], [18, 24]]);
    expect(markMatches('a b ab', ['a']).ranges).toEqual([[0, 1]]);
    const long = `${'intro words here '.repeat(20)}the kerberos gateway failed ${'tail '.repeat(60)}`;
    const s = snippetOf(long, ['kerberos']);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).toEqual(['kerberos']);
  });

  it('ranks a note that is about the word above one that mentions it in passing', () => {
    const passing = randomUUID();
    const about = randomUUID();
    note(`Long meeting about many things. ${'Other topics were covered at length. '.repeat(20)} Templates came up once.`, passing);
    note('Templates: icons reviewed. Templates: defaults agreed. New templates next sprint.', about);
    expect(ids('templates', 'checkin-note')).toEqual([about, passing]);
  });

  it('keeps notes in step: a new note is found, an edit replaces its words, a delete removes it, undo brings it back', () => {
    const id = randomUUID();
    note('Discussed blueprints', id);
    expect(ids('blueprints', 'checkin-note')).toEqual([id]);
    note('Discussed policies', id, 1);
    expect(ids('blueprints', 'checkin-note')).toEqual([]);
    expect(ids('policies', 'checkin-note')).toEqual([id]);
    removeNote(t.store, id, now);
    expect(ids('policies', 'checkin-note')).toEqual([]);
    restoreNote(t.store, id);
    expect(ids('policies', 'checkin-note')).toEqual([id]);
  });

  it('finds a note by who attended', () => {
    const id = randomUUID();
    saveNote(
      t.store,
      { id, accountId, baseRevision: 0, draft: { kind: 'training', heldAt: now.toISOString(), attendees: [{ contactId: null, name: 'Ingrid Jensen' }], body: 'Training day' } },
      now,
    );
    expect(ids('ingrid', 'checkin-note')).toEqual([id]);
  });

  it('keeps action items in step and points them at their note', () => {
    const noteId = randomUUID();
    note('Sync', noteId);
    const task = addActionItem(t.store, noteId, { title: 'Send the governance guide', owner: 'Giulia', dueOn: null }, now);
    expect(hits('governance', 'action-item')[0]).toMatchObject({ id: task.id, parentId: noteId, accountId });
    updateTask(t.store, task.id, { title: 'Send the policy guide', owner: 'Giulia', dueOn: null }, now);
    expect(hits('governance', 'action-item')).toHaveLength(0);
    expect(hits('policy guide', 'action-item')).toHaveLength(1);
    removeNote(t.store, noteId, now);
    expect(hits('policy', 'action-item')).toHaveLength(0);
    restoreNote(t.store, noteId);
    expect(hits('policy', 'action-item')).toHaveLength(1);
    removeTask(t.store, task.id);
    expect(hits('policy', 'action-item')).toHaveLength(0);
  });

  it('keeps accounts and contacts in step on create, edit, delete, archive and restore', () => {
    updateAccount(t.store, accountId, account('Zürich Versicherung'), now);
    expect(hits('insurance', 'account')).toHaveLength(0);
    expect(hits('versicherung', 'account')).toHaveLength(1);
    const c = createContact(t.store, accountId, contact('Søren Nielsen'), now);
    expect(ids('SØREN', 'contact')).toEqual([c.id]);
    updateContact(t.store, c.id, contact('Søren Nilsen'), now);
    expect(ids('nielsen', 'contact')).toEqual([]);
    note('Met Søren about themes');
    archiveAccount(t.store, accountId, now);
    expect(find('versicherung').groups).toEqual([]);
    expect(find('themes').groups).toEqual([]);
    expect(find('nilsen').groups).toEqual([]);
    restoreAccount(t.store, accountId, now);
    expect(hits('versicherung', 'account')).toHaveLength(1);
    expect(hits('themes', 'checkin-note')).toHaveLength(1);
    removeContact(t.store, c.id);
    expect(ids('nilsen', 'contact')).toEqual([]);
  });

  it('groups results by kind and ranks a title match first', () => {
    createAccount(t.store, account('Helios Energy', { notes: 'Sister company of Zürich Insurance' }), now);
    const groups = find('zurich').groups;
    expect(groups.map((g) => g.kind)).toEqual(['account']);
    expect(groups[0]?.hits.map((h) => h.title.text)).toEqual(['Zürich Insurance', 'Helios Energy']);
  });

  it('indexes the accounts and contacts of a book that existed before search', () => {
    const dir = t.dir;
    const raw = new BetterSqlite3(`${dir}/old.sqlite`);
    migrate(raw, MIGRATIONS.slice(0, 2));
    raw
      .prepare(
        `INSERT INTO accounts (id, name, name_key, arr_cents, segment, stage, owner_csm, created_at, updated_at) VALUES (?, 'Säntis Bank', 'säntis bank', 0, 'SMB', 'Adoption', 'Dana', ?, ?)`,
      )
      .run(randomUUID(), now.toISOString(), now.toISOString());
    raw.close();
    const upgraded = openDatabase(`${dir}/old.sqlite`);
    try {
      const hit = search(createStore(upgraded), { text: 'santis' }).groups[0]?.hits[0];
      expect(hit?.title.text).toBe('Säntis Bank');
    } finally {
      upgraded.close();
    }
  });
});

describe('search snippets', () => {
  it('read as plain text: no Markdown headings, bullets or emphasis marks', () => {
    const s = snippetOf('## Q&A\n### Blockers\n- **Marketplace** access requests', ['market']);
    expect(s.text).toBe('Marketplace access requests');
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).toEqual(['Marketplace']);
  });
});
