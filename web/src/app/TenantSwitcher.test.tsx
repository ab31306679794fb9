import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOGIN_START, takeReturnTo } from '../api/http';
import type { Me } from '../api/types';
import { MANAGER, renderWithProviders } from '../test/render';
import { server } from '../test/server';
import { TenantSwitcher } from './TenantSwitcher';
import { TenantSwitcherSlot } from './TenantSwitcherSlot';

const TWO_TENANTS: Me = {
  ...MANAGER,
  memberships: [
    { tenantId: 't-1', tenantName: 'Demo Makers', role: 'MANAGER' },
    { tenantId: 't-2', tenantName: 'Harbour Trading', role: 'VIEWER' },
  ],
};

const user = userEvent.setup({ delay: null });

describe('TenantSwitcher', { timeout: 30_000 }, () => {
  let assign: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    assign = vi.fn();
    const here = new URL('/sales?groupBy=region', window.location.href);
    vi.stubGlobal('location', {
      href: here.href,
      origin: here.origin,
      pathname: '/sales',
      search: '?groupBy=region',
      hash: '',
      assign,
    });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('is not shown to someone in one organisation', () => {
    renderWithProviders(<TenantSwitcherSlot me={MANAGER} />);

    expect(screen.queryByText('Organisation')).not.toBeInTheDocument();
  });

  it('is loaded into the header for someone in two, showing the current one', async () => {
    renderWithProviders(<TenantSwitcherSlot me={TWO_TENANTS} />);

    expect(await screen.findByRole('button', { name: /Organisation/ })).toHaveTextContent(
      'Demo Makers',
    );
  });

  it('stores the choice with the CSRF header, then signs in again and comes back to the page', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-tenant';
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.put('/api/auth/v1/me/active-tenant', async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        return HttpResponse.json({ tenantId: 't-2' });
      }),
    );
    renderWithProviders(<TenantSwitcher me={TWO_TENANTS} />);

    await user.click(screen.getByRole('button', { name: /Organisation/ }));
    await user.click(await screen.findByRole('option', { name: /Harbour Trading/ }));

    await vi.waitFor(() => {
      expect(assign).toHaveBeenCalledWith(LOGIN_START);
    });
    expect(sent).toEqual({ body: { tenantId: 't-2' }, csrf: 'csrf-tenant' });
    expect(takeReturnTo()).toBe('/sales?groupBy=region');
  });

  it('shows the refusal and stays signed in to the current organisation', async () => {
    server.use(
      http.put('/api/auth/v1/me/active-tenant', () =>
        HttpResponse.json(
          { title: 'Not found', status: 404, detail: 'You are not a member of tenant t-2.' },
          { status: 404, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<TenantSwitcher me={TWO_TENANTS} />);

    await user.click(screen.getByRole('button', { name: /Organisation/ }));
    await user.click(await screen.findByRole('option', { name: /Harbour Trading/ }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not switched: You are not a member of tenant t-2.',
    );
    expect(assign).not.toHaveBeenCalled();
  });
});
