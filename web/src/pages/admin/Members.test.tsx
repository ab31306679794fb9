import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Member } from '../../api/admin';
import { renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { ADMIN, clearCsrfCookie, layOutTables, MEMBERS, problem } from './adminTestSupport';
import { Members } from './Members';

const user = userEvent.setup({ delay: null });

describe('Members', { timeout: 30_000 }, () => {
  beforeEach(layOutTables);
  afterEach(() => {
    vi.restoreAllMocks();
    clearCsrfCookie();
  });

  it('lists the members with their role and sign-in state', async () => {
    server.use(http.get('/api/auth/v1/admin/users', () => HttpResponse.json(MEMBERS)));
    renderWithProviders(<Members />, ADMIN);

    const table = await screen.findByRole('table');
    const victor = within(table).getByText('Victor Viewer').closest('tr');
    expect(victor).toHaveTextContent('viewer@highland-harbour.example');
    expect(victor).toHaveTextContent('no password yet, locked after failed sign-ins');
    expect(within(table).getByRole('button', { name: /Role of Victor Viewer/ })).toHaveTextContent(
      'viewer',
    );
    expect(within(table).getByText('Ada Admin').closest('tr')).toHaveTextContent(
      'two-step sign-in',
    );
  });

  it('changes a role with a PATCH carrying the CSRF header', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-role';
    let members = MEMBERS;
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.get('/api/auth/v1/admin/users', () => HttpResponse.json(members)),
      http.patch('/api/auth/v1/admin/users/u-viewer', async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        const changed: Member = { ...(MEMBERS[1] as Member), role: 'OPERATOR' };
        members = [MEMBERS[0] as Member, changed];
        return HttpResponse.json(changed);
      }),
    );
    renderWithProviders(<Members />, ADMIN);

    await user.click(await screen.findByRole('button', { name: /Role of Victor Viewer/ }));
    await user.click(await screen.findByRole('option', { name: 'operator' }));

    expect(await screen.findByText('Victor Viewer is now operator.')).toBeInTheDocument();
    expect(sent).toEqual({ body: { role: 'OPERATOR' }, csrf: 'csrf-role' });
    await vi.waitFor(() => {
      expect(screen.getByRole('button', { name: /Role of Victor Viewer/ })).toHaveTextContent(
        'operator',
      );
    });
  });

  it('removes a member only after confirming, with active false', async () => {
    let sent: unknown;
    let members = MEMBERS;
    server.use(
      http.get('/api/auth/v1/admin/users', () => HttpResponse.json(members)),
      http.patch('/api/auth/v1/admin/users/u-viewer', async ({ request }) => {
        sent = await request.json();
        members = [MEMBERS[0] as Member];
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderWithProviders(<Members />, ADMIN);

    await user.click(await screen.findByRole('button', { name: 'Remove Victor Viewer' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Remove Victor Viewer?' });
    expect(sent).toBeUndefined();
    await user.click(within(dialog).getByRole('button', { name: 'Remove from the organisation' }));

    expect(await screen.findByText('Victor Viewer is no longer a member.')).toBeInTheDocument();
    expect(sent).toEqual({ active: false });
    await vi.waitFor(() => {
      expect(screen.queryByRole('button', { name: 'Remove Victor Viewer' })).toBeNull();
    });
  });

  it('shows the refusal when the last admin would be demoted', async () => {
    server.use(
      http.get('/api/auth/v1/admin/users', () => HttpResponse.json(MEMBERS)),
      http.patch('/api/auth/v1/admin/users/u-admin', () =>
        problem(409, 'Your organisation needs at least one active ADMIN.'),
      ),
    );
    renderWithProviders(<Members />, ADMIN);

    await user.click(await screen.findByRole('button', { name: /Role of Ada Admin/ }));
    await user.click(await screen.findByRole('option', { name: 'manager' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your organisation needs at least one active ADMIN.',
    );
  });
});
