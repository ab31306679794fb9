import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { Mfa } from './Mfa';

const URI =
  'otpauth://totp/Sentia:manager%40demo.sentia.io?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Sentia';
const CODES = ['a1b2-c3d4', 'e5f6-g7h8', 'i9j0-k1l2'];

function problem(status: number, detail: string) {
  return HttpResponse.json(
    { title: 'Refused', status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

// The shared test machine is slow; typing without per-key delays keeps the tests about behaviour.
const user = userEvent.setup({ delay: null });

describe('Mfa', { timeout: 30_000 }, () => {
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    vi.restoreAllMocks();
  });

  it('enrols: QR code and key, then the code confirmed with the CSRF header, then the recovery codes once', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-mfa';
    const sent: { method: string; csrf: string | null; body: unknown }[] = [];
    server.use(
      http.post('/api/auth/v1/me/mfa/totp', ({ request }) => {
        sent.push({ method: 'enrol', csrf: request.headers.get('X-XSRF-TOKEN'), body: null });
        return HttpResponse.json(
          { secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', otpauthUri: URI },
          { status: 201 },
        );
      }),
      http.post('/api/auth/v1/me/mfa/totp/confirm', async ({ request }) => {
        sent.push({
          method: 'confirm',
          csrf: request.headers.get('X-XSRF-TOKEN'),
          body: await request.json(),
        });
        return HttpResponse.json({ recoveryCodes: CODES });
      }),
    );
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithProviders(<Mfa />);

    await user.click(screen.getByRole('button', { name: 'Set up an authenticator app' }));

    expect(
      await screen.findByRole('img', { name: 'QR code to add Sentia to your authenticator app' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Key for the authenticator app')).toHaveTextContent(
      'JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP',
    );
    await user.type(screen.getByRole('textbox', { name: 'Code the app shows now' }), '123 456');
    await user.click(screen.getByRole('button', { name: 'Turn on' }));

    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(CODES);
    expect(sent).toEqual([
      { method: 'enrol', csrf: 'csrf-mfa', body: null },
      { method: 'confirm', csrf: 'csrf-mfa', body: { code: '123456' } },
    ]);
    expect(screen.queryByRole('img', { name: /QR code/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy the codes' }));
    expect(writeText).toHaveBeenCalledWith(CODES.join('\n'));
    expect(await screen.findByText('Copied.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'I have stored them' }));
    expect(screen.queryByText(CODES[0] ?? '')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Set up an authenticator app' })).toBeInTheDocument();
  });

  it('shows the refusal of a wrong code and keeps the QR code for another try', async () => {
    server.use(
      http.post('/api/auth/v1/me/mfa/totp', () =>
        HttpResponse.json({ secret: 'JBSWY3DPEHPK3PXP', otpauthUri: URI }, { status: 201 }),
      ),
      http.post('/api/auth/v1/me/mfa/totp/confirm', () =>
        problem(
          400,
          'The code is wrong, expired or already used. Enter the code your app shows now.',
        ),
      ),
    );
    renderWithProviders(<Mfa />);

    await user.click(screen.getByRole('button', { name: 'Set up an authenticator app' }));
    await user.type(
      await screen.findByRole('textbox', { name: 'Code the app shows now' }),
      '000000',
    );
    await user.click(screen.getByRole('button', { name: 'Turn on' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The code is wrong, expired or already used.',
    );
    expect(screen.getByRole('img', { name: /QR code/ })).toBeInTheDocument();
  });

  it('says when a second factor is already set up', async () => {
    server.use(
      http.post('/api/auth/v1/me/mfa/totp', () =>
        problem(409, 'You already have a second factor; remove it before enrolling a new one.'),
      ),
    );
    renderWithProviders(<Mfa />);

    await user.click(screen.getByRole('button', { name: 'Set up an authenticator app' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You already have a second factor; remove it before enrolling a new one.',
    );
  });

  it('removes the factor with a code sent as a DELETE body with the CSRF header', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-del';
    let sent: { csrf: string | null; body: unknown } | undefined;
    server.use(
      http.delete('/api/auth/v1/me/mfa/totp', async ({ request }) => {
        sent = { csrf: request.headers.get('X-XSRF-TOKEN'), body: await request.json() };
        return new HttpResponse(null, { status: 204 });
      }),
    );
    renderWithProviders(<Mfa />);

    await user.type(screen.getByRole('textbox', { name: 'Code or recovery code' }), ' a1b2-c3d4 ');
    await user.click(screen.getByRole('button', { name: 'Remove' }));

    expect(await screen.findByText('The authenticator app is removed.')).toBeInTheDocument();
    expect(sent).toEqual({ csrf: 'csrf-del', body: { code: 'a1b2-c3d4' } });
  });

  it('shows why a removal was refused', async () => {
    server.use(
      http.delete('/api/auth/v1/me/mfa/totp', () =>
        problem(409, 'You have no second factor to remove.'),
      ),
    );
    renderWithProviders(<Mfa />);

    await user.type(screen.getByRole('textbox', { name: 'Code or recovery code' }), '123456');
    await user.click(screen.getByRole('button', { name: 'Remove' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'You have no second factor to remove.',
    );
  });
});
