import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connection, SyncRun } from '../../api/integrations';
import type { Me } from '../../api/types';
import { eventStream, installEventSource } from '../../test/eventSource';
import { MANAGER, renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { IntegrationsPage } from './IntegrationsPage';

const BASE = '/api/integrations/v1';
const VIEWER: Me = {
  ...MANAGER,
  memberships: [{ tenantId: 't-1', tenantName: 'Demo Makers', role: 'VIEWER' }],
};

function connection(changes: Partial<Connection> = {}): Connection {
  return {
    id: 'c-unl',
    provider: 'unleashed',
    account: 'f1e2-api-id',
    region: 'UK',
    displayName: 'Unleashed (UK warehouse)',
    settings: {},
    status: 'active',
    credentials: [
      { name: 'apiId', updatedAt: '2026-12-01T08:00:00Z' },
      { name: 'apiKey', updatedAt: '2026-12-01T08:00:00Z' },
    ],
    createdAt: '2026-12-01T08:00:00Z',
    updatedAt: '2026-12-01T08:00:00Z',
    ...changes,
  };
}

function run(changes: Partial<SyncRun> = {}): SyncRun {
  return {
    id: 'r-1',
    connectionId: 'c-unl',
    stream: 'products',
    kind: 'incremental',
    status: 'succeeded',
    windowFrom: '2026-12-07T08:00:00Z',
    windowTo: '2026-12-07T09:00:00Z',
    read: 120,
    changed: 14,
    rejected: 2,
    total: 120,
    errorCode: null,
    errorMessage: null,
    requestedAt: '2026-12-07T09:00:00Z',
    startedAt: '2026-12-07T09:00:01Z',
    finishedAt: '2026-12-07T09:01:30Z',
    ...changes,
  };
}

const QUALITY = { days: 30, accepted: 980, rejected: 20, score: 0.98, openQuarantine: 3 };

describe('Integrations: connections', { timeout: 30_000 }, () => {
  beforeAll(() => {
    installEventSource();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows each connection with its status, last sync and data quality; a viewer gets no actions', async () => {
    server.use(
      http.get(`${BASE}/connections`, () =>
        HttpResponse.json([
          connection(),
          connection({
            id: 'c-xero',
            provider: 'xero',
            account: null,
            displayName: 'Xero books',
            status: 'disabled',
            credentials: [],
          }),
        ]),
      ),
      http.get(`${BASE}/connections/:id/runs`, ({ params }) =>
        HttpResponse.json(
          params.id === 'c-unl'
            ? [run(), run({ id: 'r-0', status: 'failed', errorCode: 'auth_failed' })]
            : [],
        ),
      ),
      http.get(`${BASE}/connections/:id/quality`, () => HttpResponse.json(QUALITY)),
    );
    renderWithProviders(<IntegrationsPage />, VIEWER);

    const table = await screen.findByRole('region', { name: 'All connections' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Unleashed (UK warehouse)');
    expect(rows[1]).toHaveTextContent('Active');
    expect(rows[1]).toHaveTextContent('apiKey');
    await waitFor(() => {
      expect(rows[1]).toHaveTextContent('Succeeded');
    });
    expect(rows[2]).toHaveTextContent('not connected yet');
    expect(rows[2]).toHaveTextContent('Disabled');
    await waitFor(() => {
      expect(rows[2]).toHaveTextContent('never');
    });
    expect(await screen.findByText('98%')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Add a connection|Test|Delete|Sync now/ }),
    ).toBeNull();
  });

  it('adds a connection with the credentials its provider needs and shows the fields the API refused', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-conn';
    const sent: { body: unknown; csrf: string | null }[] = [];
    server.use(
      http.get(`${BASE}/connections`, () => HttpResponse.json([])),
      http.post(`${BASE}/connections`, async ({ request }) => {
        sent.push({ body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') });
        return HttpResponse.json(
          {
            title: 'Bad request',
            status: 400,
            detail: 'credentials.apiKey is required for unleashed',
            errors: [{ field: 'credentials.apiKey', message: 'is required for unleashed' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    renderWithProviders(<IntegrationsPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Add a connection' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /Provider/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Unleashed' }));
    const fill = async (name: string, value: string) => {
      const input = within(dialog).getByLabelText(name);
      await userEvent.click(input);
      await userEvent.paste(value);
    };
    await fill('Name', 'Unleashed (UK)');
    await fill('Unleashed API id', 'f1e2-api-id');
    await fill('API id', 'f1e2-api-id');
    await fill('API key', 'secret-key');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save connection' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'credentials.apiKey is required for unleashed',
    );
    expect(within(dialog).getByLabelText('API key')).toHaveAttribute('aria-invalid', 'true');
    expect(sent).toEqual([
      {
        body: {
          provider: 'unleashed',
          displayName: 'Unleashed (UK)',
          region: 'UK',
          account: 'f1e2-api-id',
          credentials: { apiId: 'f1e2-api-id', apiKey: 'secret-key' },
        },
        csrf: 'csrf-conn',
      },
    ]);
  });

  it('connects Xero through the consent link the API gives, in a window of its own', async () => {
    const popup = {
      closed: false,
      opener: {} as unknown,
      location: { href: '' },
      close: vi.fn(),
    };
    const open = vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    const authorizeUrl =
      'https://login.xero.com/identity/connect/authorize?response_type=code&state=abc';
    server.use(
      http.get(`${BASE}/connections`, () => HttpResponse.json([])),
      http.post(`${BASE}/connections`, async ({ request }) => {
        expect(await request.json()).toEqual({
          provider: 'xero',
          displayName: 'Xero books',
          region: 'UK',
        });
        return HttpResponse.json(
          connection({ id: 'c-xero', provider: 'xero', account: null, credentials: [] }),
          { status: 201 },
        );
      }),
      http.get(`${BASE}/connections/c-xero/xero/authorize`, () =>
        HttpResponse.json({ authorizeUrl, expiresAt: '2026-12-07T09:40:00Z' }),
      ),
    );
    renderWithProviders(<IntegrationsPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Add a connection' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: /Provider/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'Xero' }));
    await userEvent.click(within(dialog).getByLabelText('Name'));
    await userEvent.paste('Xero books');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save and connect to Xero' }));

    await waitFor(() => {
      expect(popup.location.href).toBe(authorizeUrl);
    });
    expect(open).toHaveBeenCalledTimes(1);
    expect(popup.opener).toBeNull();
  });

  it('starts a sync and follows its progress live until it finishes', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-sync';
    const progress = eventStream();
    let started = false;
    let finished = false;
    let csrf: string | null = null;
    server.use(
      http.get(`${BASE}/connections`, () => HttpResponse.json([connection()])),
      http.get(`${BASE}/connections/:id/quality`, () => HttpResponse.json(QUALITY)),
      http.get(`${BASE}/connections/c-unl/runs`, () =>
        HttpResponse.json(
          started
            ? [
                run({
                  id: 'r-2',
                  status: finished ? 'succeeded' : 'running',
                  read: finished ? 500 : 0,
                  total: null,
                  finishedAt: finished ? '2026-12-07T09:10:00Z' : null,
                }),
                run(),
              ]
            : [run()],
        ),
      ),
      http.post(`${BASE}/connections/c-unl/syncs`, async ({ request }) => {
        csrf = request.headers.get('X-XSRF-TOKEN');
        expect(await request.json()).toEqual({ kind: 'incremental', stream: 'products' });
        started = true;
        return HttpResponse.json({ started: ['r-2'], alreadyRunning: [] }, { status: 202 });
      }),
      http.get(`${BASE}/connections/c-unl/runs/r-2/events`, () => progress.response()),
    );
    renderWithProviders(<IntegrationsPage />);

    const form = await screen.findByRole('form', {
      name: 'Start a sync of Unleashed (UK warehouse)',
    });
    await waitFor(() => {
      expect(within(form).getByRole('button', { name: /Stream/ })).toBeEnabled();
    });
    await userEvent.click(within(form).getByRole('button', { name: /Stream/ }));
    await userEvent.click(await screen.findByRole('option', { name: 'products' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Sync now' }));

    expect(await screen.findByText('Started 1 run.')).toBeInTheDocument();
    expect(csrf).toBe('csrf-sync');
    const bar = await screen.findByRole('progressbar', { name: 'Progress of the products run' });

    progress.send('progress', {
      runId: 'r-2',
      status: 'running',
      read: 250,
      changed: 30,
      rejected: 1,
      total: 500,
      etaSeconds: 12,
    });
    await waitFor(() => {
      expect(bar).toHaveAttribute('aria-valuenow', '250');
    });
    expect(bar).toHaveAttribute('aria-valuetext', expect.stringContaining('about 12 s left'));

    finished = true;
    progress.send('finished', {
      runId: 'r-2',
      status: 'succeeded',
      read: 500,
      changed: 60,
      rejected: 1,
      total: 500,
      etaSeconds: 0,
    });
    await waitFor(() => {
      expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    });
    expect(screen.getByRole('region', { name: 'Sync runs' })).toHaveTextContent('500');
    progress.close();
  });

  it('tests a connection and shows what the provider said', async () => {
    server.use(
      http.get(`${BASE}/connections`, () => HttpResponse.json([connection()])),
      http.get(`${BASE}/connections/:id/runs`, () => HttpResponse.json([])),
      http.get(`${BASE}/connections/:id/quality`, () => HttpResponse.json(QUALITY)),
      http.post(`${BASE}/connections/c-unl/test`, () =>
        HttpResponse.json({
          ok: false,
          providerStatus: 401,
          message: 'Unleashed refused the API key',
          details: {},
        }),
      ),
    );
    renderWithProviders(<IntegrationsPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Test: Unleashed (UK warehouse)' }),
    );

    expect(await screen.findByText(/Connection failed \(HTTP 401\)/)).toHaveTextContent(
      'Unleashed refused the API key',
    );
  });

  it("replaces a connection's credentials with a PATCH carrying only them", async () => {
    document.cookie = 'XSRF-TOKEN=csrf-cred';
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.get(`${BASE}/connections`, () => HttpResponse.json([connection()])),
      http.get(`${BASE}/connections/:id/runs`, () => HttpResponse.json([])),
      http.get(`${BASE}/connections/:id/quality`, () => HttpResponse.json(QUALITY)),
      http.patch(`${BASE}/connections/c-unl`, async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        return HttpResponse.json(connection());
      }),
    );
    renderWithProviders(<IntegrationsPage />);

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Replace credentials: Unleashed (UK warehouse)',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByLabelText('API id'));
    await userEvent.paste('new-id');
    await userEvent.click(within(dialog).getByLabelText('API key'));
    await userEvent.paste('new-key');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save credentials' }));

    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    expect(sent).toEqual({
      body: { credentials: { apiId: 'new-id', apiKey: 'new-key' } },
      csrf: 'csrf-cred',
    });
  });
});
