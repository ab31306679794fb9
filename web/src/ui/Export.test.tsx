import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Export } from './Export';

/** The files the page saved through blob: links, by name. */
function savedFiles(): Map<string, Blob> {
  const files = new Map<string, Blob>();
  const blobs = new Map<string, Blob>();
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      const url = `blob:${String(blobs.size)}`;
      blobs.set(url, blob);
      return url;
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob !== undefined) {
      files.set(this.download, blob);
    }
  });
  return files;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('Export', () => {
  const header = ['sku', 'quantity', 'note'];
  const rows = () => [
    ['GIN-70', 120, '=HYPERLINK("x")'],
    ['TONIC', 12, null],
  ];

  it('saves the rows as CSV and as an XLSX workbook with the same rows', async () => {
    const files = savedFiles();
    render(<Export fileName="orders" header={header} rows={rows} />);

    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export XLSX' }));

    expect(await files.get('orders.csv')?.text()).toBe(
      'sku,quantity,note\r\nGIN-70,120,"\'=HYPERLINK(""x"")"\r\nTONIC,12,\r\n',
    );
    // The XLSX writer is loaded on the first press.
    const xlsx = await vi.waitUntil(() => files.get('orders.xlsx'), { timeout: 10_000 });
    const workbook = unzipSync(new Uint8Array(await xlsx.arrayBuffer()));
    const part = (name: string) => strFromU8(workbook[name] ?? new Uint8Array(0));
    const sheet = part('xl/worksheets/sheet1.xml');
    expect(sheet.match(/<row /g)).toHaveLength(3);
    expect(sheet).toContain('<c r="B2"><v>120</v></c>');
    expect(part('xl/sharedStrings.xml')).toContain('<t>=HYPERLINK("x")</t>');
  });

  it('offers nothing to press while there is no row', () => {
    render(<Export fileName="orders" header={header} rows={() => []} isDisabled />);

    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Export XLSX' })).toBeDisabled();
  });

  it('links to the API’s own export in each format', () => {
    render(<Export href={(format) => `/api/analytics/v1/sales/export?format=${format}`} />);

    expect(screen.getByRole('link', { name: 'Export CSV' })).toHaveAttribute(
      'href',
      '/api/analytics/v1/sales/export?format=csv',
    );
    expect(screen.getByRole('link', { name: 'Export XLSX' })).toHaveAttribute(
      'href',
      '/api/analytics/v1/sales/export?format=xlsx',
    );
  });
});
