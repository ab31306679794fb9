import { expect, test } from '@playwright/test';
import { csrfToken, expectNoSeriousViolations, signedIn } from './support';

interface Suggestion {
  id: string;
  sku: string;
  locationId: string;
  requiresApproval: boolean;
  status: string;
}

test('a series page draws the forecast with its bands and shows the API’s intervals', async ({
  browser,
}) => {
  const page = await signedIn(browser, 'VIEWER', '/forecasts');
  const first = page.getByRole('region', { name: 'Series table' }).getByRole('link').first();
  await expect(first).toBeVisible();
  const key = (await first.textContent()) ?? '';
  await first.click();
  await expect(page.getByRole('heading', { name: `Forecast of ${key}` })).toBeVisible();

  const chart = page.getByRole('img', { name: /with 80% and 95% intervals/ });
  await expect(chart.locator('canvas')).toBeVisible();
  const answer = await page.request.get(
    `/api/forecasting/v1/series/${key.split(':').map(encodeURIComponent).join(':')}/forecast`,
  );
  expect(answer.ok()).toBe(true);
  const forecast = (await answer.json()) as {
    forecast: { interval95: { lower: number; upper: number } }[];
  };
  expect(forecast.forecast.length).toBeGreaterThan(0);
  const band = forecast.forecast[0]?.interval95;
  const expected = await page.evaluate(
    ([lower, upper]) => {
      const units = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
      return `${units.format(lower)} – ${units.format(upper)}`;
    },
    [band?.lower ?? 0, band?.upper ?? 0] as const,
  );
  await expect(page.getByRole('table', { name: /History and forecast of/ })).toContainText(
    expected,
  );
  await expectNoSeriousViolations(page);
});

// Not run in CI yet: the manager's half passed on the end-to-end platform, the operator's half has
// never run in a browser (the last CI run stopped on a locator fault there, fixed since). Issue 14
// stays open until it has run green; the API flow is covered by devstack's ForecastingE2ETests.
test.fixme('a manager approves a suggestion that needs approval and an operator then executes it', async ({
  browser,
}, testInfo) => {
  test.skip(
    testInfo.project.name !== 'light',
    'a decision can be made once; the light run makes it',
  );
  const manager = await signedIn(browser, 'MANAGER', '/planning');
  const open = await manager.request.get('/api/forecasting/v1/suggestions?status=open');
  expect(open.ok()).toBe(true);
  const large = ((await open.json()) as Suggestion[]).find((s) => s.requiresApproval);
  test.skip(large === undefined, 'the demo tenant has no open suggestion that needs approval');
  const suggestion = large as Suggestion;
  const details = `Details of ${suggestion.sku} at ${suggestion.locationId}`;

  // The table renders only the rows in view: search brings the suggestion into it.
  await manager.getByRole('searchbox', { name: 'Search Suggestion table' }).fill(suggestion.sku);
  await manager.getByRole('button', { name: details }).first().click();
  await manager.getByRole('button', { name: 'Approve…' }).click();
  const dialog = manager.getByRole('dialog');
  await dialog.getByLabel(/Reason for approving/).fill('End-to-end test: stock for the season');
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await expect(manager.getByText(/is now approved/)).toBeVisible();
  await expectNoSeriousViolations(manager);

  const operator = await signedIn(browser, 'OPERATOR', '/planning');
  await operator
    .locator('.picker-button', { hasText: /./ })
    .and(operator.getByRole('button', { name: /Status/ }))
    .click();
  await operator.getByRole('option', { name: 'Approved' }).click();
  await operator.getByRole('searchbox', { name: 'Search Suggestion table' }).fill(suggestion.sku);
  await operator.getByRole('button', { name: details }).first().click();
  await expect(operator.getByRole('button', { name: 'Approve…' })).toHaveCount(0);
  await operator.getByRole('button', { name: 'Mark as ordered…' }).click();
  await operator.getByRole('dialog').getByRole('button', { name: 'Mark as ordered' }).click();
  await expect(operator.getByText(/is now executed/)).toBeVisible();
});

test('a viewer sees no decision, and a forged approval is refused with 403', async ({
  browser,
}) => {
  const viewer = await signedIn(browser, 'VIEWER', '/planning');
  await expect(viewer.getByRole('heading', { name: 'Inventory planning' })).toBeVisible();
  const list = await viewer.request.get('/api/forecasting/v1/suggestions?status=open');
  expect(list.ok()).toBe(true);
  const suggestions = (await list.json()) as Suggestion[];
  const any = suggestions[0];
  test.skip(any === undefined, 'the demo tenant has no open suggestion');
  const target = any as Suggestion;
  await viewer.getByRole('searchbox', { name: 'Search Suggestion table' }).fill(target.sku);
  await viewer
    .getByRole('button', { name: `Details of ${target.sku} at ${target.locationId}` })
    .first()
    .click();
  await expect(viewer.getByRole('button', { name: /Approve|Reject|Mark as ordered/ })).toHaveCount(
    0,
  );
  await expectNoSeriousViolations(viewer);

  // The request the app would send, with the session and the CSRF token: the service decides.
  const forged = await viewer.request.post(`/api/forecasting/v1/suggestions/${target.id}/approve`, {
    headers: { 'X-XSRF-TOKEN': await csrfToken(viewer) },
    data: { reason: 'forged' },
  });
  expect(forged.status()).toBe(403);
});
