import { describe, expect, it } from 'vitest';
import { READINESS_TEMPLATE } from '../../src/shared/checklist/template';
import { isReady, progressOf } from '../../src/shared/checklist/progress';
import { evidenceLink } from '../../src/shared/checklist/evidence';

/** Seed 000's "Production Readiness Checklist", line by line, with its typos fixed. */
const SEED_ITEMS = [
  'Landscape definition',
  'Logo, theme',
  'Custom Components',
  'Data Product Specification defined',
  'Naming conventions',
  'Fields descriptions are clear and speak to the user',
  'Fields defaults are provided whenever appropriate',
  'Fields required only when they are',
  'Values are inferred whenever possible',
  'Fields validations are reasonable, explained and provide useful errors',
  'Witty integrated when possible',
  'Only fields that the end user should modify are part of the template',
  'Documentation is included in the template',
  'Entity Pickers configured',
  'Reverse Provisioning Templates defined',
  'Tech Adapters',
  'Data Catalog Integration',
  'TA tested by platform team and ideally by beta tester on real scenarios',
  'TA provide clear errors and feedback',
  'Webhooks and integrations (if needed) working',
  'Blueprints',
  'Templates for access requests',
  'Process and access request template in place',
  'Templates include user-centric documentation',
  'Proper RBAC setup',
  'At least three groups (Platform, Control Plane, Marketplace Users)',
  'Initialized with a starter set of policies',
  'At least one specification validation policy in place',
  'Customized indexes, filters, heatmaps',
  'Custom Views',
  'Icons, fields, templates aligned with UX guidelines',
  'Clear, business oriented naming conventions',
  'Properly initialized for use and enforcement',
  'Settings and email configuration',
];

describe('the readiness template', () => {
  const items = READINESS_TEMPLATE.sections.flatMap((s) => s.items);

  it("holds every item of seed 000's checklist, in the seed's order, with the typos fixed", () => {
    expect(items.map((i) => i.text)).toEqual(SEED_ITEMS);
    expect(items.map((i) => i.text).join(' ')).not.toMatch(/deafults|busines\b|feedbacks/);
  });

  it("groups them under the seed's sections, in order", () => {
    expect(READINESS_TEMPLATE.sections.map((s) => s.title)).toEqual([
      'Practice Shaper',
      'Look & Feel',
      'Custom Components',
      'Templates configured',
      'Reverse Provisioning Templates',
      'Tech Adapters',
      'Blueprints',
      'Templates for access requests',
      'Request access authorization flow defined',
      'Documentation',
      'Administration',
      'Policies',
      'Marketplace',
      'Data Contract Settings',
      'Notification customizations',
    ]);
    const templates = READINESS_TEMPLATE.sections.find((s) => s.title === 'Templates configured');
    expect(templates?.items).toHaveLength(11);
  });

  it('makes "Tech Adapters" an item to tick, with the TA items as its sub-items', () => {
    const section = READINESS_TEMPLATE.sections.find((s) => s.title === 'Tech Adapters')!;
    const [head, ...subs] = section.items;
    expect(head).toMatchObject({ text: 'Tech Adapters' });
    expect(head!.parentKey).toBeUndefined();
    expect(subs.map((i) => i.parentKey)).toEqual([head!.key, head!.key, head!.key, head!.key]);
  });

  it('keeps the RBAC groups as a sub-item of "Proper RBAC setup"', () => {
    const groups = items.find((i) => i.text.startsWith('At least three groups'));
    expect(items.find((i) => i.key === groups?.parentKey)?.text).toBe('Proper RBAC setup');
  });

  it('has unique keys, each prefixed by its section, and parents that come first in the same section', () => {
    const keys = items.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    const sectionKeys = READINESS_TEMPLATE.sections.map((s) => s.key);
    expect(new Set(sectionKeys).size).toBe(sectionKeys.length);
    for (const s of READINESS_TEMPLATE.sections) {
      s.items.forEach((item, index) => {
        expect(item.key.startsWith(`${s.key}.`)).toBe(true);
        if (item.parentKey) expect(s.items.slice(0, index).map((i) => i.key)).toContain(item.parentKey);
      });
    }
  });
});

describe('readiness progress', () => {
  it('leaves not-applicable items out and rounds down', () => {
    expect(progressOf(['done', 'todo', 'in-progress', 'not-applicable'])).toEqual({ done: 1, applicable: 3, percent: 33 });
    expect(progressOf(['done', 'done', 'not-applicable'])).toEqual({ done: 2, applicable: 2, percent: 100 });
    const almost = progressOf([...Array<'done'>(999).fill('done'), 'todo']);
    expect(almost.percent).toBe(99);
  });

  it('is ready when every applicable item is done, and not when nothing applies', () => {
    expect(isReady(progressOf(['done', 'not-applicable']))).toBe(true);
    expect(isReady(progressOf(['done', 'in-progress']))).toBe(false);
    expect(isReady(progressOf(['not-applicable', 'not-applicable']))).toBe(false);
  });
});

describe('evidence links', () => {
  it('shows https links as links and everything else as text', () => {
    expect(evidenceLink(' https://gitlab.example.com/acme/templates/-/merge_requests/12 ')).toBe(
      'https://gitlab.example.com/acme/templates/-/merge_requests/12',
    );
    expect(evidenceLink('http://intranet/page')).toBeNull();
    expect(evidenceLink('javascript:alert(1)')).toBeNull();
    expect(evidenceLink('See https://x.example and the call notes')).toBeNull();
    expect(evidenceLink('Screenshot shared on the call')).toBeNull();
  });
});
