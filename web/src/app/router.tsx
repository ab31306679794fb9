import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppShell } from './AppShell';
import { RouteError } from './RouteError';

/** Each page is a chunk of its own, loaded when it is first opened. */
export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        lazy: async () => ({ Component: (await import('../pages/OverviewPage')).OverviewPage }),
      },
      {
        path: 'sales',
        lazy: async () => ({ Component: (await import('../pages/SalesPage')).SalesPage }),
      },
      {
        path: 'cash',
        lazy: async () => ({ Component: (await import('../pages/CashPage')).CashPage }),
      },
      {
        path: 'admin',
        lazy: async () => ({ Component: (await import('../pages/admin/AdminPage')).AdminPage }),
      },
      {
        path: 'account',
        lazy: async () => ({
          Component: (await import('../pages/account/AccountPage')).AccountPage,
        }),
      },
      {
        path: 'planning',
        lazy: async () => ({
          Component: (await import('../pages/planning/PlanningPage')).PlanningPage,
        }),
      },
      {
        path: 'forecasts',
        lazy: async () => ({
          Component: (await import('../pages/forecasts/ForecastsPage')).ForecastsPage,
        }),
      },
      {
        path: 'forecasts/series',
        lazy: async () => ({
          Component: (await import('../pages/forecasts/SeriesPage')).SeriesPage,
        }),
      },
      {
        path: 'alerts',
        lazy: async () => ({ Component: (await import('../pages/alerts/AlertsPage')).AlertsPage }),
      },
      {
        path: 'notifications/acknowledge',
        lazy: async () => ({
          Component: (await import('../pages/alerts/AcknowledgePage')).AcknowledgePage,
        }),
      },
      {
        path: 'integrations',
        lazy: async () => ({
          Component: (await import('../pages/integrations/IntegrationsPage')).IntegrationsPage,
        }),
      },
      {
        path: '*',
        lazy: async () => ({ Component: (await import('../pages/NotFoundPage')).NotFoundPage }),
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
