import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeliveryEntry } from '../../api/alerts';
import type { Me } from '../../api/types';
import { MANAGER, renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { Deliveries } from './Deliveries';

const ADMIN: Me = {
  ...MANAGER,
  memberships: [{ tenantId: 't-1', tenantName: 'Demo Makers', role: 'ADMIN' }],
};

function delivery(changes: Partial<DeliveryEntry> = {}): DeliveryEntry {
  return {
    deliveryId: '0f4b1a3e-2d6c-4f7a-8b1e-9c0d2e3f4a5b',
    notificationId: '9e2d7c1b',
    channel: 'WEBHOOK',
    targetId: 'sub-7',
    stage: 'RAISED',
    eventType: 'alert.raised',
    kind: 'stockout_risk',
    severity: 'critical',
    title: 'WHISKY-12 runs out in 5 days',
    status: 'failed',
    attemptCount: 2,
    reason: 'HTTP 503',
    createdAt: '2026-03-02T09:00:00Z',
    dueAt: null,
    deliveredAt: null,
    attempts: [
      {
        attempt: 1,
        attemptedAt: '2026-03-02T09:00:01Z',
        statusCode: 503,
        tookMillis: 412,
        outcome: 'retry',
        reason: 'HTTP 503',
      },
      {
        attempt: 2,
        attemptedAt: '2026-03-02T09:00:12Z',
        statusCode: 503,
        tookMillis: 388,
        outcome: 'rejected',
        reason: 'HTTP 503',
      },
    ],
    ...changes,
  };
}

const DELIVERIES = '/api/notifications/v1/deliveries';

describe('Delivery log', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(420);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('lists deliveries with their attempts and filters by status through the API', async () => {
    const asked: string[] = [];
    server.use(
      http.get(DELIVERIES, ({ request }) => {
        const url = new URL(request.url);
        asked.push(url.search);
        const status = url.searchParams.get('status');
        return HttpResponse.json({
          deliveries: status === 'delivered' ? [] : [delivery()],
          page: 0,
          size: 100,
        });
      }),
    );
    renderWithProviders(<Deliveries canReplay={false} />);

    const table = await screen.findByRole('region', { name: 'Deliveries' });
    await waitFor(() => {
      expect(table).toHaveTextContent('WHISKY-12 runs out in 5 days');
    });
    expect(table).toHaveTextContent('HTTP 503');
    expect(within(table).queryByRole('button', { name: /Send again/ })).not.toBeInTheDocument();

    await userEvent.click(
      within(table).getByRole('button', { name: '2 attempts of “WHISKY-12 runs out in 5 days”' }),
    );
    const attempts = await screen.findByRole('dialog', {
      name: 'Attempts of WHISKY-12 runs out in 5 days',
    });
    expect(attempts).toHaveTextContent('412 ms');
    expect(attempts).toHaveTextContent('rejected');
    await userEvent.keyboard('{Escape}');

    await userEvent.click(screen.getByRole('button', { name: /Any status/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Delivered' }));

    await waitFor(() => {
      expect(screen.getByRole('region', { name: 'Deliveries' })).toHaveTextContent(
        'Nothing to show.',
      );
    });
    expect(asked).toEqual(['?page=0&size=100', '?page=0&size=100&status=delivered']);
  });

  it('lets an admin replay a failed delivery, with the CSRF header', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-replay';
    let csrf: string | null = null;
    server.use(
      http.get(DELIVERIES, () =>
        HttpResponse.json({ deliveries: [delivery()], page: 0, size: 100 }),
      ),
      http.post(`${DELIVERIES}/${delivery().deliveryId}/replay`, ({ request }) => {
        csrf = request.headers.get('X-XSRF-TOKEN');
        return HttpResponse.json(delivery({ status: 'pending' }), { status: 202 });
      }),
    );
    renderWithProviders(<Deliveries canReplay />, ADMIN);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Send again: WHISKY-12 runs out in 5 days' }),
    );

    expect(await screen.findByText(/is pending again and goes out shortly/)).toBeInTheDocument();
    expect(csrf).toBe('csrf-replay');
  });

  it('shows why a replay was refused', async () => {
    server.use(
      http.get(DELIVERIES, () =>
        HttpResponse.json({ deliveries: [delivery()], page: 0, size: 100 }),
      ),
      http.post(`${DELIVERIES}/:id/replay`, () =>
        HttpResponse.json(
          {
            title: 'Conflict',
            status: 409,
            detail:
              'Delivery 0f4b1a3e is pending; only a delivered or failed delivery can be replayed',
          },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<Deliveries canReplay />, ADMIN);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Send again: WHISKY-12 runs out in 5 days' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'only a delivered or failed delivery can be replayed',
    );
  });
});
