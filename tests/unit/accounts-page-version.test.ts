import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { accountsPage } from '../../src/main/accounts/repository';
import { listAccountRows } from '../../src/main/accounts/service';
import { compareVersions } from '../../src/shared/growth/version';
import { versionSortKey } from '../../src/shared/growth/version-key';
import { ACCOUNT_SORT_KEYS } from '../../src/shared/accounts/schema';
import { createTestStore, type TestStore } from '../support/test-store';
import { account } from '../support/feedback-fixtures';

let t: TestStore;
beforeEach(() => (t = createTestStore()));
afterEach(() => t.close());

const keyOrder = (a: string, b: string) => {
  const ka = versionSortKey(a);
  const kb = versionSortKey(b);
  if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/** Versions as people write them: a "v" or not, two or three parts, pre-releases, build metadata, junk. */
const versionText = fc.oneof(
  fc
    .tuple(
      fc.boolean(),
      fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 3 }),
      fc.array(fc.oneof(fc.integer({ min: 0, max: 2_000 }).map(String), fc.constantFrom('rc', 'alpha', 'beta', 'a-b', 'RC', '0a', '007')), { maxLength: 3 }),
      fc.constantFrom('', '+build.5'),
    )
    .map(([v, parts, pre, build]) => `${v ? 'v' : ''}${parts.join('.')}${pre.length ? `-${pre.join('.')}` : ''}${build}`),
  fc.constantFrom('', 'latest', '2.x', '1..2'),
);

describe('the installed version in SQL order', () => {
  it('orders every pair of versions as growth compares them', () => {
    fc.assert(
      fc.property(versionText, versionText, (a, b) => {
        expect(keyOrder(a, b)).toBe(Math.sign(compareVersions(a, b)));
      }),
      { numRuns: 3_000 },
    );
    expect(keyOrder('2.10.0', '2.9.3')).toBe(1);
    expect(keyOrder('2.10.0-rc.10', '2.10.0-rc.9')).toBe(1);
    expect(keyOrder('2.10.0-rc.1', '2.10.0')).toBe(-1);
    expect(keyOrder('v2.10', '2.10.0')).toBe(0);
  });
});

describe('a page of the accounts table by installed version', () => {
  function book() {
    const versions = ['2.9.3', '2.2.0', '2.10.0', '', '2.10.0-rc.2', 'v3.0', '10.0.1', 'latest', '2.9.10'];
    versions.forEach((v, i) => account(t.store, `Account ${i}`, 1_000 * (i + 1), { productVersion: v, ownerCsm: i % 2 ? 'Søren' : 'Alex' }));
  }

  it('sorts semantically in SQL, unknown versions last both ways, one page at a time', () => {
    book();
    const page = (direction: 'asc' | 'desc', offset: number) =>
      accountsPage(t.store, { sort: 'productVersion', direction, offset, limit: 4 });
    expect([0, 4, 8].flatMap((o) => page('asc', o).rows.map((r) => r.productVersion))).toEqual([
      '2.2.0', '2.9.3', '2.9.10', '2.10.0-rc.2', '2.10.0', 'v3.0', '10.0.1', '', 'latest',
    ]);
    expect([0, 4, 8].flatMap((o) => page('desc', o).rows.map((r) => r.productVersion))).toEqual([
      '10.0.1', 'v3.0', '2.10.0', '2.10.0-rc.2', '2.9.10', '2.9.3', '2.2.0', '', 'latest',
    ]);
    expect(page('asc', 0).total).toBe(9);
  });

  it('filters to versions older than the one typed, with the true total, together with the text filter', () => {
    book();
    const older = accountsPage(t.store, { olderThan: '2.10', sort: 'productVersion', direction: 'asc', offset: 0, limit: 2 });
    expect(older.total).toBe(4);
    expect(older.rows.map((r) => r.productVersion)).toEqual(['2.2.0', '2.9.3']);
    // Søren owns the odd-numbered accounts; "soren" finds them, folded like search.
    const olderOfSoren = accountsPage(t.store, { olderThan: '3.1', query: 'soren', offset: 0, limit: 50 });
    expect(olderOfSoren.rows.map((r) => [r.name, r.productVersion])).toEqual([
      ['Account 1', '2.2.0'],
      ['Account 5', 'v3.0'],
    ]);
    expect(olderOfSoren.total).toBe(2);
  });

  it('gives the whole list the same order and rows as its pages', () => {
    book();
    const input = { sort: 'productVersion', direction: 'desc', olderThan: '3.0.0' } as const;
    const whole = listAccountRows(t.store, input).map((r) => r.id);
    const paged = [0, 3].flatMap((offset) => accountsPage(t.store, { ...input, offset, limit: 3 }).rows.map((r) => r.id));
    expect(paged).toEqual(whole);
    expect(whole).toHaveLength(5);
  });

  it('pages through every column’s order exactly as the whole list runs, both ways', () => {
    book();
    for (const sort of ACCOUNT_SORT_KEYS) {
      for (const direction of ['asc', 'desc'] as const) {
        const whole = listAccountRows(t.store, { sort, direction }).map((r) => r.id);
        const paged = [0, 4, 8].flatMap((offset) => accountsPage(t.store, { sort, direction, offset, limit: 4 }).rows.map((r) => r.id));
        expect(paged, `${sort} ${direction}`).toEqual(whole);
      }
    }
  });
});
