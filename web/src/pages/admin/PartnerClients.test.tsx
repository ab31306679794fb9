import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PartnerClient } from '../../api/admin';
import { renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { ADMIN, clearCsrfCookie, CLIENTS, layOutTables, problem } from './adminTestSupport';
import { PartnerClients } from './PartnerClients';

const user = userEvent.setup({ delay: null });

describe('PartnerClients', { timeout: 30_000 }, () => {
  beforeEach(layOutTables);
  afterEach(() => {
    vi.restoreAllMocks();
    clearCsrfCookie();
  });

  it('lists the clients with scopes and status; revoked ones offer no action', async () => {
    server.use(http.get('/api/auth/v1/admin/clients', () => HttpResponse.json(CLIENTS)));
    renderWithProviders(<PartnerClients />, ADMIN);

    const table = await screen.findByRole('table');
    const reporting = within(table).getByText('highland-harbour-reporting').closest('tr');
    expect(reporting).toHaveTextContent('analytics.read, forecasts.read');
    expect(reporting).toHaveTextContent('active');
    const old = within(table).getByText('old-bi').closest('tr');
    expect(old).toHaveTextContent('revoked');
    expect(screen.queryByRole('button', { name: 'Revoke Old BI' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Revoke Reporting' })).toBeInTheDocument();
  });

  it('creates a client with the chosen scopes and shows its secret once, with a copy button', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-client';
    let clients: PartnerClient[] = [];
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.get('/api/auth/v1/admin/clients', () => HttpResponse.json(clients)),
      http.post('/api/auth/v1/admin/clients', async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        clients = [{ ...(CLIENTS[0] as PartnerClient), clientId: 'wh-bi', name: 'Warehouse BI' }];
        return HttpResponse.json(
          {
            clientId: 'wh-bi',
            clientSecret: 's3cr3t-shown-once',
            name: 'Warehouse BI',
            scopes: ['forecasts.read', 'analytics.read'],
          },
          { status: 201 },
        );
      }),
    );
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithProviders(<PartnerClients />, ADMIN);

    await user.type(
      screen.getByRole('textbox', { name: 'What the partner system is' }),
      'Warehouse BI',
    );
    await user.click(screen.getByRole('checkbox', { name: /Read analytics/ }));
    await user.click(screen.getByRole('checkbox', { name: /Read forecasts/ }));
    await user.click(screen.getByRole('button', { name: 'Create client' }));

    expect(await screen.findByLabelText('Client secret')).toHaveTextContent('s3cr3t-shown-once');
    expect(sent).toEqual({
      body: { name: 'Warehouse BI', scopes: ['analytics.read', 'forecasts.read'] },
      csrf: 'csrf-client',
    });
    expect(await screen.findByText('wh-bi', { selector: 'td' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy the secret' }));
    expect(writeText).toHaveBeenCalledWith('s3cr3t-shown-once');

    await user.click(screen.getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByText('s3cr3t-shown-once')).not.toBeInTheDocument();
  });

  it('rotates a secret after confirming and shows the new one', async () => {
    let rotated = false;
    server.use(
      http.get('/api/auth/v1/admin/clients', () => HttpResponse.json(CLIENTS)),
      http.post('/api/auth/v1/admin/clients/highland-harbour-reporting/secret', () => {
        rotated = true;
        return HttpResponse.json({
          clientId: 'highland-harbour-reporting',
          clientSecret: 'brand-new-secret',
          name: 'Reporting',
          scopes: ['analytics.read'],
        });
      }),
    );
    renderWithProviders(<PartnerClients />, ADMIN);

    await user.click(await screen.findByRole('button', { name: 'Rotate the secret of Reporting' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(rotated).toBe(false);
    await user.click(within(dialog).getByRole('button', { name: 'Rotate the secret' }));

    expect(await screen.findByLabelText('Client secret')).toHaveTextContent('brand-new-secret');
  });

  it('revokes with a DELETE after confirming, and shows a refusal', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-revoke';
    let csrf: string | null = null;
    server.use(
      http.get('/api/auth/v1/admin/clients', () => HttpResponse.json(CLIENTS)),
      http.delete('/api/auth/v1/admin/clients/highland-harbour-reporting', ({ request }) => {
        csrf = request.headers.get('X-XSRF-TOKEN');
        return problem(404, 'No partner client highland-harbour-reporting in your organisation.');
      }),
    );
    renderWithProviders(<PartnerClients />, ADMIN);

    await user.click(await screen.findByRole('button', { name: 'Revoke Reporting' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Revoke the client',
      }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No partner client highland-harbour-reporting in your organisation.',
    );
    expect(csrf).toBe('csrf-revoke');
  });
});
