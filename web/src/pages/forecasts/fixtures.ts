import type {
  CalendarEvent,
  ForecastRun,
  SeriesAccuracy,
  SeriesForecast,
  SeriesPage,
  SeriesSummary,
} from '../../api/forecasts';

/** Answers shaped as forecasting-service's records serialise them. */

export function seriesSummary(overrides: Partial<SeriesSummary> = {}): SeriesSummary {
  return {
    key: 'GIN-70:shopify:UK',
    level: 'bottom',
    sku: 'GIN-70',
    channel: 'shopify',
    region: 'UK',
    model: 'ets(A,N,A)',
    band: 'good',
    mase: 0.71,
    naiveMase: 1.02,
    beatsNaive: true,
    wape: 18.4,
    historyWeeks: 104,
    adjustedWeeks: 2,
    ...overrides,
  };
}

export function seriesPage(series: SeriesSummary[]): SeriesPage {
  return {
    runId: '11111111-0000-4000-8000-000000000001',
    historyEnd: '2026-12-06',
    generatedAt: '2026-12-07T06:02:00Z',
    total: series.length,
    limit: 1000,
    offset: 0,
    series,
  };
}

export function seriesForecast(overrides: Partial<SeriesForecast> = {}): SeriesForecast {
  return {
    key: 'GIN-70:shopify:UK',
    level: 'bottom',
    sku: 'GIN-70',
    channel: 'shopify',
    region: 'UK',
    model: 'ets(A,N,A)',
    seasonLength: 52,
    runId: '11111111-0000-4000-8000-000000000001',
    granularity: 'week',
    historyEnd: '2026-12-06',
    history: [
      { periodStart: '2026-11-23', quantity: 40, adjusted: 40 },
      { periodStart: '2026-11-30', quantity: 90, adjusted: 44 },
    ],
    forecast: [
      {
        periodStart: '2026-12-07',
        point: 46,
        baseline: 42,
        eventUplift: 4,
        override: null,
        interval80: { lower: 36, upper: 56 },
        interval90: { lower: 33, upper: 59 },
        interval95: { lower: 30, upper: 62 },
      },
      {
        periodStart: '2026-12-14',
        point: 60,
        baseline: 43,
        eventUplift: 0,
        override: {
          quantity: 60,
          reason: 'Homepage listing',
          by: 'u-2',
          email: 'planner@demo.sentia.io',
          at: '2026-12-07T09:00:00Z',
        },
        interval80: { lower: 49, upper: 71 },
        interval90: { lower: 46, upper: 74 },
        interval95: { lower: 43, upper: 77 },
      },
    ],
    ...overrides,
  };
}

export function seriesAccuracy(overrides: Partial<SeriesAccuracy> = {}): SeriesAccuracy {
  return {
    key: 'GIN-70:shopify:UK',
    level: 'bottom',
    runId: '11111111-0000-4000-8000-000000000001',
    band: 'good',
    models: [
      {
        model: 'auto',
        windows: 2,
        points: 26,
        mase: 0.71,
        smape: 21.3,
        wape: 18.4,
        bias: -2.1,
        coverage80: 0.81,
        coverage90: 0.9,
        coverage95: 0.96,
      },
      {
        model: 'naive',
        windows: 2,
        points: 26,
        mase: 1.02,
        smape: 30.2,
        wape: 27.9,
        bias: 0.4,
        coverage80: 0.7,
        coverage90: 0.8,
        coverage95: 0.9,
      },
    ],
    versusNaive: { baseline: 'naive', maseRatio: 0.696, beatsBaseline: true },
    ...overrides,
  };
}

export function forecastRun(overrides: Partial<ForecastRun> = {}): ForecastRun {
  return {
    id: '22222222-0000-4000-8000-000000000002',
    trigger: 'manual',
    status: 'succeeded',
    requestedBy: 'u-2',
    horizon: 13,
    createdAt: '2026-12-07T10:00:00Z',
    startedAt: '2026-12-07T10:00:01Z',
    finishedAt: '2026-12-07T10:01:00Z',
    historyEnd: '2026-12-06',
    seriesTotal: 400,
    seriesDone: 400,
    bottomSeries: 300,
    ...overrides,
  };
}

export function calendarEvent(overrides: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: '33333333-0000-4000-8000-000000000003',
    name: 'Black Friday',
    from: '2026-11-27',
    to: '2026-11-30',
    skus: null,
    channel: 'shopify',
    region: null,
    upliftPercent: 40,
    createdBy: 'u-2',
    createdAt: '2026-11-01T09:00:00Z',
    ...overrides,
  };
}
