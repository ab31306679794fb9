import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebhookSubscription } from '../../api/alerts';
import { renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { Channels } from './Channels';

const BASE = '/api/notifications/v1';

const SUBSCRIPTION: WebhookSubscription = {
  id: '3f6b1c2a-8d4e-4f7a-9b0c-1d2e3f4a5b6c',
  url: 'https://erp.partner.example/hooks/sentia',
  eventTypes: ['alert.raised', 'alert.resolved'],
  description: 'Stock alerts into our ERP',
  enabled: false,
  disabledReason: '10 failed deliveries in a row, the last: the receiver answered 503',
  disabledAt: '2026-12-08T02:10:00Z',
  createdBy: 'u-1',
  createdAt: '2026-12-07T09:30:00Z',
  updatedAt: '2026-12-08T02:10:00Z',
};

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3kH2bW9m0Ro=';

function empty() {
  return [
    http.get(`${BASE}/channels`, () => HttpResponse.json([])),
    http.get(`${BASE}/webhooks`, () => HttpResponse.json([])),
  ];
}

describe('Alert channels', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('subscribes a partner endpoint and shows its signing secret once, with a copy button', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-hooks';
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      ...empty(),
      http.post(`${BASE}/webhooks`, async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        return HttpResponse.json(
          { ...SUBSCRIPTION, enabled: true, eventTypes: ['sync.failed'], secret: SECRET },
          { status: 201 },
        );
      }),
    );
    renderWithProviders(<Channels canManage />);

    const form = await screen.findByRole('form', { name: 'Subscribe a partner endpoint' });
    await userEvent.click(within(form).getByRole('textbox', { name: 'Endpoint URL' }));
    await userEvent.paste('https://erp.partner.example/hooks/sentia');
    await userEvent.click(within(form).getByRole('checkbox', { name: 'sync.failed' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Subscribe' }));

    expect(await screen.findByText(SECRET)).toBeInTheDocument();
    expect(sent).toEqual({
      body: { url: 'https://erp.partner.example/hooks/sentia', eventTypes: ['sync.failed'] },
      csrf: 'csrf-hooks',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(SECRET);
    expect(await screen.findByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it('says why a subscription is disabled, test-sends to it and enables it again', async () => {
    let enabled = false;
    server.use(
      http.get(`${BASE}/channels`, () => HttpResponse.json([])),
      http.get(`${BASE}/webhooks`, () => HttpResponse.json([{ ...SUBSCRIPTION, enabled }])),
      http.post(`${BASE}/webhooks/${SUBSCRIPTION.id}/test`, () =>
        HttpResponse.json({
          outcome: 'delivered',
          status: 204,
          responseTimeMs: 87,
          webhookId: '8e1f0c9a',
        }),
      ),
      http.post(`${BASE}/webhooks/${SUBSCRIPTION.id}/enable`, () => {
        enabled = true;
        return HttpResponse.json({ ...SUBSCRIPTION, enabled: true });
      }),
    );
    renderWithProviders(<Channels canManage />);

    const table = await screen.findByRole('region', { name: 'Webhook subscriptions' });
    await waitFor(() => {
      expect(table).toHaveTextContent('the receiver answered 503');
    });
    await userEvent.click(
      within(table).getByRole('button', { name: `Send test: ${SUBSCRIPTION.url}` }),
    );
    expect(await within(table).findByText(/Test delivered, HTTP 204, 87 ms/)).toBeInTheDocument();

    await userEvent.click(
      within(table).getByRole('button', { name: `Enable: ${SUBSCRIPTION.url}` }),
    );
    await waitFor(() => {
      expect(
        within(table).queryByRole('button', { name: `Enable: ${SUBSCRIPTION.url}` }),
      ).not.toBeInTheDocument();
    });
    expect(table).toHaveTextContent('Enabled');
  });

  it('adds a Slack channel and shows its URL masked once; a refusal shows the detail', async () => {
    let attempt = 0;
    server.use(
      ...empty(),
      http.post(`${BASE}/channels`, () => {
        attempt += 1;
        if (attempt === 1) {
          return HttpResponse.json(
            {
              title: 'Bad request',
              status: 400,
              detail: 'url must not reach a private address',
              errors: [{ field: 'url', message: 'must not reach a private address' }],
            },
            { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
          );
        }
        return HttpResponse.json(
          {
            id: 'c-1',
            type: 'slack',
            name: '#ops-alerts',
            maskedUrl: 'https://hooks.slack.com/…abcd',
            createdBy: 'u-1',
            createdAt: '2026-12-07T09:30:00Z',
          },
          { status: 201 },
        );
      }),
    );
    renderWithProviders(<Channels canManage />);

    const form = await screen.findByRole('form', { name: 'Add a Slack or Teams channel' });
    await userEvent.click(within(form).getByRole('textbox', { name: 'Channel name' }));
    await userEvent.paste('#ops-alerts');
    await userEvent.click(within(form).getByRole('textbox', { name: 'Incoming webhook URL' }));
    await userEvent.paste('https://hooks.slack.com/services/T0/B0/abcd');
    await userEvent.click(within(form).getByRole('button', { name: 'Add channel' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'url must not reach a private address',
    );

    // The refused field says why until it is changed.
    const url = within(form).getByRole('textbox', { name: 'Incoming webhook URL' });
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(form).toHaveTextContent('must not reach a private address');
    await userEvent.clear(url);
    await userEvent.paste('https://hooks.slack.com/services/T1/B1/abcd');
    await userEvent.click(within(form).getByRole('button', { name: 'Add channel' }));
    expect(await screen.findByText('https://hooks.slack.com/…abcd')).toBeInTheDocument();
    expect(attempt).toBe(2);
  });

  it('shows a viewer the channels without the forms and actions', async () => {
    server.use(
      http.get(`${BASE}/channels`, () =>
        HttpResponse.json([
          {
            id: 'c-1',
            type: 'teams',
            name: 'Finance channel',
            createdBy: 'u-2',
            createdAt: '2026-12-07T09:45:00Z',
          },
        ]),
      ),
      http.get(`${BASE}/webhooks`, () => HttpResponse.json([SUBSCRIPTION])),
    );
    renderWithProviders(<Channels canManage={false} />);

    expect(await screen.findByText('Finance channel')).toBeInTheDocument();
    expect(await screen.findByText(SUBSCRIPTION.url)).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Delete|Send test|Enable/ }),
    ).not.toBeInTheDocument();
  });

  it('changes only what was edited on a subscription', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-patch';
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.get(`${BASE}/channels`, () => HttpResponse.json([])),
      http.get(`${BASE}/webhooks`, () => HttpResponse.json([{ ...SUBSCRIPTION, enabled: true }])),
      http.patch(`${BASE}/webhooks/${SUBSCRIPTION.id}`, async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        return HttpResponse.json({ ...SUBSCRIPTION, eventTypes: ['*'] });
      }),
    );
    renderWithProviders(<Channels canManage />);

    await userEvent.click(await screen.findByRole('button', { name: `Edit: ${SUBSCRIPTION.url}` }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'All events' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save subscription' }));

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(sent).toEqual({ body: { eventTypes: ['*'] }, csrf: 'csrf-patch' });
  });
});
