import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/** scripts/screenshots.sh: the pages for web/docs, not a test run (npm run e2e leaves it out). */
export default defineConfig({
  ...base,
  testDir: './e2e/screenshots',
  testIgnore: [],
  timeout: 180_000,
  projects: [{ name: 'screenshots', use: { viewport: { width: 1440, height: 900 } } }],
});
