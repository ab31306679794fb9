import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, signIn } from './support';

/** The Overview's default period: the last 30 days up to today, in local calendar days. */
function last30Days(): { from: string; to: string } {
  const day = (date: Date) =>
    `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const today = new Date();
  const from = new Date(today);
  from.setDate(from.getDate() - 29);
  return { from: day(from), to: day(today) };
}

test('a manager signs in, returns to the page asked for, and sees the overview with the API’s figures', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') {
      errors.push(message.text());
    }
  });

  await signIn(page, 'MANAGER', '/cash');
  // The gateway kept the page opened without a session; the app drops Spring Security's marker.
  await expect(page).toHaveURL(/\/cash$/);
  await expect(page.getByRole('heading', { name: 'Working capital & cash' })).toBeVisible();
  await expect(page.getByRole('table', { name: '13-week cash outlook' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Overview', exact: true })
    .click();
  const revenue = page
    .getByRole('article', { name: 'Revenue' })
    .and(page.locator(':not([aria-busy])'));
  const { from, to } = last30Days();
  // The same call the page makes, with the browser's session: the tile shows what the API answered.
  const answer = await page.request.get(
    `/api/analytics/v1/sales?from=${from}&to=${to}&groupBy=total`,
  );
  expect(answer.ok()).toBe(true);
  const report = (await answer.json()) as {
    baseCurrency: string;
    totals: { current: { totals: { revenue: number | string } } };
  };
  const expected = await page.evaluate(
    ([value, currency]) =>
      new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(Number(value)),
    [String(report.totals.current.totals.revenue), report.baseCurrency] as const,
  );
  await expect(revenue).toContainText(expected);
  await expectNoSeriousViolations(page);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Sales', exact: true })
    .click();
  await expect(page.getByRole('region', { name: /^Sales by/ }).first()).toBeVisible();
  await expectNoSeriousViolations(page);

  // No Content-Security-Policy refusal or script error on the way.
  expect(errors.filter((text) => /Content Security Policy|Refused to/.test(text))).toEqual([]);
});

test('the overview is interactive soon after navigation (measured, not asserted)', async ({
  page,
}, testInfo) => {
  await signIn(page, 'MANAGER', '/sales');

  // A full navigation to the overview, the app's assets in this browser's cache from sign-in.
  await page.goto('/', { waitUntil: 'commit' });
  // performance.now() counts from the navigation's start; polled every animation frame until
  // the revenue tile shows a figure.
  const interactive = await page.waitForFunction(
    () => {
      const tile = document.querySelector('article.kpi[aria-label="Revenue"]:not([aria-busy])');
      const value = tile?.querySelector('.kpi-value')?.textContent ?? '';
      return /\d/.test(value) ? performance.now() : false;
    },
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  const ms = Math.round(Number(await interactive.jsonValue()));
  console.log(`OVERVIEW_INTERACTIVE_MS=${String(ms)}`);
  testInfo.annotations.push({
    type: 'OVERVIEW_INTERACTIVE_MS',
    description: `${String(ms)} (${testInfo.project.name})`,
  });
});
