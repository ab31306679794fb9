import { queryOptions } from '@tanstack/react-query';
import { api, ApiError } from './http';

/**
 * Forecasts as forecasting-service answers them (`/api/forecasting/v1/series`, `/runs`,
 * overrides, calendar events, analogues): the shapes of its records `SeriesViews.*`,
 * `ForecastRun`, `ForecastOverride`, `OverrideChange`, `CalendarEvent`, `AnalogueChoice`.
 */

const BASE = '/api/forecasting/v1';

export const LEVELS = ['bottom', 'sku', 'region', 'total'] as const;
export type SeriesLevel = (typeof LEVELS)[number];
export const BANDS = ['good', 'fair', 'poor', 'unknown'] as const;
export type AccuracyBand = (typeof BANDS)[number];

export interface SeriesSummary {
  key: string;
  level: SeriesLevel;
  sku: string;
  channel: string;
  region: string;
  model: string;
  band: AccuracyBand;
  mase?: number | null;
  naiveMase?: number | null;
  beatsNaive?: boolean | null;
  wape?: number | null;
  historyWeeks: number;
  adjustedWeeks: number;
}

export interface SeriesPage {
  runId: string | null;
  historyEnd: string | null;
  generatedAt: string | null;
  total: number;
  limit: number;
  offset: number;
  series: SeriesSummary[];
}

export interface Interval {
  lower: number;
  upper: number;
}

export interface OverrideNote {
  quantity: number;
  reason: string;
  by: string;
  email?: string | null;
  at: string;
}

export interface HistoryWeek {
  periodStart: string;
  quantity: number;
  adjusted: number;
}

export interface ForecastWeek {
  periodStart: string;
  point: number;
  baseline: number;
  eventUplift: number;
  override: OverrideNote | null;
  interval80: Interval;
  interval90: Interval;
  interval95: Interval;
}

export interface SeriesForecast {
  key: string;
  level: SeriesLevel;
  sku: string;
  channel: string;
  region: string;
  model: string;
  seasonLength: number;
  runId: string;
  granularity: string;
  historyEnd: string;
  history: HistoryWeek[];
  forecast: ForecastWeek[];
}

export interface ModelAccuracy {
  model: string;
  windows: number;
  points: number;
  mase?: number | null;
  smape?: number | null;
  wape?: number | null;
  bias?: number | null;
  coverage80?: number | null;
  coverage90?: number | null;
  coverage95?: number | null;
}

export interface SeriesAccuracy {
  key: string;
  level: SeriesLevel;
  runId: string;
  band: AccuracyBand;
  models: ModelAccuracy[];
  versusNaive: { baseline: string; maseRatio?: number | null; beatsBaseline?: boolean | null };
}

export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface ForecastRun {
  id: string;
  trigger: 'manual' | 'scheduled';
  status: RunStatus;
  requestedBy?: string;
  scheduledDate?: string;
  horizon: number;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  historyEnd?: string;
  seriesTotal: number;
  seriesDone: number;
  bottomSeries: number;
  estimatedFinish?: string;
  error?: string;
}

export interface CalendarEvent {
  id: string;
  name: string;
  from: string;
  to: string;
  skus: string[] | null;
  channel: string | null;
  region: string | null;
  upliftPercent: number;
  createdBy: string;
  createdAt: string;
}

export interface NewCalendarEvent {
  name: string;
  from: string;
  to: string;
  skus?: string[];
  channel?: string;
  region?: string;
  upliftPercent?: number;
}

export interface AnalogueChoice {
  series: string;
  analogueSkus: string[];
  scale: number;
  updatedBy: string;
  updatedAt: string;
}

export interface OverrideChange {
  series: string;
  periodStart: string;
  action: 'set' | 'cleared';
  oldQuantity?: number | null;
  newQuantity?: number | null;
  reason: string;
  subject: string;
  email?: string | null;
  changedAt: string;
}

/** A series key in a URL path: each part encoded, the colons kept as the API names them. */
export function keyPath(key: string): string {
  return key.split(':').map(encodeURIComponent).join(':');
}

export interface SeriesFilters {
  level: SeriesLevel;
  sku?: string;
  channel?: string;
  region?: string;
  band?: AccuracyBand;
}

/** The most series one request may ask for. */
export const SERIES_LIMIT = 1000;

export const seriesListQuery = (filters: SeriesFilters) =>
  queryOptions({
    queryKey: ['forecasting', 'series', 'list', filters],
    queryFn: ({ signal }) => {
      const query = new URLSearchParams({ level: filters.level, limit: String(SERIES_LIMIT) });
      for (const name of ['sku', 'channel', 'region', 'band'] as const) {
        const value = filters[name];
        if (value !== undefined && value !== '') {
          query.set(name, value);
        }
      }
      return api<SeriesPage>(`${BASE}/series?${query.toString()}`, { signal });
    },
  });

export const seriesForecastQuery = (key: string) =>
  queryOptions({
    queryKey: ['forecasting', 'series', key, 'forecast'],
    queryFn: ({ signal }) =>
      api<SeriesForecast>(`${BASE}/series/${keyPath(key)}/forecast`, { signal }),
  });

export const seriesAccuracyQuery = (key: string) =>
  queryOptions({
    queryKey: ['forecasting', 'series', key, 'accuracy'],
    queryFn: ({ signal }) =>
      api<SeriesAccuracy>(`${BASE}/series/${keyPath(key)}/accuracy`, { signal }),
  });

/** The analogue chosen for a series or SKU; null when none is (the API answers 404). */
export const analogueQuery = (key: string) =>
  queryOptions({
    queryKey: ['forecasting', 'series', key, 'analogue'],
    queryFn: async ({ signal }) => {
      try {
        return await api<AnalogueChoice>(`${BASE}/series/${keyPath(key)}/analogue`, { signal });
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) {
          return null;
        }
        throw error;
      }
    },
  });

export const runsQuery = () =>
  queryOptions({
    queryKey: ['forecasting', 'runs'],
    queryFn: ({ signal }) => api<ForecastRun[]>(`${BASE}/runs?limit=20`, { signal }),
  });

export const calendarQuery = () =>
  queryOptions({
    queryKey: ['forecasting', 'calendar'],
    queryFn: ({ signal }) => api<CalendarEvent[]>(`${BASE}/calendar/events`, { signal }),
  });

export const overrideAuditQuery = (from: string) =>
  queryOptions({
    queryKey: ['forecasting', 'overrides', 'audit', from],
    queryFn: ({ signal }) =>
      api<OverrideChange[]>(`${BASE}/overrides/audit?${new URLSearchParams({ from }).toString()}`, {
        signal,
      }),
  });

export function startRun() {
  return api<ForecastRun>(`${BASE}/runs`, { method: 'POST' });
}

export function setOverride(key: string, period: string, quantity: number, reason: string) {
  return api<unknown>(`${BASE}/series/${keyPath(key)}/overrides/${period}`, {
    method: 'PUT',
    body: { quantity, reason },
  });
}

export function clearOverride(key: string, period: string, reason: string) {
  return api<undefined>(`${BASE}/series/${keyPath(key)}/overrides/${period}`, {
    method: 'DELETE',
    body: { reason },
  });
}

export function addCalendarEvent(event: NewCalendarEvent) {
  return api<CalendarEvent>(`${BASE}/calendar/events`, { method: 'POST', body: event });
}

export function removeCalendarEvent(id: string) {
  return api<undefined>(`${BASE}/calendar/events/${encodeURIComponent(id)}`, {
    method: 'DELETE',
  });
}

export function chooseAnalogue(key: string, analogueSkus: string[], scale: number) {
  return api<AnalogueChoice>(`${BASE}/series/${keyPath(key)}/analogue`, {
    method: 'PUT',
    body: { analogueSkus, scale },
  });
}

export function dropAnalogue(key: string) {
  return api<undefined>(`${BASE}/series/${keyPath(key)}/analogue`, { method: 'DELETE' });
}
