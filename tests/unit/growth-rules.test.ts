import { describe, expect, it } from 'vitest';
import { compareVersions, isOlderThan, normaliseVersion, parseVersion } from '../../src/shared/growth/version';
import { JUST_ONBOARDED_DAYS, justOnboarded, upsellGuardrails, type GuardrailFacts } from '../../src/shared/growth/guardrails';
import { releaseEmailDraft } from '../../src/shared/growth/release-draft';
import { addDays } from '../../src/shared/dates/iso-date';
import { isMoveOn } from '../../src/shared/growth/schema';

describe('product versions', () => {
  it('orders 2.10.0 after 2.9.3, part by part as numbers', () => {
    expect(compareVersions('2.10.0', '2.9.3')).toBeGreaterThan(0);
    expect(compareVersions('2.9.3', '2.10.0')).toBeLessThan(0);
    expect(compareVersions('10.0.0', '9.99.99')).toBeGreaterThan(0);
    expect(compareVersions('1.2.10', '1.2.9')).toBeGreaterThan(0);
  });

  it('treats a leading v and missing parts as the same version', () => {
    expect(compareVersions('v2.10', '2.10.0')).toBe(0);
    expect(normaliseVersion(' v3 ')).toBe('3.0.0');
  });

  it('puts a pre-release before its release, numerically', () => {
    expect(compareVersions('2.10.0-rc.1', '2.10.0')).toBeLessThan(0);
    expect(compareVersions('2.10.0-rc.10', '2.10.0-rc.9')).toBeGreaterThan(0);
    expect(compareVersions('2.10.0-alpha', '2.10.0-beta')).toBeLessThan(0);
    expect(compareVersions('2.10.0-rc.1', '2.9.9')).toBeGreaterThan(0);
  });

  it('sorts an unknown version after every real one and never calls it older', () => {
    expect(parseVersion('latest')).toBeNull();
    expect(parseVersion('')).toBeNull();
    expect(parseVersion('2.x')).toBeNull();
    expect(compareVersions('', '1.0.0')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', 'unknown')).toBeLessThan(0);
    expect(isOlderThan('', '2.0.0')).toBe(false);
    expect(isOlderThan('2.9.3', '2.10.0')).toBe(true);
    expect(isOlderThan('2.10.0', '2.10.0')).toBe(false);
  });

  it('sorts a mixed list the way a CSM expects', () => {
    const sorted = ['2.10.0', '', '2.9.3', '2.2.0', 'v3.0', '2.10.0-rc.2'].sort(compareVersions);
    expect(sorted).toEqual(['2.2.0', '2.9.3', '2.10.0-rc.2', '2.10.0', 'v3.0', '']);
  });
});

const calm: GuardrailFacts = {
  today: '2026-06-01',
  contractStart: '2025-01-01',
  openP1P2Tickets: 0,
  openEscalations: 0,
  health: { tier: 'green', trend: 'flat' },
  unresolvedComplaints: 0,
};

describe('when not to upsell (seed 003)', () => {
  it('says nothing for a settled, healthy account', () => {
    expect(upsellGuardrails(calm)).toEqual([]);
    expect(upsellGuardrails({ ...calm, health: null, contractStart: null })).toEqual([]);
  });

  it('holds for the first 90 days after the contract start and not on day 90', () => {
    expect(justOnboarded(calm.today, calm.today)).toBe(true);
    expect(justOnboarded(addDays(calm.today, -(JUST_ONBOARDED_DAYS - 1)), calm.today)).toBe(true);
    expect(justOnboarded(addDays(calm.today, -JUST_ONBOARDED_DAYS), calm.today)).toBe(false);
    // A contract that starts later is not "just onboarded" yet.
    expect(justOnboarded(addDays(calm.today, 5), calm.today)).toBe(false);
    const [g] = upsellGuardrails({ ...calm, contractStart: addDays(calm.today, -89) });
    expect(g).toEqual({ code: 'just-onboarded', reason: 'Just onboarded: the contract started 89 days ago (first 90 days).' });
  });

  it('names open P1/P2 tickets and escalations from one upward', () => {
    expect(upsellGuardrails({ ...calm, openP1P2Tickets: 1 }).map((g) => g.reason)).toEqual(['1 P1/P2 ticket is open.']);
    expect(upsellGuardrails({ ...calm, openP1P2Tickets: 3, openEscalations: 1 }).map((g) => g.reason)).toEqual([
      '3 P1/P2 tickets are open.',
      '1 escalation is open.',
    ]);
  });

  it('warns when health is red or falling, not when yellow and steady', () => {
    expect(upsellGuardrails({ ...calm, health: { tier: 'yellow', trend: 'flat' } })).toEqual([]);
    expect(upsellGuardrails({ ...calm, health: { tier: 'red', trend: 'up' } })[0]?.reason).toBe('Health is red.');
    expect(upsellGuardrails({ ...calm, health: { tier: 'green', trend: 'down' } })[0]?.reason).toBe('Health is falling.');
    expect(upsellGuardrails({ ...calm, health: { tier: 'red', trend: 'down' } })[0]?.reason).toBe('Health is red and falling.');
  });

  it('names unresolved complaints', () => {
    expect(upsellGuardrails({ ...calm, unresolvedComplaints: 2 })).toEqual([{ code: 'complaint', reason: '2 complaints are unresolved.' }]);
  });

  it('counts a move towards closing as moving on, and a loss never', () => {
    expect(isMoveOn(null, 'identified')).toBe(true);
    expect(isMoveOn('identified', 'proposal')).toBe(true);
    expect(isMoveOn('proposal', 'qualified')).toBe(false);
    expect(isMoveOn('proposal', 'proposal')).toBe(false);
    expect(isMoveOn('negotiation', 'lost')).toBe(false);
  });
});

describe('the release email draft', () => {
  it('names the version, the highlights and what the account asked for', () => {
    const text = releaseEmailDraft({
      accountName: 'Acme',
      greeting: 'Dana',
      version: '2.10.0',
      releasedOn: '2026-11-30',
      highlights: '- Faster exports\n\n* SSO for admins',
      asked: ['Bulk export to CSV'],
      sender: 'Sam CSM',
    });
    expect(text).toContain('Subject: Version 2.10.0 is out');
    expect(text).toContain('Hi Dana,');
    expect(text).toContain('- Faster exports\n- SSO for admins');
    expect(text).toContain('What you asked us for is now there:\n- Bulk export to CSV');
    expect(text.endsWith('Sam CSM')).toBe(true);
  });

  it('greets the team and offers a demo without claiming a request when none shipped', () => {
    const text = releaseEmailDraft({ accountName: 'Acme', greeting: '', version: '3.0.0', releasedOn: '2026-11-30', highlights: '', asked: [], sender: '' });
    expect(text).toContain('Hi Acme team,');
    expect(text).not.toContain('asked');
    expect(text).not.toContain('Highlights');
  });
});
