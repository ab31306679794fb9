import { defineConfig } from '@playwright/test';

/**
 * End-to-end checks against a running platform (`./sentia up`), in Debian's Chromium: Playwright
 * downloads no browser here (scripts/e2e.sh installs the `chromium` package when it is missing).
 */
export default defineConfig({
  testDir: './e2e',
  // The screenshots are taken by scripts/screenshots.sh with playwright.screenshots.config.ts.
  testIgnore: ['screenshots/**'],
  timeout: 60_000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: process.env.SENTIA_URL ?? 'http://localhost:8080',
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    trace: 'retain-on-failure',
  },
  // Everything in light; in dark only what the theme changes (contrast for axe, the CSP and
  // figures of the smoke test), which keeps the suite within a few minutes on two cores.
  projects: [
    { name: 'light', use: { colorScheme: 'light' } },
    {
      name: 'dark',
      use: { colorScheme: 'dark' },
      testMatch: ['accessibility.spec.ts', 'smoke.spec.ts'],
    },
  ],
});
