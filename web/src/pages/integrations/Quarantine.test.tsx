import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuarantinedRecord } from '../../api/integrations';
import type { Me } from '../../api/types';
import { MANAGER, renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { Quarantine } from './Quarantine';

const BASE = '/api/integrations/v1';
const VIEWER: Me = {
  ...MANAGER,
  memberships: [{ tenantId: 't-1', tenantName: 'Demo Makers', role: 'VIEWER' }],
};

function record(changes: Partial<QuarantinedRecord> = {}): QuarantinedRecord {
  return {
    id: 'q-1',
    provider: 'shopify',
    account: 'demo.myshopify.com',
    connectionId: 'c-1',
    uploadId: null,
    stream: 'orders',
    externalId: 'gid://shopify/Order/1001',
    reason: 'line 1 has no SKU: map product variant:39072856',
    payload: '{"id":1001,"lines":[{"variant":39072856}]}',
    status: 'open',
    firstSeenAt: '2026-12-06T08:00:00Z',
    lastSeenAt: '2026-12-07T08:00:00Z',
    ...changes,
  };
}

describe('Integrations: quarantine', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(420);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows open records with why, re-processes one with the CSRF header and shows the outcome', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-q';
    const asked: string[] = [];
    let csrf: string | null = null;
    let reprocessed = false;
    server.use(
      http.get(`${BASE}/connections`, () => HttpResponse.json([])),
      http.get(`${BASE}/quarantine`, ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json(reprocessed ? [] : [record()]);
      }),
      http.post(`${BASE}/quarantine/q-1/reprocess`, ({ request }) => {
        csrf = request.headers.get('X-XSRF-TOKEN');
        reprocessed = true;
        return HttpResponse.json({ read: 1, changed: 1, unchanged: 0, rejections: [] });
      }),
    );
    renderWithProviders(<Quarantine canWrite />);

    const table = await screen.findByRole('region', { name: 'Quarantined records' });
    await waitFor(() => {
      expect(table).toHaveTextContent('map product variant:39072856');
    });
    expect(asked[0]).toBe('?limit=500&status=open');

    await userEvent.click(
      within(table).getByRole('button', { name: 'Payload of gid://shopify/Order/1001' }),
    );
    expect(
      await screen.findByRole('dialog', { name: 'Payload of gid://shopify/Order/1001' }),
    ).toHaveTextContent('"variant": 39072856');
    await userEvent.keyboard('{Escape}');

    await userEvent.click(
      within(table).getByRole('button', { name: 'Re-process gid://shopify/Order/1001' }),
    );
    expect(await screen.findByText('Accepted: 1 changed, 0 unchanged.')).toBeInTheDocument();
    expect(csrf).toBe('csrf-q');
    await waitFor(() => {
      expect(screen.getByRole('region', { name: 'Quarantined records' })).toHaveTextContent(
        'Nothing to show.',
      );
    });
  });

  it('shows why a record could not be dismissed', async () => {
    server.use(
      http.get(`${BASE}/connections`, () => HttpResponse.json([])),
      http.get(`${BASE}/quarantine`, () => HttpResponse.json([record()])),
      http.post(`${BASE}/quarantine/q-1/dismiss`, () =>
        HttpResponse.json(
          {
            title: 'Conflict',
            status: 409,
            detail: 'quarantined record q-1 is resolved, not open',
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<Quarantine canWrite />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Dismiss gid://shopify/Order/1001' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'quarantined record q-1 is resolved, not open',
    );
  });

  it('re-processes every open record of a chosen connection', async () => {
    const asked: string[] = [];
    server.use(
      http.get(`${BASE}/connections`, () =>
        HttpResponse.json([
          {
            id: 'c-1',
            provider: 'shopify',
            account: 'demo.myshopify.com',
            region: 'UK',
            displayName: 'Demo shop',
            settings: {},
            status: 'active',
            credentials: [],
            createdAt: '2026-12-01T08:00:00Z',
            updatedAt: '2026-12-01T08:00:00Z',
          },
        ]),
      ),
      http.get(`${BASE}/quarantine`, ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json([record()]);
      }),
      http.post(`${BASE}/quarantine`, ({ request }) => {
        asked.push(`POST ${new URL(request.url).search}`);
        return HttpResponse.json({ reprocessed: 4, accepted: 3, stillRejected: 1 });
      }),
    );
    renderWithProviders(<Quarantine canWrite />);

    await userEvent.click(await screen.findByRole('button', { name: /Every source/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Demo shop' }));
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Re-process every open record of this connection',
      }),
    );

    expect(
      await screen.findByText('Re-processed 4: 3 accepted, 1 still rejected.'),
    ).toBeInTheDocument();
    expect(asked).toContain('?limit=500&status=open&connection=c-1');
    expect(asked).toContain('POST ?connection=c-1');
  });

  it('lets a viewer read the quarantine but not act on it', async () => {
    server.use(
      http.get(`${BASE}/connections`, () => HttpResponse.json([])),
      http.get(`${BASE}/quarantine`, () => HttpResponse.json([record()])),
    );
    renderWithProviders(<Quarantine canWrite={false} />, VIEWER);

    expect(
      await screen.findByRole('button', { name: 'Payload of gid://shopify/Order/1001' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Re-process|Dismiss/ })).not.toBeInTheDocument();
  });
});
