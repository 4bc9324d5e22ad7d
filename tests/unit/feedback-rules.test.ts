import { describe, expect, it } from 'vitest';
import { CATEGORIES, defaultRouteFor } from '../../src/shared/feedback/classification';
import { FeedbackFields } from '../../src/shared/feedback/schema';
import { ftsQueryFromText } from '../../src/shared/feedback/similar-words';
import { checkTransition, nextStatuses, THEME_STATUSES } from '../../src/shared/feedback/theme-status';
import { cleanWhyChain, joinWhyChain, whyNudge } from '../../src/shared/feedback/why-chain';
import { pdfRequest } from '../support/feedback-fixtures';

describe('theme status rules', () => {
  it('walks new → under consideration → planned → shipped', () => {
    expect(checkTransition('new', 'under-consideration', null)).toEqual({ ok: true, reason: null });
    expect(checkTransition('under-consideration', 'planned', '  Q3 roadmap ')).toEqual({ ok: true, reason: 'Q3 roadmap' });
    expect(checkTransition('planned', 'shipped', '')).toEqual({ ok: true, reason: null });
  });

  it("refuses won't do without a reason, and keeps the reason when there is one", () => {
    for (const reason of [null, undefined, '', '   ']) {
      expect(checkTransition('new', 'wont-do', reason)).toMatchObject({ ok: false, field: 'reason' });
    }
    expect(checkTransition('planned', 'wont-do', 'Out of scope for the platform')).toEqual({
      ok: true,
      reason: 'Out of scope for the platform',
    });
  });

  it('refuses staying put and moves that skip backwards', () => {
    expect(checkTransition('planned', 'planned', null)).toMatchObject({ ok: false, field: 'status' });
    expect(checkTransition('shipped', 'new', null)).toMatchObject({ ok: false, field: 'status' });
    expect(checkTransition('wont-do', 'shipped', null)).toMatchObject({ ok: false, field: 'status' });
  });

  it('allows correcting a ship (shipped → planned) and reconsidering a rejection', () => {
    expect(checkTransition('shipped', 'planned', null).ok).toBe(true);
    expect(checkTransition('wont-do', 'under-consideration', null).ok).toBe(true);
  });

  it('offers from every status only moves that the check accepts', () => {
    for (const from of THEME_STATUSES) {
      for (const to of nextStatuses(from)) expect(checkTransition(from, to, 'because').ok).toBe(true);
    }
  });
});

describe('classification', () => {
  it("routes each category as seed 003's routing says", () => {
    expect(CATEGORIES.map((c) => [c, defaultRouteFor(c)])).toEqual([
      ['feature-request', 'pm'],
      ['bug', 'engineering'],
      ['ux-friction', 'pm'],
      ['docs-training-gap', 'support'],
      ['pricing', 'sales-finance'],
      ['competitive', 'competitive-intel'],
    ]);
  });
});

describe('why chain', () => {
  it('nudges for a first and a second why, then lets the CSM stop', () => {
    expect(whyNudge(0)).not.toBeNull();
    expect(whyNudge(1)).toMatch(/once more/);
    expect(whyNudge(2)).toBeNull();
  });

  it('drops blank steps but keeps the order', () => {
    expect(cleanWhyChain([' a ', '', 'b', '  '])).toEqual(['a', 'b']);
    expect(joinWhyChain(['To email it', 'No access'])).toBe('1. To email it → 2. No access');
  });

  it('accepts any number of steps up to twenty, and refuses an empty step', () => {
    expect(FeedbackFields.safeParse(pdfRequest({ whys: [] })).success).toBe(true);
    expect(FeedbackFields.safeParse(pdfRequest({ whys: Array.from({ length: 20 }, (_, i) => `why ${i}`) })).success).toBe(true);
    expect(FeedbackFields.safeParse(pdfRequest({ whys: Array.from({ length: 21 }, (_, i) => `why ${i}`) })).success).toBe(false);
    const blank = FeedbackFields.safeParse(pdfRequest({ whys: ['ok', '  '] }));
    expect(blank.success).toBe(false);
    expect(blank.error?.issues[0]?.path).toEqual(['whys', 1]);
  });

  it('refuses a request with no words and says so', () => {
    const r = FeedbackFields.safeParse(pdfRequest({ request: '   ' }));
    expect(r.error?.issues[0]?.message).toBe('Write down what the customer asked for, in their words');
  });
});

describe('similar-word query', () => {
  it('quotes every meaningful word so typed text is never FTS syntax', () => {
    expect(ftsQueryFromText('Why NOT "access" OR title:* NEAR(x)')).toBe('"access" OR "title" OR "near"');
    expect(ftsQueryFromText('why? to a')).toBeNull();
  });
});
