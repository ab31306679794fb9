import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Me } from '../api/types';
import { MANAGER } from '../test/render';
import { server } from '../test/server';
import { AppShell } from './AppShell';

function Here() {
  const location = useLocation();
  return <p>at {`${location.pathname}${location.search}`}</p>;
}

function renderShell(entry = '/') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <p>overview page</p> },
          { path: '*', element: <Here /> },
        ],
      },
    ],
    { initialEntries: [entry] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

describe('AppShell', () => {
  it('shows the signed-in user, their role in the active tenant and the pages', async () => {
    server.use(http.get('/api/me', () => HttpResponse.json(MANAGER)));

    renderShell();

    expect(await screen.findByText('Morgan Manager')).toBeInTheDocument();
    expect(screen.getByText('manager')).toBeInTheDocument();
    expect(screen.getByText('Demo Makers')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(nav).toHaveTextContent('Overview');
    expect(nav).toHaveTextContent('Sales');
    expect(nav).toHaveTextContent('Working capital & cash');
    expect(screen.getByText('overview page')).toBeInTheDocument();
  });

  it('shows a skeleton, not a blank page, while the user loads', () => {
    server.use(http.get('/api/me', () => new Promise<never>(() => undefined)));

    renderShell();

    expect(screen.getByRole('status')).toHaveTextContent('Loading your account');
  });

  it('shows the detail of the problem the API answered', async () => {
    server.use(
      http.get('/api/me', () =>
        HttpResponse.json(
          {
            title: 'Service unavailable',
            status: 503,
            detail: 'auth-service is not available right now; try again shortly',
          },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );

    renderShell();

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'auth-service is not available right now; try again shortly',
    );
  });

  it('returns to the page remembered before sign-in', async () => {
    sessionStorage.setItem('sentia.returnTo', '/cash?week=3');
    server.use(http.get('/api/me', () => HttpResponse.json(MANAGER)));

    renderShell('/');

    expect(await screen.findByText('at /cash?week=3')).toBeInTheDocument();
  });

  it('drops the continue marker of a sign-in the gateway started', async () => {
    server.use(http.get('/api/me', () => HttpResponse.json(MANAGER)));

    renderShell('/cash?week=3&continue');

    expect(await screen.findByText('at /cash?week=3')).toBeInTheDocument();
  });

  it('takes a viewer of another tenant by the active membership', async () => {
    const viewer: Me = {
      ...MANAGER,
      memberships: [{ tenantId: 't-1', tenantName: 'Demo Makers', role: 'VIEWER' }],
    };
    server.use(http.get('/api/me', () => HttpResponse.json(viewer)));

    renderShell();

    expect(await screen.findByText('viewer')).toBeInTheDocument();
  });
});
