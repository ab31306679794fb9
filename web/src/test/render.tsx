import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { Me } from '../api/types';
import { MeProvider } from '../auth/session';

export const MANAGER: Me = {
  id: 'u-1',
  email: 'manager@demo.sentia.io',
  name: 'Morgan Manager',
  activeTenantId: 't-1',
  memberships: [{ tenantId: 't-1', tenantName: 'Demo Makers', role: 'MANAGER' }],
};

export function renderWithProviders(ui: ReactNode, me: Me = MANAGER) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([
    { path: '*', element: <MeProvider me={me}>{ui}</MeProvider> },
  ]);
  return render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}
