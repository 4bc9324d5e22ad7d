import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * WCAG 2.2 contrast of the design tokens, computed from tokens.css itself, so a token added or
 * changed later is held to the same rule: text ≥ 4.5:1 (1.4.3) on every background it can sit
 * on, the focus indicator ≥ 3:1 (1.4.11) against every background, in both themes.
 */
const css = readFileSync(join(__dirname, '../../src/renderer/src/styles/tokens.css'), 'utf8');

type Theme = Record<string, string>;

function hexTokens(block: string): Theme {
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2]!.toLowerCase()]));
}

function themes(): { light: Theme; dark: Theme } {
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  if (darkStart < 0) throw new Error('tokens.css has no dark theme block');
  const light = hexTokens(css.slice(0, darkStart));
  // The dark block overrides colours; everything else is inherited from :root.
  return { light, dark: { ...light, ...hexTokens(css.slice(darkStart)) } };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The surfaces text sits on anywhere in the app. */
const BACKGROUNDS = ['--bg', '--bg-subtle', '--bg-sidebar', '--bg-hover', '--bg-selected', '--bg-elevated'];

/** Colours used for text on those surfaces: body text, links, states, tiers. */
const TEXT = [
  '--text',
  '--text-muted',
  '--text-faint',
  '--accent',
  '--ok',
  '--warn',
  '--danger',
  '--info',
  '--seg-enterprise',
  '--seg-midmarket',
  '--seg-smb',
];

/** Text that sits on its own filled background (buttons, badges, toasts). */
const PAIRS: [text: string, background: string][] = [
  ['--accent-text', '--accent'],
  ['--accent-text', '--accent-hover'],
  ['--accent-text-quiet', '--accent'],
  ['--accent-text-quiet', '--accent-hover'],
  ['--danger-text', '--danger'],
  ['--text', '--accent-soft'],
  ['--text-muted', '--neutral-soft'],
  ['--ok', '--ok-soft'],
  ['--warn', '--warn-soft'],
  ['--danger', '--danger-soft'],
  ['--info', '--info-soft'],
  ['--seg-enterprise', '--seg-enterprise-soft'],
  ['--seg-midmarket', '--seg-midmarket-soft'],
  ['--seg-smb', '--seg-smb-soft'],
  // Toasts invert the page: page-coloured text on a text-coloured card.
  ['--bg', '--text'],
];

describe.each(['light', 'dark'] as const)('the %s theme', (name) => {
  const theme = themes()[name];
  const value = (token: string) => {
    const v = theme[token];
    if (!v) throw new Error(`${token} is not a #rrggbb colour in the ${name} theme`);
    return v;
  };
  const failures = (pairs: [string, string][], minimum: number) =>
    pairs
      .map(([fg, bg]) => ({ fg, bg, ratio: Math.round(contrast(value(fg), value(bg)) * 100) / 100 }))
      .filter((p) => p.ratio < minimum)
      .map((p) => `${p.fg} on ${p.bg}: ${p.ratio}:1`);

  it('has every text colour at 4.5:1 or more on every background', () => {
    expect(failures(TEXT.flatMap((t) => BACKGROUNDS.map((b): [string, string] => [t, b])), 4.5)).toEqual([]);
  });

  it('has text on filled buttons, badges and toasts at 4.5:1 or more', () => {
    expect(failures(PAIRS, 4.5)).toEqual([]);
  });

  it('has a focus ring at 3:1 or more against every background', () => {
    expect(failures(BACKGROUNDS.map((b): [string, string] => ['--focus-color', b]), 3)).toEqual([]);
  });
});

describe('the contrast formula', () => {
  it('matches the WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 on white is the well-known lightest grey that passes AA: 4.54:1.
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
