import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../test/server';
import { api, ApiError, CSRF_HEADER, LOGIN_START, SignInRequired, takeReturnTo } from './http';

function clearCookies() {
  for (const cookie of document.cookie.split('; ')) {
    const name = cookie.split('=')[0];
    if (name !== undefined && name !== '') {
      document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
  }
}

describe('api', () => {
  afterEach(() => {
    clearCookies();
    vi.restoreAllMocks();
  });

  it('echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on a write', async () => {
    document.cookie = 'XSRF-TOKEN=tok%2Ben';
    let header: string | null = null;
    server.use(
      http.post('/api/analytics/v1/cash/scenarios', ({ request }) => {
        header = request.headers.get(CSRF_HEADER);
        return HttpResponse.json({ id: 's-1' }, { status: 201 });
      }),
    );

    await api('/api/analytics/v1/cash/scenarios', { method: 'POST', body: { name: 'x' } });

    expect(header).toBe('tok+en');
  });

  it('sends no CSRF header on a read', async () => {
    document.cookie = 'XSRF-TOKEN=abc';
    let header: string | null = 'unset';
    server.use(
      http.get('/api/me', ({ request }) => {
        header = request.headers.get(CSRF_HEADER);
        return HttpResponse.json({});
      }),
    );

    await api('/api/me');

    expect(header).toBeNull();
  });

  it('raises the problem detail the API wrote', async () => {
    server.use(
      http.get('/api/analytics/v1/sales', () =>
        HttpResponse.json(
          {
            type: 'https://sentia.io/problems/bad-request',
            title: 'Bad request',
            status: 400,
            detail: 'groupBy must be one of total, region',
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    const failure = api('/api/analytics/v1/sales');

    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toThrow('groupBy must be one of total, region');
  });

  it('sends the user through sign-in on a 401 and remembers the page', async () => {
    const assign = vi.fn();
    const here = new URL('/cash?week=3', window.location.href);
    vi.stubGlobal('location', {
      href: here.href,
      origin: here.origin,
      protocol: here.protocol,
      host: here.host,
      pathname: '/cash',
      search: '?week=3',
      hash: '',
      assign,
    });
    server.use(http.get('/api/me', () => new HttpResponse(null, { status: 401 })));

    await expect(api('/api/me')).rejects.toBeInstanceOf(SignInRequired);

    expect(assign).toHaveBeenCalledWith(LOGIN_START);
    expect(takeReturnTo()).toBe('/cash?week=3');
    vi.unstubAllGlobals();
  });
});

describe('takeReturnTo', () => {
  it('gives the remembered page once', () => {
    sessionStorage.setItem('sentia.returnTo', '/sales');

    expect(takeReturnTo()).toBe('/sales');
    expect(takeReturnTo()).toBeUndefined();
  });

  it.each(['//evil.example/path', 'https://evil.example/', '/\\evil.example'])(
    'refuses %s, which would leave the site',
    (value) => {
      sessionStorage.setItem('sentia.returnTo', value);

      expect(takeReturnTo()).toBeUndefined();
    },
  );
});
