import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { settled, signIn } from './support';

/** Presses an export control and reads the file the browser saved. */
async function download(page: Page, control: Locator): Promise<{ file: Download; body: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), control.click()]);
  const path = await file.path();
  return { file, body: await readFile(path) };
}

/** CSV lines (CRLF or LF) without the trailing empty one; no quoted line breaks in these tables. */
function csvLines(body: Buffer): string[] {
  return body
    .toString('utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '');
}

test('the series list’s CSV export downloads the rows shown, and its XLSX is a workbook', async ({
  page,
}) => {
  await signIn(page, 'MANAGER', '/forecasts');
  const table = page.getByRole('region', { name: 'Series table' });
  await expect(table.getByRole('link').first()).toBeVisible();
  await settled(page);
  // "<shown> of <all> rows": the search is empty, so every row the API answered is shown.
  const counter = page.getByText(/^\d+ of \d+ rows$/);
  const [shown, all] = ((await counter.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
  expect(shown).toBe(all);
  const firstShown = (await table.getByRole('link').first().textContent()) ?? '';

  const csv = await download(page, page.getByRole('button', { name: 'Export CSV' }));

  expect(csv.file.suggestedFilename()).toBe('series.csv');
  const lines = csvLines(csv.body);
  expect(lines[0]).toMatch(/^key,level,sku,channel,region,model,band,/);
  expect(lines.length - 1).toBe(shown);
  // Shown in the API's order: the first row of the table is the file's first row.
  expect(lines[1]?.split(',')[0]).toBe(firstShown);

  // Made in the browser on the page's thread: a blob: worker would be refused by the CSP.
  const xlsx = await download(page, page.getByRole('button', { name: 'Export XLSX' }));
  expect(xlsx.file.suggestedFilename()).toBe('series.xlsx');
  expect(xlsx.body.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  await expect(page.getByText('The XLSX file was not made')).toHaveCount(0);
});

test('the cash outlook’s CSV export (the API’s own) downloads the weeks shown', async ({
  page,
}) => {
  await signIn(page, 'MANAGER', '/cash');
  const weeks = page.getByRole('table', { name: '13-week cash outlook' }).locator('tbody tr');
  await expect(weeks.first()).toBeVisible();
  const outlook = page.getByRole('region', { name: '13-week cash outlook', exact: true });

  const csv = await download(page, outlook.getByRole('link', { name: 'Export CSV' }));

  const lines = csvLines(csv.body);
  expect(lines.length - 1).toBe(await weeks.count());
  // The first week of the file is the table's first row ("1: <start> – <end>").
  const firstWeek = (await weeks.first().getByRole('rowheader').textContent()) ?? '';
  expect(lines[1]?.split(',')[0]).toBe(firstWeek.split(':')[0]);

  const xlsx = await download(page, outlook.getByRole('link', { name: 'Export XLSX' }));
  expect(xlsx.body.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
});
