import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MeProvider } from '../../auth/session';
import { MANAGER } from '../../test/render';
import { server } from '../../test/server';
import { AcknowledgePage } from './AcknowledgePage';

function open(entry: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '/notifications/acknowledge',
        element: (
          <MeProvider me={MANAGER}>
            <AcknowledgePage />
          </MeProvider>
        ),
      },
    ],
    { initialEntries: [entry] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return router;
}

describe('Acknowledge link page', () => {
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('posts the link token once with the CSRF header and drops it from the address', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-ack';
    const sent: { body: unknown; csrf: string | null }[] = [];
    server.use(
      http.post('/api/notifications/v1/acknowledgements', async ({ request }) => {
        sent.push({ body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') });
        return HttpResponse.json({
          notificationId: 'n-1',
          acknowledgedBy: MANAGER.id,
          acknowledgedAt: '2026-03-02T09:14:05Z',
        });
      }),
    );
    const router = open('/notifications/acknowledge?token=k7Hq-secret');

    expect(await screen.findByText(/Acknowledged by you on/)).toHaveTextContent('Reminders');
    expect(sent).toEqual([{ body: { token: 'k7Hq-secret' }, csrf: 'csrf-ack' }]);
    await waitFor(() => {
      expect(router.state.location.search).toBe('');
    });
  });

  it('shows why a link did not work', async () => {
    server.use(
      http.post('/api/notifications/v1/acknowledgements', () =>
        HttpResponse.json(
          { title: 'Not found', status: 404, detail: 'This acknowledge link is unknown' },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    open('/notifications/acknowledge?token=nope');

    expect(await screen.findByRole('alert')).toHaveTextContent('This acknowledge link is unknown');
  });
});
