import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousViolations, settled, signIn, type DemoRole } from './support';

/** How to open each route of src/app/router.tsx, and the heading it shows. */
const VISITS: Record<string, { open: (page: Page) => Promise<void>; heading: RegExp }> = {
  '/': { open: (page) => go(page, '/'), heading: /^Overview$/ },
  sales: { open: (page) => go(page, '/sales'), heading: /^Sales$/ },
  cash: { open: (page) => go(page, '/cash'), heading: /^Working capital & cash$/ },
  admin: { open: (page) => go(page, '/admin'), heading: /^Administration$/ },
  account: { open: (page) => go(page, '/account'), heading: /^Your account$/ },
  planning: { open: (page) => go(page, '/planning'), heading: /^Inventory planning$/ },
  forecasts: { open: (page) => go(page, '/forecasts'), heading: /^Forecasts$/ },
  'forecasts/series': { open: openFirstSeries, heading: /^Forecast of/ },
  alerts: { open: (page) => go(page, '/alerts'), heading: /^Alerts$/ },
  // Without a token the page says what the link is for and sends nothing.
  'notifications/acknowledge': {
    open: (page) => go(page, '/notifications/acknowledge'),
    heading: /^Acknowledge an alert$/,
  },
  integrations: { open: (page) => go(page, '/integrations'), heading: /^Integrations$/ },
  '*': { open: (page) => go(page, '/no-such-page'), heading: /^Page not found$/ },
};

async function go(page: Page, path: string): Promise<void> {
  await page.goto(path);
}

/** A series page needs a key: the first of the series list, as a user would open it. */
async function openFirstSeries(page: Page): Promise<void> {
  await page.goto('/forecasts');
  const first = page.getByRole('region', { name: 'Series table' }).getByRole('link').first();
  const none = page.getByText(/No forecast run has succeeded yet/);
  await expect(first.or(none)).toBeVisible();
  if (await none.isVisible()) {
    await page.goto('/forecasts/series');
  } else {
    await first.click();
  }
}

/** The routes router.tsx declares, so that a page added there without a visit here fails. */
function declaredRoutes(): string[] {
  const source = readFileSync(new URL('../src/app/router.tsx', import.meta.url), 'utf8');
  const paths = [...source.matchAll(/path: '([^']+)'/g)].map((match) => match[1] ?? '');
  return /index: true/.test(source) ? ['/', ...paths] : paths;
}

test('every route of the router has a visit in this spec', () => {
  expect(Object.keys(VISITS).sort()).toEqual(declaredRoutes().sort());
});

for (const role of ['MANAGER', 'ADMIN'] as const satisfies readonly DemoRole[]) {
  test(`every page and tab as ${role.toLowerCase()}: no serious or critical WCAG 2.1 AA violation`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signIn(page, role, '/');
    for (const [route, visit] of Object.entries(VISITS)) {
      await visit.open(page);
      await expect(page.getByRole('heading', { level: 1, name: visit.heading })).toBeVisible();
      await settled(page);
      await expectNoSeriousViolations(page, `${role} ${route}`);

      // Each tab of the page's own tab list (the first is the one just checked).
      const tabs = page.getByRole('main').getByRole('tablist').first().getByRole('tab');
      const count = await tabs.count();
      for (let index = 1; index < count; index += 1) {
        const tab = tabs.nth(index);
        const name = (await tab.textContent()) ?? String(index);
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
        await settled(page);
        await expectNoSeriousViolations(page, `${role} ${route} tab ${name}`);
      }
    }
  });
}
