import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** The demo tenant's development-only manager (README: "Signing in and calling the APIs"). */
const MANAGER = {
  email: process.env.SENTIA_E2E_EMAIL ?? 'manager@highland-harbour.example',
  password: process.env.SENTIA_E2E_PASSWORD ?? 'demo-manager-2026',
};

async function signIn(page: Page, path: string) {
  await page.goto(path);
  await page.getByLabel(/email/i).fill(MANAGER.email);
  await page.getByLabel(/password/i).fill(MANAGER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** The Overview's default period: the last 30 days up to today, in local calendar days. */
function last30Days(): { from: string; to: string } {
  const day = (date: Date) =>
    `${String(date.getFullYear())}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const today = new Date();
  const from = new Date(today);
  from.setDate(from.getDate() - 29);
  return { from: day(from), to: day(today) };
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
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

  await signIn(page, '/cash');
  // The gateway kept the page opened without a session; the app drops Spring Security's marker.
  await expect(page).toHaveURL(/\/cash$/);
  await expect(page.getByRole('heading', { name: 'Working capital & cash' })).toBeVisible();
  await expect(page.getByRole('table', { name: '13-week cash outlook' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole('link', { name: 'Overview' }).click();
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

  await page.getByRole('link', { name: 'Sales' }).click();
  await expect(page.getByRole('region', { name: /^Sales by/ })).toBeVisible();
  await expectNoSeriousViolations(page);

  // No Content-Security-Policy refusal or script error on the way.
  expect(errors.filter((text) => /Content Security Policy|Refused to/.test(text))).toEqual([]);
});
