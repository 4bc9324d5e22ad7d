import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests run the built renderer and preload in Debian's Chromium, with main's real
 * handlers and a real SQLite file (see tests/e2e/fixtures.ts). `tests/electron` drives the real
 * Electron app where its binary exists and skips, saying why, where it doesn't.
 */
export default defineConfig({
  testDir: 'tests',
  outputDir: 'test-results',
  // Generous: a 2-core CI machine runs two workers, each a Chromium plus SQLite.
  timeout: 60_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 1,
  // One retry on CI: a test that passes only on its retry is reported as flaky by npm test, not hidden.
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'e2e', testMatch: 'e2e/**/*.spec.ts' },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
});
