import { queryOptions } from '@tanstack/react-query';
import { api } from './http';
import type {
  AgeingAnswer,
  OutlookReport,
  PlanList,
  SalesGroupBy,
  SalesReport,
  SavedScenario,
  Suggestion,
  WorkingCapitalAnswer,
} from './types';

/** Every read the pages make, keyed so TanStack Query shares and refreshes them. */

export const salesQuery = (from: string, to: string, groupBy: SalesGroupBy) =>
  queryOptions({
    queryKey: ['analytics', 'sales', { from, to, groupBy }],
    queryFn: ({ signal }) =>
      api<SalesReport>(
        `/api/analytics/v1/sales?${new URLSearchParams({ from, to, groupBy }).toString()}`,
        {
          signal,
        },
      ),
  });

export const cashOutlookQuery = () =>
  queryOptions({
    queryKey: ['analytics', 'cash', 'outlook'],
    queryFn: ({ signal }) => api<OutlookReport>('/api/analytics/v1/cash/outlook', { signal }),
  });

export const ageingQuery = (side: 'receivables' | 'payables') =>
  queryOptions({
    queryKey: ['analytics', side, 'ageing'],
    queryFn: ({ signal }) => api<AgeingAnswer>(`/api/analytics/v1/${side}/ageing`, { signal }),
  });

export const workingCapitalQuery = (from: string, to: string) =>
  queryOptions({
    queryKey: ['analytics', 'working-capital', { from, to }],
    queryFn: ({ signal }) =>
      api<WorkingCapitalAnswer>(
        `/api/analytics/v1/working-capital?${new URLSearchParams({ from, to }).toString()}`,
        { signal },
      ),
  });

export const savedScenariosQuery = () =>
  queryOptions({
    queryKey: ['analytics', 'cash', 'scenarios'],
    queryFn: ({ signal }) => api<SavedScenario[]>('/api/analytics/v1/cash/scenarios', { signal }),
  });

export const plansQuery = () =>
  queryOptions({
    queryKey: ['forecasting', 'plans'],
    queryFn: ({ signal }) => api<PlanList>('/api/forecasting/v1/plans', { signal }),
  });

export const openSuggestionsQuery = () =>
  queryOptions({
    queryKey: ['forecasting', 'suggestions', { status: 'open' }],
    queryFn: ({ signal }) =>
      api<Suggestion[]>('/api/forecasting/v1/suggestions?status=open', { signal }),
  });
