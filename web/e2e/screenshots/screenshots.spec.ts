import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { settled, signIn, type DemoRole } from '../support';

/** The pages shown in web/docs, with who opens them and where. */
const PAGES: { name: string; title: string; role: DemoRole; path: string }[] = [
  { name: 'overview', title: 'Overview', role: 'MANAGER', path: '/' },
  { name: 'sales', title: 'Sales', role: 'MANAGER', path: '/sales' },
  { name: 'forecasts', title: 'Forecasts', role: 'MANAGER', path: '/forecasts' },
  { name: 'forecast-series', title: 'Forecast of a series', role: 'MANAGER', path: 'first series' },
  { name: 'planning', title: 'Inventory planning', role: 'MANAGER', path: '/planning' },
  { name: 'cash', title: 'Working capital & cash', role: 'MANAGER', path: '/cash' },
  { name: 'alerts', title: 'Alerts', role: 'MANAGER', path: '/alerts' },
  { name: 'integrations', title: 'Integrations', role: 'MANAGER', path: '/integrations' },
  { name: 'admin', title: 'Administration', role: 'ADMIN', path: '/admin' },
  { name: 'account', title: 'Your account', role: 'MANAGER', path: '/account' },
];
const THEMES = ['light', 'dark'] as const;
const DOCS = new URL('../../docs/', import.meta.url);

async function open(page: Page, path: string): Promise<void> {
  if (path !== 'first series') {
    await page.goto(path);
    return;
  }
  await page.goto('/forecasts');
  const first = page.getByRole('region', { name: 'Series table' }).getByRole('link').first();
  await expect(first).toBeVisible();
  await first.click();
}

/** The page once it stops changing (charts animate in): two shots in a row alike. */
async function stableShot(page: Page): Promise<Buffer> {
  let previous = await page.screenshot({ animations: 'disabled' });
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const next = await page.screenshot({ animations: 'disabled' });
    if (next.equals(previous)) {
      return next;
    }
    previous = next;
  }
  return previous;
}

async function signedIn(browser: Browser, role: DemoRole, theme: (typeof THEMES)[number]) {
  const context = await browser.newContext({
    colorScheme: theme,
    viewport: { width: 1440, height: 900 },
  });
  const page = await context.newPage();
  await signIn(page, role, '/');
  return page;
}

for (const theme of THEMES) {
  test(`every page in the ${theme} theme`, async ({ browser }) => {
    mkdirSync(new URL('screenshots/', DOCS), { recursive: true });
    const pages = new Map<DemoRole, Page>();
    for (const shown of PAGES) {
      const page = pages.get(shown.role) ?? (await signedIn(browser, shown.role, theme));
      pages.set(shown.role, page);
      await open(page, shown.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await settled(page);
      writeFileSync(
        new URL(`screenshots/${shown.name}-${theme}.png`, DOCS),
        await stableShot(page),
      );
    }
  });
}

test.afterAll(() => {
  const rows = PAGES.map(
    (shown) =>
      `| ${shown.title} | ${THEMES.map((theme) => `![${shown.title}, ${theme}](screenshots/${shown.name}-${theme}.png)`).join(' | ')} |`,
  );
  writeFileSync(
    new URL('README.md', DOCS),
    [
      '# Sentia in pictures',
      '',
      'Every page of the web app on the demo tenant (*Highland & Harbour Spirits*), signed in as its',
      'manager (its admin for Administration), at 1440×900, in the light and the dark theme (the app',
      'follows the system). Written by `web/scripts/screenshots.sh` against a running platform; run it',
      'again after a change to a page and commit the pictures.',
      '',
      '| page | light | dark |',
      '|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
});
