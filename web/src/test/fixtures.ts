import type { OutlookReport, SalesReport, SalesRow } from '../api/types';

/** Answers shaped as the services' OpenAPI examples document them (decimals as strings). */

export function salesRow(
  key: string,
  revenue: string,
  previous: string,
  lastYear: string,
): SalesRow {
  const kpis = (amount: string, orders: number) => ({
    totals: {
      revenue: amount,
      revenueByCurrency: { GBP: amount },
      revenueWithCost: amount,
      grossMargin: (Number(amount) * 0.4).toFixed(2),
      orders,
      units: orders * 2,
      refunds: '0.00',
      cancellations: 0,
    },
    averageOrderValue: { value: (Number(amount) / orders).toFixed(2) },
    grossMarginPercent: { value: '40.00' },
  });
  const change = (base: string, current: string) => ({
    base,
    current,
    absolute: (Number(current) - Number(base)).toFixed(2),
    percent: (((Number(current) - Number(base)) * 100) / Math.abs(Number(base))).toFixed(2),
  });
  const changes = (base: string) => ({
    revenue: change(base, revenue),
    orders: change('10', '12'),
    units: change('20', '24'),
    averageOrderValue: change('100', '110'),
    grossMargin: change('40', '44'),
    grossMarginPercent: change('40', '40'),
    refunds: change('0', '0'),
    cancellations: change('0', '0'),
  });
  return {
    key,
    current: kpis(revenue, 12),
    previous: kpis(previous, 10),
    lastYear: kpis(lastYear, 10),
    vsPrevious: changes(previous),
    vsLastYear: changes(lastYear),
    refundedOrders: 0,
  };
}

export function salesReport(
  groupBy: SalesReport['groupBy'],
  rows: SalesRow[],
  totals: SalesRow,
): SalesReport {
  return {
    from: '2026-11-08',
    to: '2026-12-07',
    groupBy,
    baseCurrency: 'GBP',
    periods: {
      current: { from: '2026-11-08', to: '2026-12-07' },
      previous: { from: '2026-10-09', to: '2026-11-07' },
      lastYear: { from: '2025-11-08', to: '2025-12-07' },
    },
    totals,
    rows,
    topMovers: { up: [], down: [] },
    conversion: [],
  };
}

export function outlookReport(): OutlookReport {
  const weeks = Array.from({ length: 13 }, (_, index) => {
    const closing = 9000 - index * 500;
    return {
      number: index + 1,
      start: `2026-${index < 4 ? '12' : '01'}-0${String((index % 4) + 1)}`,
      end: `2026-${index < 4 ? '12' : '01'}-0${String((index % 4) + 7)}`,
      opening: (closing + 500).toFixed(2),
      lines: [],
      inflows: '1000.00',
      outflows: '-1500.00',
      closing: closing.toFixed(2),
      lowestPoint: (closing - 100).toFixed(2),
      lowestPointDate: '2026-12-03',
      belowThreshold: closing - 100 < 5000,
    };
  });
  return {
    outlook: {
      asOf: '2026-12-07',
      currency: 'GBP',
      openingBalance: '9500.00',
      minimumCash: '5000.00',
      channelsWithoutPayoutPlan: [],
      fxEstimated: false,
      weeks,
    },
    notes: {},
  };
}
