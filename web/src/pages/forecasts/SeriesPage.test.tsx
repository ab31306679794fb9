import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me, Role } from '../../api/types';
import { MeProvider } from '../../auth/session';
import { MANAGER } from '../../test/render';
import { server } from '../../test/server';
import { seriesAccuracy, seriesForecast } from './fixtures';
import { SeriesPage } from './SeriesPage';

// Answers arrive late on a loaded machine: wait up to 5 s for them (each test file runs apart).
configure({ asyncUtilTimeout: 5000 });

vi.mock('../../charts/EChart', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const SERIES = '/api/forecasting/v1/series/GIN-70:shopify:UK';

/** MSW reads ':name' in a path as a parameter; the series key's colons are literal. */
function at(suffix: string): RegExp {
  return new RegExp(`${SERIES}${suffix}$`);
}

function as(role: Role): Me {
  return { ...MANAGER, memberships: [{ tenantId: 't-1', tenantName: 'Demo Makers', role }] };
}

function problem(status: number, detail: string) {
  return HttpResponse.json(
    { title: 'Refused', status, detail },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

function renderSeries(me: Me, key = 'GIN-70:shopify:UK') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(
    [
      {
        path: '/forecasts/series',
        element: (
          <MeProvider me={me}>
            <SeriesPage />
          </MeProvider>
        ),
      },
    ],
    { initialEntries: [`/forecasts/series?${new URLSearchParams({ key }).toString()}`] },
  );
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}

function answers() {
  server.use(
    http.get(at('/forecast'), () => HttpResponse.json(seriesForecast())),
    http.get(at('/accuracy'), () => HttpResponse.json(seriesAccuracy())),
    http.get(at('/analogue'), () => problem(404, 'No analogue chosen for GIN-70:shopify:UK.')),
  );
}

function weekRow(name: RegExp) {
  const table = screen.getByRole('table', { name: /History and forecast of GIN-70:shopify:UK/ });
  return within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
}

describe('SeriesPage', { timeout: 20_000 }, () => {
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('shows the model, accuracy against naive, and each week with baseline and bands', async () => {
    answers();
    renderSeries(as('VIEWER'));

    expect(
      await screen.findByRole('img', {
        name: 'History and forecast of GIN-70:shopify:UK with 80% and 95% intervals',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('article', { name: 'Model' })).toHaveTextContent('ets(A,N,A)');
    expect(screen.getByRole('article', { name: 'Against naive' })).toHaveTextContent('beats naive');
    expect(screen.getByRole('article', { name: 'Against naive' })).toHaveTextContent('0.7');
    const dates = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
    const first = weekRow(new RegExp(dates.format(new Date(2026, 11, 7))));
    const cells = within(first)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 7)).toEqual(['—', '—', '42', '4', '—', '46', '36 – 56']);
    expect(cells[7]).toBe('30 – 62');
    const history = weekRow(new RegExp(dates.format(new Date(2026, 10, 30))));
    expect(history).toHaveTextContent('90');
    expect(history).toHaveTextContent('44');
    const overridden = screen.getByText(/Homepage listing/).closest('tr') as HTMLElement;
    expect(overridden).toHaveTextContent('43'); // the statistical baseline stays visible
    expect(overridden).toHaveTextContent('60');
    expect(overridden).toHaveTextContent('49 – 71');
    expect(overridden).toHaveTextContent('43 – 77');
    expect(overridden).toHaveTextContent('planner@demo.sentia.io');
    const accuracy = screen.getByRole('table', { name: 'Backtest accuracy per model' });
    expect(within(accuracy).getByRole('row', { name: /chosen model/ })).toHaveTextContent('0.71');
    expect(within(accuracy).getByRole('row', { name: /naive/ })).toHaveTextContent('1.02');
    expect(await screen.findByText('No analogue chosen.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Override the week/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Use these analogues' })).toBeNull();
  });

  it('sets an override with its reason and the CSRF header', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-ov';
    answers();
    let sent: { url: string; body: unknown; csrf: string | null } | undefined;
    server.use(
      http.put(at('/overrides/[^/]+'), async ({ request }) => {
        sent = {
          url: new URL(request.url).pathname,
          body: await request.json(),
          csrf: request.headers.get('X-XSRF-TOKEN'),
        };
        return HttpResponse.json({});
      }),
    );
    renderSeries(as('OPERATOR'));

    const dates = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
    const week = dates.format(new Date(2026, 11, 7));
    await userEvent.click(
      await screen.findByRole('button', { name: `Override the week of ${week}` }),
    );
    const dialog = screen.getByRole('dialog');
    const units = within(dialog).getByRole('textbox', { name: 'Units for the week' });
    await userEvent.clear(units);
    await userEvent.type(units, '55');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Press feature');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save override' }));

    await vi.waitFor(() => {
      expect(sent).toEqual({
        url: `${SERIES}/overrides/2026-12-07`,
        body: { quantity: 55, reason: 'Press feature' },
        csrf: 'csrf-ov',
      });
    });
    await vi.waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
  });

  it("shows the API's refusal of an override removal", async () => {
    answers();
    server.use(
      http.delete(at('/overrides/[^/]+'), () =>
        problem(404, "No series GIN-70:shopify:UK in this tenant's newest forecast run."),
      ),
    );
    renderSeries(as('OPERATOR'));

    const dates = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
    await userEvent.click(
      await screen.findByRole('button', {
        name: `Remove override, week of ${dates.format(new Date(2026, 11, 14))}`,
      }),
    );
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Listing ended');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove override' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      "No series GIN-70:shopify:UK in this tenant's newest forecast run.",
    );
  });

  it('chooses analogue SKUs for an operator', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-an';
    answers();
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.put(at('/analogue'), async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        return HttpResponse.json({
          series: 'GIN-70:shopify:UK',
          analogueSkus: ['GIN-50', 'VODKA-70'],
          scale: 0.8,
          updatedBy: 'u-2',
          updatedAt: '2026-12-07T11:00:00Z',
        });
      }),
    );
    renderSeries(as('OPERATOR'));

    await userEvent.type(
      await screen.findByRole('textbox', { name: /Analogue SKUs/ }),
      'GIN-50, VODKA-70',
    );
    const scale = screen.getByRole('textbox', { name: 'Scale' });
    await userEvent.clear(scale);
    await userEvent.type(scale, '0.8');
    await userEvent.tab();
    await userEvent.click(screen.getByRole('button', { name: 'Use these analogues' }));

    await vi.waitFor(() => {
      expect(sent).toEqual({
        body: { analogueSkus: ['GIN-50', 'VODKA-70'], scale: 0.8 },
        csrf: 'csrf-an',
      });
    });
  });

  it('shows the problem detail of an unknown series', async () => {
    server.use(
      http.get(at('/forecast'), () =>
        problem(404, "No series GIN-70:shopify:UK in this tenant's newest forecast run."),
      ),
      http.get(at('/accuracy'), () =>
        problem(404, "No series GIN-70:shopify:UK in this tenant's newest forecast run."),
      ),
    );
    renderSeries(as('VIEWER'));

    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]).toHaveTextContent("No series GIN-70:shopify:UK in this tenant's newest");
  });
});
