import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { File as NodeFile } from 'node:buffer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Upload, UploadTemplate } from '../../api/integrations';
import { renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { Uploads } from './Uploads';

const BASE = '/api/integrations/v1';

const TEMPLATE: UploadTemplate = {
  kind: 'orders',
  header: 'order_id,line_id,ordered_at,sku,quantity,unit_price,currency',
  example: 'HH-1001,1,2026-03-01T10:15:00Z,HH-GIN-LD-70,2,21.50,GBP',
  columns: [
    { name: 'order_id', required: true, format: 'the order number, the same on each of its lines' },
    { name: 'quantity', required: true, format: 'whole units, 1 to 999999' },
    { name: 'channel', required: false, format: 'e.g. shopify; default upload' },
  ],
};

function imported(changes: Partial<Upload> = {}): Upload {
  return {
    id: 'u-1',
    kind: 'orders',
    fileName: 'orders.csv',
    format: 'csv',
    source: 'upload',
    sourceRef: null,
    status: 'imported_with_rejections',
    error: null,
    rows: 3,
    imported: 1,
    quarantined: 2,
    report: [
      { row: 3, column: 'quantity', problem: 'must be a whole number, not 2.5' },
      { row: 4, column: null, problem: 'repeats order HH-1001 line 1' },
    ],
    createdBy: 'u-1',
    createdAt: '2026-12-07T09:00:00Z',
    ...changes,
  };
}

describe('Integrations: uploads', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('imports a file as multipart with the CSRF header and shows each bad row', async () => {
    // jsdom's File and FormData are not the ones Node's fetch serialises; a browser's are.
    // Give this test Node's own, so MSW receives the multipart body a browser would send.
    const NodeFormData = (await new Response(new URLSearchParams('a=b')).formData()).constructor;
    vi.stubGlobal('FormData', NodeFormData);
    document.cookie = 'XSRF-TOKEN=csrf-up';
    let sent: { kind: unknown; name: string; text: string; csrf: string | null } | undefined;
    let uploaded = false;
    server.use(
      http.get(`${BASE}/uploads`, () => HttpResponse.json(uploaded ? [imported()] : [])),
      http.get(`${BASE}/uploads/templates/orders`, () => HttpResponse.json(TEMPLATE)),
      http.post(`${BASE}/uploads`, async ({ request }) => {
        const form = await request.formData();
        const file = form.get('file') as File;
        sent = {
          kind: form.get('kind'),
          name: file.name,
          text: await file.text(),
          csrf: request.headers.get('X-XSRF-TOKEN'),
        };
        uploaded = true;
        return HttpResponse.json(imported(), { status: 201 });
      }),
    );
    renderWithProviders(<Uploads canWrite />);

    const form = await screen.findByRole('form', { name: 'Upload a file' });
    const input = form.querySelector('input[type="file"]');
    expect(input).not.toBeNull();
    await userEvent.upload(
      input as HTMLInputElement,
      new NodeFile(['order_id,quantity\nHH-1001,2.5\n'], 'orders.csv', {
        type: 'text/csv',
      }) as unknown as File,
    );
    expect(within(form).getByText('Chosen: orders.csv')).toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Import' }));

    const report = await screen.findByRole('region', { name: 'Rows of orders.csv not imported' });
    const rows = within(report).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('3quantitymust be a whole number, not 2.5');
    expect(rows[2]).toHaveTextContent('4whole rowrepeats order HH-1001 line 1');
    expect(sent).toEqual({
      kind: 'orders',
      name: 'orders.csv',
      text: 'order_id,quantity\nHH-1001,2.5\n',
      csrf: 'csrf-up',
    });
    await waitFor(() => {
      expect(screen.getByRole('region', { name: 'Past uploads' })).toHaveTextContent('orders.csv');
    });
  });

  it('shows why the file was refused and that nothing was imported', async () => {
    server.use(
      http.get(`${BASE}/uploads`, () => HttpResponse.json([])),
      http.get(`${BASE}/uploads/templates/orders`, () => HttpResponse.json(TEMPLATE)),
      http.post(`${BASE}/uploads`, () =>
        HttpResponse.json(
          {
            type: 'https://sentia.io/problems/unsupported-upload',
            title: 'Unsupported file type',
            status: 415,
            detail: 'orders.pdf is neither CSV nor XLSX',
          },
          { status: 415, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<Uploads canWrite />);

    const form = await screen.findByRole('form', { name: 'Upload a file' });
    await userEvent.upload(
      form.querySelector('input[type="file"]') as HTMLInputElement,
      new File(['%PDF'], 'orders.pdf', { type: 'text/csv' }),
    );
    await userEvent.click(within(form).getByRole('button', { name: 'Import' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was imported');
    expect(alert).toHaveTextContent('orders.pdf is neither CSV nor XLSX');
  });

  it('downloads the kind’s template from the API and lists its columns', async () => {
    const blobs: Blob[] = [];
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:template';
      },
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => undefined);
    server.use(
      http.get(`${BASE}/uploads`, () => HttpResponse.json([])),
      http.get(`${BASE}/uploads/templates/orders`, () => HttpResponse.json(TEMPLATE)),
    );
    renderWithProviders(<Uploads canWrite />);

    expect(await screen.findByRole('region', { name: 'Columns of orders' })).toHaveTextContent(
      'whole units, 1 to 999999',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Download the orders template' }));

    expect(click).toHaveBeenCalledTimes(1);
    expect(await blobs[0]?.text()).toBe(`${TEMPLATE.header}\r\n${TEMPLATE.example}\r\n`);
  });

  it('shows a past upload’s row errors on request', async () => {
    server.use(
      http.get(`${BASE}/uploads`, () => HttpResponse.json([imported()])),
      http.get(`${BASE}/uploads/templates/orders`, () => HttpResponse.json(TEMPLATE)),
    );
    renderWithProviders(<Uploads canWrite={false} />);

    expect(screen.queryByRole('form', { name: 'Upload a file' })).not.toBeInTheDocument();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Show the errors of orders.csv' }),
    );
    expect(
      await screen.findByRole('region', { name: 'Rows of orders.csv not imported' }),
    ).toHaveTextContent('repeats order HH-1001 line 1');
  });
});
