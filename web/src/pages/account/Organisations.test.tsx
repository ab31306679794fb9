import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../../api/types';
import { MANAGER, renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { Organisations } from './Organisations';

const user = userEvent.setup({ delay: null });

const INVITATION = {
  invitationId: 'inv-1',
  tenantId: 't-9',
  tenantName: 'Glen Bottlers',
  role: 'OPERATOR',
  expiresAt: '2026-12-10T09:00:00Z',
};

describe('Organisations', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('lists the organisations with the role in each and the open invitations', async () => {
    const me: Me = {
      ...MANAGER,
      memberships: [
        { tenantId: 't-1', tenantName: 'Demo Makers', role: 'MANAGER' },
        { tenantId: 't-2', tenantName: 'Harbour Trading', role: 'VIEWER' },
      ],
    };
    server.use(http.get('/api/auth/v1/me/invitations', () => HttpResponse.json([INVITATION])));
    renderWithProviders(<Organisations />, me);

    const mine = screen.getByRole('list', { name: 'Your organisations' });
    expect(within(mine).getAllByRole('listitem')[0]).toHaveTextContent(
      /Demo Makers\s*manager · signed in to this one/,
    );
    expect(
      within(mine).queryByRole('button', { name: 'Switch to Demo Makers' }),
    ).not.toBeInTheDocument();
    expect(
      within(mine).getByRole('button', { name: 'Switch to Harbour Trading' }),
    ).toBeInTheDocument();
    const waiting = await screen.findByRole('list', { name: 'Invitations waiting for you' });
    expect(waiting).toHaveTextContent('Glen Bottlers invites you as operator');
  });

  it('accepts an invitation with the CSRF header and reloads the open ones', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-inv';
    let accepted: string | null = null;
    let invitations = [INVITATION];
    server.use(
      http.get('/api/auth/v1/me/invitations', () => HttpResponse.json(invitations)),
      http.post('/api/auth/v1/me/invitations/inv-1/accept', ({ request }) => {
        accepted = request.headers.get('X-XSRF-TOKEN');
        invitations = [];
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderWithProviders(<Organisations />);

    await user.click(await screen.findByRole('button', { name: 'Join Glen Bottlers' }));

    expect(await screen.findByText('No open invitations.')).toBeInTheDocument();
    expect(accepted).toBe('csrf-inv');
  });

  it('shows why an invitation could not be accepted', async () => {
    server.use(
      http.get('/api/auth/v1/me/invitations', () => HttpResponse.json([INVITATION])),
      http.post('/api/auth/v1/me/invitations/inv-1/accept', () =>
        HttpResponse.json(
          { title: 'Gone', status: 410, detail: 'The invitation has expired.' },
          { status: 410, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<Organisations />);

    await user.click(await screen.findByRole('button', { name: 'Join Glen Bottlers' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The invitation has expired.');
  });
});
