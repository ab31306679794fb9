import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { SalesGroupBy } from '../api/types';
import { salesReport, salesRow, outlookReport } from '../test/fixtures';
import { renderWithProviders } from '../test/render';
import { server } from '../test/server';
import { OverviewPage } from './OverviewPage';

// Canvas drawing is the browser's business; the figures are in the tables beside each chart.
vi.mock('../charts/EChart', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const PROBLEM = { 'Content-Type': 'application/problem+json' };

function salesHandler() {
  return http.get('/api/analytics/v1/sales', ({ request }) => {
    const groupBy = (new URL(request.url).searchParams.get('groupBy') ?? 'total') as SalesGroupBy;
    const total = salesRow('total', '12000.00', '10000.00', '8000.00');
    const rows =
      groupBy === 'region'
        ? [
            salesRow('UK', '7000.00', '6000.00', '5000.00'),
            salesRow('EU', '5000.00', '4000.00', '3000.00'),
          ]
        : groupBy === 'channel'
          ? [
              salesRow('shopify', '9000.00', '8000.00', '6000.00'),
              salesRow('amazon', '3000.00', '2000.00', '2000.00'),
            ]
          : [total];
    return HttpResponse.json(salesReport(groupBy, rows, total));
  });
}

/** The gateway's answer while `service` is down, on `path`. */
function serviceDown(path: string, service: string) {
  return http.get(path, () =>
    HttpResponse.json(
      {
        title: 'Service unavailable',
        status: 503,
        detail: `${service} is not available right now; try again shortly`,
      },
      { status: 503, headers: PROBLEM },
    ),
  );
}

function feedItem(id: string, severity: string, title: string, createdAt: string) {
  return {
    id,
    notificationId: `n-${id}`,
    eventType: 'alert.raised',
    kind: 'stockout_risk',
    severity,
    stage: 'RAISED',
    title,
    facts: null,
    link: null,
    createdAt,
    readAt: null,
    acknowledgedAt: null,
  };
}

/** The feed's newest page, and the query strings it was asked with. */
function feedHandler(asked: URLSearchParams[] = []) {
  return http.get('/api/notifications/v1/feed', ({ request }) => {
    asked.push(new URL(request.url).searchParams);
    return HttpResponse.json({
      items: [
        feedItem('f-2', 'critical', 'MUG-BLUE runs out in 2 days', '2026-12-07T09:30:00Z'),
        feedItem('f-1', 'warning', 'Cash dips below the minimum in week 6', '2026-12-06T08:00:00Z'),
      ],
      unread: 2,
      page: 0,
      size: 5,
    });
  });
}

function platform() {
  server.use(
    salesHandler(),
    feedHandler(),
    http.get('/api/analytics/v1/cash/outlook', () => HttpResponse.json(outlookReport())),
    http.get('/api/analytics/v1/working-capital', () =>
      HttpResponse.json({
        window: { from: '2026-11-08', to: '2026-12-07' },
        days: 30,
        baseCurrency: 'GBP',
        metrics: [
          { name: 'CCC', formula: 'DSO + DIO − DPO', inputs: [], figure: { value: '41.50' } },
        ],
        liquidity: {
          asOf: '2026-12-07',
          baseCurrency: 'GBP',
          currentRatio: { value: '2.1' },
          quickRatio: { value: '1.4' },
        },
      }),
    ),
    http.get('/api/forecasting/v1/plans', () =>
      HttpResponse.json({
        run: 'r-1',
        plans: [
          {
            sku: 'MUG-BLUE',
            locationId: 'leeds',
            onHand: 3,
            onOrder: 0,
            daysOfCover: 2,
            projectedStockout: '2026-12-09',
            stockOutWithinLeadTime: true,
            quantity: 120,
            orderBy: '2026-12-07',
            leadTimeDays: 14,
          },
          {
            sku: 'MUG-RED',
            locationId: 'leeds',
            onHand: 300,
            onOrder: 0,
            daysOfCover: 90,
            projectedStockout: null,
            stockOutWithinLeadTime: false,
            quantity: 0,
            orderBy: '2027-02-01',
            leadTimeDays: 14,
          },
        ],
      }),
    ),
    http.get('/api/forecasting/v1/suggestions', () =>
      HttpResponse.json([
        {
          id: 's-1',
          sku: 'MUG-BLUE',
          locationId: 'leeds',
          quantity: 5000,
          currency: 'GBP',
          orderValue: '150000.00',
          requiresApproval: true,
          approvalReason: 'order value over 100000',
          status: 'open',
          orderBy: '2026-12-07',
          createdAt: '2026-12-07T06:00:00Z',
        },
        {
          id: 's-2',
          sku: 'MUG-RED',
          locationId: 'leeds',
          quantity: 10,
          currency: 'GBP',
          orderValue: '50.00',
          requiresApproval: false,
          status: 'open',
          orderBy: '2026-12-20',
          createdAt: '2026-12-07T06:00:00Z',
        },
      ]),
    ),
  );
}

describe('OverviewPage', () => {
  it('shows the sales KPIs with their change against the previous period and last year', async () => {
    platform();

    renderWithProviders(<OverviewPage />);

    const revenue = await screen.findByRole('article', { name: 'Revenue', busy: false });
    expect(revenue).toHaveTextContent('£12,000.00');
    expect(revenue).toHaveTextContent('+20% vs previous period');
    expect(revenue).toHaveTextContent('+50% vs last year');
    expect(screen.getByRole('article', { name: 'Orders' })).toHaveTextContent('12');
  });

  it('shows cash, the cash conversion cycle, revenue by region and channel', async () => {
    platform();

    renderWithProviders(<OverviewPage />);

    expect(await screen.findByRole('article', { name: 'Cash', busy: false })).toHaveTextContent(
      '£9,500.00',
    );
    expect(
      await screen.findByRole('article', { name: 'Cash conversion cycle', busy: false }),
    ).toHaveTextContent('41.5 days');
    const region = await screen.findByRole('table', { name: 'Revenue by region' });
    expect(within(region).getByRole('row', { name: /UK/ })).toHaveTextContent('£7,000.00');
    expect(await screen.findByRole('table', { name: 'Revenue by channel' })).toHaveTextContent(
      'amazon',
    );
  });

  it('counts stock-out risks and the approvals waiting', async () => {
    platform();

    renderWithProviders(<OverviewPage />);

    const risks = await screen.findByRole('region', { name: 'Stock-out risks' });
    expect(await within(risks).findByText('1')).toBeInTheDocument();
    expect(risks).toHaveTextContent('MUG-BLUE');
    const approvals = screen.getByRole('region', { name: 'Approvals waiting' });
    expect(await within(approvals).findByText('1')).toBeInTheDocument();
    expect(approvals).toHaveTextContent('£150,000.00');
  });

  it('shows the problem detail of a service that is down, and the rest of the page', async () => {
    platform();
    server.use(serviceDown('/api/forecasting/v1/plans', 'forecasting-service'));

    renderWithProviders(<OverviewPage />);

    const risks = screen.getByRole('region', { name: 'Stock-out risks' });
    expect(await within(risks).findByRole('alert')).toHaveTextContent(
      'forecasting-service is not available right now; try again shortly',
    );
    expect(await screen.findByRole('article', { name: 'Revenue', busy: false })).toHaveTextContent(
      '£12,000.00',
    );
  });

  it('shows the newest alerts with severity, title and time, linking to the alerts page', async () => {
    platform();
    const asked: URLSearchParams[] = [];
    server.use(feedHandler(asked));

    renderWithProviders(<OverviewPage />);

    const card = screen.getByRole('region', { name: 'Latest alerts' });
    expect(within(card).getByRole('status')).toHaveTextContent('Loading Latest alerts');
    const list = await within(card).findByRole('list', { name: 'Newest alerts' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const [newest, older] = items as [HTMLElement, HTMLElement];
    expect(newest).toHaveTextContent('critical');
    expect(newest).toHaveTextContent('MUG-BLUE runs out in 2 days');
    expect(within(newest).getByRole('time')).toHaveAttribute('datetime', '2026-12-07T09:30:00Z');
    expect(older).toHaveTextContent('warning');
    expect(
      within(newest).getByRole('link', { name: 'MUG-BLUE runs out in 2 days' }),
    ).toHaveAttribute('href', '/alerts');
    expect(within(card).getByRole('link', { name: 'All alerts' })).toHaveAttribute(
      'href',
      '/alerts',
    );
    expect(asked[0]?.get('size')).toBe('5');
    expect(asked[0]?.get('page')).toBe('0');
  });

  it('shows the problem detail when the alerts feed is not available', async () => {
    platform();
    server.use(serviceDown('/api/notifications/v1/feed', 'notifications-service'));

    renderWithProviders(<OverviewPage />);

    const card = screen.getByRole('region', { name: 'Latest alerts' });
    expect(await within(card).findByRole('alert')).toHaveTextContent(
      'notifications-service is not available right now; try again shortly',
    );
  });
});
