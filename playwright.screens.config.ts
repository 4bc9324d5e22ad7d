import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** `npm run screenshots`: renders each screen at 1280×800 and 1920×1080, light and dark, into docs/screenshots. */
export default defineConfig({
  ...base,
  reporter: 'list',
  projects: [{ name: 'screens', testMatch: 'screens/**/*.spec.ts' }],
});
