import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioAnswer } from '../../api/types';
import { outlookReport } from '../../test/fixtures';
import { MANAGER, renderWithProviders } from '../../test/render';
import { server } from '../../test/server';
import { Scenarios } from './Scenarios';

vi.mock('../../charts/EChart', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

function answer(): ScenarioAnswer {
  const outlook = outlookReport().outlook;
  const figures = (closing: string) => ({
    opening: '0',
    inflows: '0',
    outflows: '0',
    closing,
    lowestPoint: closing,
  });
  return {
    scenario: { demandChangePercent: 10 },
    base: outlook,
    outlook,
    comparison: {
      weeks: outlook.weeks.map((week) => ({
        number: week.number,
        start: week.start,
        end: week.end,
        base: figures(String(week.closing)),
        scenario: figures((Number(week.closing) + 250).toFixed(2)),
        delta: figures('250.00'),
        baseBelowThreshold: week.belowThreshold,
        scenarioBelowThreshold: false,
      })),
      base: {
        inflows: '0',
        outflows: '0',
        closing: '3000',
        lowestPoint: '2900',
        weeksBelowThreshold: 5,
      },
      scenario: {
        inflows: '0',
        outflows: '0',
        closing: '3250',
        lowestPoint: '3150',
        weeksBelowThreshold: 0,
      },
      delta: {
        inflows: '0',
        outflows: '0',
        closing: '250',
        lowestPoint: '250',
        weeksBelowThreshold: -5,
      },
    },
  };
}

describe('Scenarios', () => {
  afterEach(() => {
    document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  });

  it('evaluates the levers with the CSRF header and shows both cases side by side', async () => {
    document.cookie = 'XSRF-TOKEN=csrf-123';
    let sent: { body: unknown; csrf: string | null } | undefined;
    server.use(
      http.get('/api/analytics/v1/cash/scenarios', () => HttpResponse.json([])),
      http.post('/api/analytics/v1/cash/scenarios:evaluate', async ({ request }) => {
        sent = { body: await request.json(), csrf: request.headers.get('X-XSRF-TOKEN') };
        return HttpResponse.json(answer());
      }),
    );
    renderWithProviders(<Scenarios />);

    const demand = screen.getByRole('textbox', { name: 'Demand change (%)' });
    await userEvent.clear(demand);
    await userEvent.type(demand, '10');
    await userEvent.click(screen.getByRole('button', { name: 'Compare with the base case' }));

    const table = await screen.findByRole('table', {
      name: 'Closing balance per week, base case and scenario',
    });
    expect(sent).toEqual({ body: { demandChangePercent: 10 }, csrf: 'csrf-123' });
    expect(table).toHaveTextContent('£250.00');
    expect(table).toHaveTextContent('Weeks below minimum');
  });

  it('shows the field the API refused', async () => {
    server.use(
      http.get('/api/analytics/v1/cash/scenarios', () => HttpResponse.json([])),
      http.post('/api/analytics/v1/cash/scenarios:evaluate', () =>
        HttpResponse.json(
          {
            title: 'Bad request',
            status: 400,
            detail: 'demandChangePercent must be between -100 and 1000',
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderWithProviders(<Scenarios />);

    await userEvent.click(screen.getByRole('button', { name: 'Compare with the base case' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'demandChangePercent must be between -100 and 1000',
    );
  });

  it('offers saving only to a manager', () => {
    server.use(http.get('/api/analytics/v1/cash/scenarios', () => HttpResponse.json([])));
    const viewer = {
      ...MANAGER,
      memberships: [{ tenantId: 't-1', tenantName: 'Demo Makers', role: 'VIEWER' as const }],
    };

    renderWithProviders(<Scenarios />, viewer);

    expect(screen.queryByRole('button', { name: 'Save scenario' })).not.toBeInTheDocument();
  });
});
