import { expect, test } from '@playwright/test';
import { signIn } from './support';

interface Template {
  header: string;
  example: string;
}

interface Upload {
  rows: number;
  imported: number;
  quarantined: number;
  report: { row: number; column: string | null; problem: string }[];
}

test('an upload with bad rows shows each row’s error', async ({ page }, testInfo) => {
  await signIn(page, 'OPERATOR', '/integrations');
  await page.getByRole('tab', { name: 'Uploads' }).click();
  const form = page.getByRole('form', { name: 'Upload a file' });
  await expect(form).toBeVisible();

  // Two orders built from the template's own header and example line, each with one bad cell.
  const answer = await page.request.get('/api/integrations/v1/uploads/templates/orders');
  expect(answer.ok()).toBe(true);
  const template = (await answer.json()) as Template;
  const columns = template.header.split(',');
  const example = template.example.split(',');
  const row = (orderId: string, column: string, value: string) =>
    columns
      .map((name, index) =>
        name === 'order_id' ? orderId : name === column ? value : (example[index] ?? ''),
      )
      .join(',');
  const run = `E2E-${String(Date.now())}-${testInfo.project.name}`;
  const fileName = `bad-orders-${run}.csv`;
  const csv = [
    template.header,
    row(`${run}-1`, 'quantity', 'many'),
    row(`${run}-2`, 'unit_price', 'cheap'),
  ].join('\r\n');

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    form.getByRole('button', { name: 'Choose a file' }).click(),
  ]);
  await chooser.setFiles({ name: fileName, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(form.getByText(`Chosen: ${fileName}`)).toBeVisible();
  const [response] = await Promise.all([
    page.waitForResponse(
      (candidate) =>
        candidate.url().includes('/api/integrations/v1/uploads') &&
        candidate.request().method() === 'POST',
    ),
    form.getByRole('button', { name: 'Import' }).click(),
  ]);
  expect(response.status()).toBe(201);
  const upload = (await response.json()) as Upload;
  expect(upload.imported).toBe(0);
  expect(upload.quarantined).toBe(2);
  expect(new Set(upload.report.map((entry) => entry.row))).toEqual(new Set([2, 3]));

  // Every row's error, as the API reported it, in the table of rows not imported.
  const errors = page.getByRole('region', { name: `Rows of ${fileName} not imported` });
  await expect(errors.locator('tbody tr')).toHaveCount(upload.report.length);
  for (const entry of upload.report) {
    const line = errors
      .locator('tbody tr')
      .filter({ has: page.getByRole('cell', { name: String(entry.row), exact: true }) })
      .filter({ hasText: entry.problem });
    await expect(line).toHaveCount(1);
    await expect(line).toContainText(entry.column ?? 'whole row');
  }
  await expect(errors).toContainText('quantity');
  await expect(errors).toContainText('unit_price');
});
