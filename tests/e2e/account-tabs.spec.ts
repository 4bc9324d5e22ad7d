import { test, expect } from './fixtures';
import { newAccount } from './account-steps';

test('an account’s thirteen tabs stay on one line in a 1280-wide window, and the chosen one is always in view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await newAccount(page, 'Bright Labs', '60000');
  const tabs = page.getByRole('tablist').first().getByRole('tab');
  await expect(tabs).toHaveCount(13);

  // One line: no label wraps onto two and no tab drops below the others.
  const boxes = await tabs.evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ top: r.top, height: r.height })));
  expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
  expect(new Set(boxes.map((b) => b.height)).size).toBe(1);

  const inView = (name: string) =>
    page.getByRole('tab', { name }).evaluate((tab) => {
      const list = tab.parentElement!.getBoundingClientRect();
      const box = tab.getBoundingClientRect();
      return box.left >= list.left - 0.5 && box.right <= list.right + 0.5;
    });

  // From Overview, ArrowLeft wraps to the last tab, scrolled into view; Home goes back to the first.
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'QBR' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('button', { name: 'Export QBR pack…' })).toBeVisible();
  await expect.poll(() => inView('QBR')).toBe(true);
  await page.keyboard.press('Home');
  await expect(page.getByRole('tab', { name: 'Overview' })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => inView('Overview')).toBe(true);
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'QBR' })).toBeFocused();
});
