import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FeedItem, FeedPage } from '../../api/alerts';
import type { Me } from '../../api/types';
import { eventStream, installEventSource } from '../../test/eventSource';
import { MANAGER, renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { AlertsPage } from './AlertsPage';
import { UnreadBadge } from './UnreadBadge';

const VIEWER: Me = {
  ...MANAGER,
  memberships: [{ tenantId: 't-1', tenantName: 'Demo Makers', role: 'VIEWER' }],
};

function item(id: string, title: string, changes: Partial<FeedItem> = {}): FeedItem {
  return {
    id,
    notificationId: `n-${id}`,
    eventType: 'alert.raised',
    kind: 'stockout_risk',
    severity: 'critical',
    stage: 'RAISED',
    title,
    facts: { 'days of cover': '5', 'on order': '0' },
    link: 'https://app.sentia.io/alerts?dedupKey=stockout_risk:WHISKY-12',
    createdAt: '2026-12-07T09:00:01Z',
    readAt: null,
    acknowledgedAt: null,
    ...changes,
  };
}

function page(items: FeedItem[], unread: number): FeedPage {
  return { items, unread, page: 0, size: 50 };
}

const FEED = '/api/notifications/v1/feed';

describe('Alerts feed', () => {
  beforeAll(() => {
    installEventSource();
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows the feed from the API and puts a pushed item on top with the new count', async () => {
    const stream = eventStream();
    server.use(
      http.get(FEED, () => HttpResponse.json(page([item('a', 'WHISKY-12 runs out in 5 days')], 1))),
      http.get(`${FEED}/stream`, () => stream.response()),
    );
    renderWithProviders(<AlertsPage />);

    const list = await screen.findByRole('list', { name: 'Alerts, newest first' });
    expect(list).toHaveTextContent('WHISKY-12 runs out in 5 days');
    expect(list).toHaveTextContent('days of cover');
    expect(list).toHaveTextContent('Stockout risk');

    stream.send('count', { unread: 1 });
    stream.send('item', item('b', 'GIN-70 runs out in 2 days'), 'b');
    stream.send('count', { unread: 2 });

    await waitFor(() => {
      expect(within(list).getAllByRole('article')[0]).toHaveTextContent(
        'GIN-70 runs out in 2 days',
      );
    });
    expect(screen.getByText(/^2/, { selector: '.big-number' })).toBeInTheDocument();
    expect(screen.getByText('Live: new alerts appear as they happen')).toBeInTheDocument();
    stream.close();
  });

  it('marks an item read with the CSRF header and shows the refreshed feed', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-feed';
    let read = false;
    let csrf: string | null = null;
    server.use(
      http.get(FEED, () =>
        HttpResponse.json(
          page(
            [
              item('a', 'WHISKY-12 runs out in 5 days', {
                readAt: read ? '2026-12-07T09:05:00Z' : null,
              }),
            ],
            read ? 0 : 1,
          ),
        ),
      ),
      http.get(`${FEED}/stream`, () => new HttpResponse(null, { status: 503 })),
      http.post(`${FEED}/a/read`, ({ request }) => {
        csrf = request.headers.get('X-XSRF-TOKEN');
        read = true;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderWithProviders(<AlertsPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Mark read: WHISKY-12 runs out in 5 days' }),
    );

    await waitFor(() => {
      expect(screen.queryByRole('button', { name: /Mark read/ })).not.toBeInTheDocument();
    });
    expect(csrf).toBe('csrf-feed');
    expect(screen.getByText(/^0/, { selector: '.big-number' })).toBeInTheDocument();
    expect(screen.getByText('Live updates paused; trying again shortly')).toBeInTheDocument();
  });

  it('shows the refusal when acknowledging fails', async () => {
    server.use(
      http.get(FEED, () => HttpResponse.json(page([item('a', 'Cash falls below minimum')], 1))),
      http.get(`${FEED}/stream`, () => new HttpResponse(null, { status: 503 })),
      http.post(`${FEED}/a/acknowledge`, () =>
        HttpResponse.json(
          { title: 'Forbidden', status: 403, detail: 'Your role may not acknowledge this' },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<AlertsPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Acknowledge: Cash falls below minimum' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your role may not acknowledge this',
    );
  });

  it('shows the problem detail when the feed cannot be read', async () => {
    server.use(
      http.get(FEED, () =>
        HttpResponse.json(
          { title: 'Bad request', status: 400, detail: 'size must be between 1 and 100' },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
      http.get(`${FEED}/stream`, () => new HttpResponse(null, { status: 503 })),
    );
    renderWithProviders(<AlertsPage />);

    expect(await screen.findByRole('alert')).toHaveTextContent('size must be between 1 and 100');
  });

  it('offers rules, channels and the delivery log to a manager only', async () => {
    server.use(
      http.get(FEED, () => HttpResponse.json(page([], 0))),
      http.get(`${FEED}/stream`, () => new HttpResponse(null, { status: 503 })),
    );
    const { unmount } = renderWithProviders(<AlertsPage />);
    const tabs = await screen.findByRole('tablist', { name: 'Alerts' });
    expect(
      within(tabs)
        .getAllByRole('tab')
        .map((tab) => tab.textContent),
    ).toEqual(['Feed', 'Rules', 'Channels', 'Delivery log']);
    unmount();

    renderWithProviders(<AlertsPage />, VIEWER);
    expect(await screen.findByText(/No alerts yet/)).toBeInTheDocument();
    expect(screen.queryByRole('tablist')).not.toBeInTheDocument();
  });

  it('counts unread alerts in the navigation from the stream', async () => {
    const stream = eventStream();
    server.use(http.get(`${FEED}/stream`, () => stream.response()));
    renderWithProviders(<UnreadBadge />);

    stream.send('count', { unread: 3 });

    expect(await screen.findByText(', 3 unread')).toBeInTheDocument();
    stream.send('count', { unread: 0 });
    await waitFor(() => {
      expect(screen.queryByText(/unread/)).not.toBeInTheDocument();
    });
    stream.close();
  });
});
