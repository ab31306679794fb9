import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { ADMIN, clearCsrfCookie, problem } from './adminTestSupport';
import { Invitations } from './Invitations';

const user = userEvent.setup({ delay: null });

describe('Invitations', { timeout: 30_000 }, () => {
  afterEach(clearCsrfCookie);

  it('invites by e-mail with a role, with the CSRF header, and lists the answer', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-invite';
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.post('/api/auth/v1/admin/users', async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        return HttpResponse.json(
          {
            invitationId: 'inv-7',
            email: 'ana@example.com',
            role: 'MANAGER',
            expiresAt: '2026-12-10T13:00:00Z',
          },
          { status: 202 },
        );
      }),
    );
    renderWithProviders(<Invitations />, ADMIN);

    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'ana@example.com');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ana Planner');
    await user.click(screen.getByRole('button', { name: /Role/ }));
    await user.click(await screen.findByRole('option', { name: 'manager' }));
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    const list = await screen.findByRole('list', { name: 'Invitations sent' });
    expect(list).toHaveTextContent('ana@example.com as manager');
    expect(sent).toEqual({
      body: { email: 'ana@example.com', name: 'Ana Planner', role: 'MANAGER' },
      csrf: 'csrf-invite',
    });
    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveValue('');
  });

  it('shows the refusal for someone already in the organisation', async () => {
    server.use(
      http.post('/api/auth/v1/admin/users', () =>
        problem(409, 'This person is already a member of your organisation.'),
      ),
    );
    renderWithProviders(<Invitations />, ADMIN);

    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'viewer@example.com');
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Victor');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This person is already a member of your organisation.',
    );
    expect(screen.queryByRole('list', { name: 'Invitations sent' })).not.toBeInTheDocument();
  });
});
