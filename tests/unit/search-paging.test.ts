import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snippetOf } from '../../src/shared/search/highlight';
import { createAccount } from '../../src/main/accounts/service';
import { saveNote } from '../../src/main/checkins/service';
import { COUNT_CAP, RANK_WINDOW, search } from '../../src/main/search/service';
import { accountFields } from '../support/records';
import { createTestStore, type TestStore } from '../support/test-store';

const now = new Date('2026-11-25T10:00:00.000Z');
let t: TestStore;
let accountId: string;
beforeEach(() => {
  t = createTestStore();
  accountId = createAccount(t.store, accountFields(), now).id;
});
afterEach(() => t.close());

const note = (body: string, heldAt = now.toISOString()) => {
  const id = randomUUID();
  saveNote(t.store, { id, accountId, baseRevision: 0, draft: { kind: 'bi-weekly-sync', heldAt, attendees: [], body } }, now);
  return id;
};
const notesGroup = (text: string, extra: { limit?: number; offset?: number } = {}) =>
  search(t.store, { text, kinds: ['checkin-note'], ...extra }).groups[0];

describe('search results say how many match and page through all of them', () => {
  it('counts the matches of each kind, beyond the five shown', () => {
    for (let i = 0; i < 12; i++) note(`Kerberos ticket ${i}`);
    const result = search(t.store, { text: 'kerberos' });
    expect(result.groups).toEqual([expect.objectContaining({ kind: 'checkin-note', total: 12, rankedAll: true })]);
    expect(result.groups[0]!.hits).toHaveLength(5);
  });

  it('pages through every match in rank order, so an old but far better match is found', () => {
    const best = note('Platform platform platform: the platform migration plan', '2024-01-10T09:00:00.000Z');
    t.store.tx(() => {
      for (let i = 0; i < RANK_WINDOW + 20; i++) note(`Weekly sync. ${'Many other topics were discussed at length. '.repeat(4)} Platform mentioned once.`);
    });
    const quick = notesGroup('platform')!;
    expect(quick.total).toBe(RANK_WINDOW + 21);
    expect(quick.rankedAll).toBe(false);
    expect(quick.hits.map((h) => h.id)).not.toContain(best);

    const firstPage = notesGroup('platform', { limit: 25, offset: 0 })!;
    expect(firstPage.rankedAll).toBe(true);
    expect(firstPage.hits[0]!.id).toBe(best);
    const seen = new Set<string>();
    for (let offset = 0; offset < quick.total; offset += 25) {
      for (const hit of notesGroup('platform', { limit: 25, offset })!.hits) seen.add(hit.id);
    }
    expect(seen.size).toBe(quick.total);
    expect(notesGroup('platform', { limit: 25, offset: quick.total })!.hits).toEqual([]);
  });

  it('stops counting at 1,000 in the palette and says there are more; the full view counts them all', () => {
    t.store.tx(() => {
      for (let i = 0; i < COUNT_CAP + 5; i++) note(`Platform sync ${i}`);
    });
    expect(notesGroup('platform')).toMatchObject({ total: COUNT_CAP, totalCapped: true });
    expect(notesGroup('platform', { offset: 0 })).toMatchObject({ total: COUNT_CAP + 5, totalCapped: false });
  });

  it('gives a note result its day apart from its title, for the window to write in its own date format', () => {
    note('Kerberos ticket', '2026-11-19T10:00:00.000Z');
    const hit = notesGroup('kerberos')!.hits[0]!;
    expect(hit.title.text).toBe('Bi-weekly sync');
    expect(hit.day).toBe('2026-11-19');
    expect(notesGroup('2026 11 19')?.hits).toHaveLength(1);
  });
});

describe('search snippets show the matching passage', () => {
  it("not a template heading that every note repeats", () => {
    const body = '## Health score\n\n- Health score holding at 72\n\n## Q&A\n\n### Blockers\n\n- Kerberos gateway rejects service tickets';
    const s = snippetOf(body, ['kerberos']);
    expect(s.text).toBe('…Kerberos gateway rejects service tickets');
    expect(snippetOf(body, ['health']).text.startsWith('Health score holding at 72')).toBe(true);
  });

  it('the passage holding most of the words searched for', () => {
    const body = `Gateway was mentioned. ${'Unrelated filler words here. '.repeat(12)}The kerberos gateway failed twice.`;
    const s = snippetOf(body, ['kerberos', 'gateway']);
    expect(s.ranges.map(([a, b]) => s.text.slice(a, b))).toEqual(['kerberos', 'gateway']);
  });

  it('a heading when only a heading matched', () => {
    expect(snippetOf('## Blueprints\n\n- nothing new', ['blueprints']).text).toBe('Blueprints nothing new');
  });
});
