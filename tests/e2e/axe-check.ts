import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ALLOWED } from './a11y-allow';

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the app promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const THEMES = ['light', 'dark'] as const;

export interface Finding {
  screen: string;
  theme: (typeof THEMES)[number];
  rule: string;
  impact: string;
  target: string;
  summary: string;
}

/**
 * Runs axe over the page as it is now, in both themes, and returns every violation that the
 * allow-list doesn't explain. `checked` counts the screen × theme pairs looked at.
 */
export function axeTour(page: Page) {
  const findings: Finding[] = [];
  let checked = 0;
  return {
    findings,
    get checked() {
      return checked;
    },
    async check(screen: string) {
      for (const theme of THEMES) {
        // Reduced motion (which the app honours) keeps a toast that starts to leave while axe
        // reads a slow, shared machine from being measured half-transparent.
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        // Let entrances and fades finish: a half-faded toast has no meaningful contrast.
        await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
        const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        checked += 1;
        for (const v of result.violations) {
          for (const node of v.nodes) {
            const allowed = await Promise.all(
              ALLOWED.filter((a) => a.rule === v.id).map((a) =>
                page.evaluate(([target, selector]) => document.querySelector(target)?.matches(selector) ?? false, [String(node.target[0]), a.selector] as const),
              ),
            );
            if (allowed.some(Boolean)) continue;
            findings.push({ screen, theme, rule: v.id, impact: v.impact ?? '', target: node.target.join(' '), summary: node.failureSummary ?? '' });
          }
        }
      }
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
    },
  };
}

/** One line per finding, for a failure message a person can act on. */
export function describeFindings(findings: readonly Finding[]): string {
  return findings.map((f) => `[${f.rule}, ${f.impact}] ${f.screen} (${f.theme}): ${f.target}\n    ${f.summary.replace(/\n/g, '\n    ')}`).join('\n');
}
