import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Me, Role } from '../../api/types';
import { MANAGER, renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { calendarEvent, forecastRun, seriesPage, seriesSummary } from './fixtures';
import { ForecastsPage } from './ForecastsPage';

// Answers arrive late on a loaded machine: wait up to 5 s for them (each test file runs apart).
configure({ asyncUtilTimeout: 5000 });

const BASE = '/api/forecasting/v1';

function as(role: Role): Me {
  return { ...MANAGER, memberships: [{ tenantId: 't-1', tenantName: 'Demo Makers', role }] };
}

function problem(status: number, detail: string) {
  return HttpResponse.json(
    { title: 'Refused', status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

const SERIES = [
  seriesSummary(),
  seriesSummary({
    key: 'TONIC-6:amazon:US',
    sku: 'TONIC-6',
    channel: 'amazon',
    region: 'US',
    band: 'poor',
    mase: 1.3,
    naiveMase: 1.1,
    beatsNaive: false,
    wape: 71,
  }),
];

function seriesAnswers() {
  const asked: URLSearchParams[] = [];
  server.use(
    http.get(`${BASE}/series`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      asked.push(query);
      const band = query.get('band');
      return HttpResponse.json(
        seriesPage(band === null ? SERIES : SERIES.filter((row) => row.band === band)),
      );
    }),
  );
  return asked;
}

function seriesRows() {
  const table = screen.getByRole('region', { name: 'Series table' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .filter((row) => row.getAttribute('aria-hidden') !== 'true')
    .map((row) => row.textContent);
}

// Typing and pressing through dialogs is slow on a loaded machine; the default 5 s is not enough.
describe('ForecastsPage', { timeout: 20_000 }, () => {
  beforeAll(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(420);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1200);
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('lists the series with model, band and accuracy against naive, linked to their page', async () => {
    seriesAnswers();
    renderWithProviders(<ForecastsPage />);

    const link = await screen.findByRole('link', { name: 'GIN-70:shopify:UK' });
    expect(link).toHaveAttribute('href', '/forecasts/series?key=GIN-70%3Ashopify%3AUK');
    const gin = link.closest('tr') as HTMLElement;
    expect(gin).toHaveTextContent('ets(A,N,A)');
    expect(gin).toHaveTextContent('18.4');
    expect(gin).toHaveTextContent('0.71');
    expect(gin).toHaveTextContent('yes');
    expect(screen.getByText(/2 series match/)).toBeInTheDocument();
  });

  it('sends the band filter to the API and filters beats-naive in the answer', async () => {
    const asked = seriesAnswers();
    renderWithProviders(<ForecastsPage />);
    await screen.findByRole('link', { name: 'TONIC-6:amazon:US' });

    await userEvent.click(screen.getByRole('button', { name: /Against naive/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Does not beat naive' }));
    expect(seriesRows()).toHaveLength(1);
    expect(seriesRows()[0]).toContain('TONIC-6');

    await userEvent.click(screen.getByRole('button', { name: /^Any Accuracy band/ }));
    await userEvent.click(screen.getByRole('option', { name: 'good' }));

    await vi.waitFor(() => {
      expect(asked.some((query) => query.get('band') === 'good')).toBe(true);
    });
    // GIN-70 is good but beats naive: nothing is both good and behind naive.
    await screen.findByText('Nothing to show.');
    expect(asked.every((query) => query.get('level') === 'bottom')).toBe(true);
  });

  it('shows a running run’s progress and reads it again until it has finished', async () => {
    let reads = 0;
    server.use(
      http.get(`${BASE}/runs`, () => {
        reads += 1;
        return HttpResponse.json([
          reads === 1
            ? forecastRun({
                status: 'running',
                seriesDone: 100,
                finishedAt: undefined,
                estimatedFinish: '2026-12-07T10:03:00Z',
              })
            : forecastRun(),
        ]);
      }),
    );
    seriesAnswers();
    renderWithProviders(<ForecastsPage />, as('VIEWER'));

    await userEvent.click(screen.getByRole('tab', { name: 'Runs' }));
    const progress = await screen.findByRole('progressbar');
    expect(progress).toHaveAttribute('aria-valuenow', '100');
    expect(progress).toHaveAttribute('aria-valuemax', '400');
    expect(progress).toHaveAttribute('aria-valuetext', '100 of 400 series');
    expect(screen.queryByRole('button', { name: 'Start a forecast run' })).toBeNull();

    expect(await screen.findByText('succeeded', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(reads).toBe(2);
  });

  it('lets an operator start a run with the CSRF header and shows a refusal', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-run';
    let csrf: string | null = null;
    server.use(
      http.get(`${BASE}/runs`, () => HttpResponse.json([forecastRun()])),
      http.post(`${BASE}/runs`, ({ request }) => {
        csrf = request.headers.get('X-XSRF-TOKEN');
        return problem(409, 'A forecast run is already in progress for this tenant.');
      }),
    );
    seriesAnswers();
    renderWithProviders(<ForecastsPage />, as('OPERATOR'));

    await userEvent.click(screen.getByRole('tab', { name: 'Runs' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Start a forecast run' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'A forecast run is already in progress for this tenant.',
    );
    expect(csrf).toBe('csrf-run');
  });

  it('shows the promotions calendar and adds an event for an operator', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-cal';
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.get(`${BASE}/calendar/events`, () => HttpResponse.json([calendarEvent()])),
      http.post(`${BASE}/calendar/events`, async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        return HttpResponse.json(calendarEvent({ name: 'Burns Night' }), { status: 201 });
      }),
    );
    seriesAnswers();
    renderWithProviders(<ForecastsPage />, as('OPERATOR'));

    await userEvent.click(screen.getByRole('tab', { name: 'Promotions calendar' }));
    const row = (await screen.findByRole('rowheader', { name: 'Black Friday' })).closest('tr');
    expect(row).toHaveTextContent('shopify');
    expect(row).toHaveTextContent('+40%');

    await userEvent.type(screen.getByRole('textbox', { name: /Event name/ }), 'Burns Night');
    await userEvent.type(screen.getByLabelText(/First day/), '2027-01-25');
    await userEvent.type(screen.getByLabelText(/Last day/), '2027-01-25');
    await userEvent.type(screen.getByRole('textbox', { name: /SKUs/ }), 'WHISKY-12, GIN-70');
    const uplift = screen.getByRole('textbox', { name: 'Uplift (%)' });
    await userEvent.clear(uplift);
    await userEvent.type(uplift, '25');
    await userEvent.click(screen.getByRole('button', { name: 'Add event' }));

    await vi.waitFor(() => {
      expect(sent).toEqual({
        body: {
          name: 'Burns Night',
          from: '2027-01-25',
          to: '2027-01-25',
          skus: ['WHISKY-12', 'GIN-70'],
          upliftPercent: 25,
        },
        csrf: 'csrf-cal',
      });
    });
  });

  it('offers a viewer the calendar without changing it', async () => {
    server.use(http.get(`${BASE}/calendar/events`, () => HttpResponse.json([calendarEvent()])));
    seriesAnswers();
    renderWithProviders(<ForecastsPage />, as('VIEWER'));

    await userEvent.click(screen.getByRole('tab', { name: 'Promotions calendar' }));
    await screen.findByRole('rowheader', { name: 'Black Friday' });

    expect(screen.queryByRole('button', { name: 'Add event' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Remove Black Friday' })).toBeNull();
  });

  it('chooses analogues for a new SKU as a whole', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-new';
    let sent: { url: string; body: unknown; csrf: string | null } | undefined;
    // The key's colons are literal, not MSW parameters.
    const analogue = /\/api\/forecasting\/v1\/series\/SLOE-50:all:all\/analogue$/;
    server.use(
      http.get(analogue, () => problem(404, 'No analogue chosen for SLOE-50:all:all.')),
      http.put(analogue, async ({ request }) => {
        sent = {
          url: new URL(request.url).pathname,
          body: await request.json(),
          csrf: request.headers.get('X-XSRF-TOKEN'),
        };
        return HttpResponse.json({
          series: 'SLOE-50:all:all',
          analogueSkus: ['GIN-70'],
          scale: 1,
          updatedBy: 'u-2',
          updatedAt: '2026-12-07T11:00:00Z',
        });
      }),
    );
    seriesAnswers();
    renderWithProviders(<ForecastsPage />, as('OPERATOR'));

    await userEvent.click(screen.getByRole('tab', { name: 'New SKUs' }));
    await userEvent.type(screen.getByRole('textbox', { name: /New SKU/ }), 'SLOE-50');
    await userEvent.click(screen.getByRole('button', { name: 'Show its analogues' }));
    expect(await screen.findByText('No analogue chosen.')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /Analogue SKUs/ }), 'GIN-70');
    await userEvent.click(screen.getByRole('button', { name: 'Use these analogues' }));

    await vi.waitFor(() => {
      expect(sent).toEqual({
        url: `${BASE}/series/SLOE-50:all:all/analogue`,
        body: { analogueSkus: ['GIN-70'], scale: 1 },
        csrf: 'csrf-new',
      });
    });
  });

  it('shows the problem detail when the series cannot be read', async () => {
    server.use(http.get(`${BASE}/series`, () => problem(503, 'forecasting-service is starting')));
    renderWithProviders(<ForecastsPage />);

    expect(await screen.findByRole('alert')).toHaveTextContent('forecasting-service is starting');
  });
});
