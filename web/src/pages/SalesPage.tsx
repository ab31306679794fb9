import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { salesQuery } from '../api/queries';
import { decimal, type SalesGroupBy, type SalesReport, type SalesRow } from '../api/types';
import { EChart } from '../charts/EChart';
import { count, date, money, percent, percentChange } from '../format/format';
import { Card } from '../ui/Card';
import { DataTable, type TableColumn } from '../ui/DataTable';
import { ErrorPanel } from '../ui/ErrorPanel';
import { Export, type ExportFormat } from '../ui/Export';
import { KpiTile, KpiTileSkeleton } from '../ui/KpiTile';
import { Picker } from '../ui/Picker';
import { LoadingRegion } from '../ui/Skeleton';
import type { Features } from '../ui/tableFeatures';
import { PERIODS, periodRange } from './periods';

const GROUPINGS: { id: Exclude<SalesGroupBy, 'total'>; label: string }[] = [
  { id: 'region', label: 'Region' },
  { id: 'channel', label: 'Channel' },
  { id: 'store', label: 'Store' },
  { id: 'sku', label: 'SKU' },
  { id: 'day', label: 'Day' },
  { id: 'week', label: 'Week' },
  { id: 'month', label: 'Month' },
];

const TIME_GROUPS = new Set<SalesGroupBy>(['day', 'week', 'month']);

const helper = createColumnHelper<Features, SalesRow>();
type SalesColumn = TableColumn<SalesRow>;

function salesColumns(currency: string, groupLabel: string, overTime: boolean) {
  const columns: SalesColumn[] = helper.columns([
    helper.accessor('key', { header: groupLabel, sortFn: 'alphanumeric' }),
    helper.accessor((row) => decimal(row.current.totals.revenue) ?? 0, {
      id: 'revenue',
      header: 'Revenue',
      cell: (info) => money(info.getValue() as number | null, currency),
      meta: { numeric: true },
    }),
    helper.accessor((row) => decimal(row.current.totals.units) ?? 0, {
      id: 'units',
      header: 'Units',
      cell: (info) => count(info.getValue() as number | null),
      meta: { numeric: true },
    }),
    helper.accessor((row) => row.current.totals.orders, {
      id: 'orders',
      header: 'Orders',
      cell: (info) => count(info.getValue() as number | null),
      meta: { numeric: true },
    }),
    helper.accessor((row) => decimal(row.current.averageOrderValue.value), {
      id: 'aov',
      header: 'Average order value',
      cell: (info) => money(info.getValue() as number | null, currency),
      meta: { numeric: true },
      sortUndefined: 'last',
    }),
    helper.accessor((row) => decimal(row.current.grossMarginPercent.value), {
      id: 'margin',
      header: 'Gross margin %',
      cell: (info) => percent(info.getValue() as number | null),
      meta: { numeric: true },
      sortUndefined: 'last',
    }),
  ]);
  if (!overTime) {
    columns.push(
      ...helper.columns([
        helper.accessor((row) => decimal(row.vsPrevious?.revenue.percent), {
          id: 'vsPrevious',
          header: 'Revenue vs previous',
          cell: (info) => percentChange(info.getValue()),
          meta: { numeric: true },
          sortUndefined: 'last',
        }),
        helper.accessor((row) => decimal(row.vsLastYear?.revenue.percent), {
          id: 'vsLastYear',
          header: 'Revenue vs last year',
          cell: (info) => percentChange(info.getValue()),
          meta: { numeric: true },
          sortUndefined: 'last',
        }),
      ]),
    );
  }
  return columns;
}

function salesChart(report: SalesReport, overTime: boolean) {
  const rows = overTime
    ? report.rows
    : [...report.rows]
        .sort(
          (a, b) =>
            (decimal(b.current.totals.revenue) ?? 0) - (decimal(a.current.totals.revenue) ?? 0),
        )
        .slice(0, 15);
  const revenue = (row: SalesRow, period: 'current' | 'previous' | 'lastYear') =>
    decimal(row[period]?.totals.revenue) ?? 0;
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: { type: 'category', data: rows.map((row) => row.key) },
    yAxis: { type: 'value', name: report.baseCurrency },
    series: overTime
      ? [
          {
            type: 'line',
            name: 'Revenue',
            data: rows.map((row) => revenue(row, 'current')),
            showSymbol: false,
          },
        ]
      : [
          { type: 'bar', name: 'This period', data: rows.map((row) => revenue(row, 'current')) },
          {
            type: 'bar',
            name: 'Previous period',
            data: rows.map((row) => revenue(row, 'previous')),
          },
          { type: 'bar', name: 'Last year', data: rows.map((row) => revenue(row, 'lastYear')) },
        ],
  };
}

export function SalesPage() {
  const [periodId, setPeriodId] = useState('30');
  const [groupBy, setGroupBy] = useState<Exclude<SalesGroupBy, 'total'>>('region');
  const { from, to } = periodRange(periodId);
  const sales = useQuery(salesQuery(from, to, groupBy));
  const overTime = TIME_GROUPS.has(groupBy);
  const groupLabel = GROUPINGS.find((grouping) => grouping.id === groupBy)?.label ?? groupBy;
  const currency = sales.data?.baseCurrency ?? 'GBP';
  const columns = useMemo(
    () => salesColumns(currency, groupLabel, overTime),
    [currency, groupLabel, overTime],
  );
  const option = useMemo(
    () => (sales.data === undefined ? undefined : salesChart(sales.data, overTime)),
    [sales.data, overTime],
  );
  const exportUrl = (format: ExportFormat) =>
    `/api/analytics/v1/sales/export?${new URLSearchParams({ from, to, groupBy, format }).toString()}`;

  return (
    <>
      <div className="page-header">
        <h1>Sales</h1>
        <Picker label="Period" value={periodId} options={PERIODS} onChange={setPeriodId} />
        <Picker label="Group by" value={groupBy} options={GROUPINGS} onChange={setGroupBy} />
      </div>
      {sales.data !== undefined && (
        <p className="muted">
          {date(sales.data.periods.current.from)} – {date(sales.data.periods.current.to)}; previous
          period {date(sales.data.periods.previous.from)} – {date(sales.data.periods.previous.to)};
          last year {date(sales.data.periods.lastYear.from)} –{' '}
          {date(sales.data.periods.lastYear.to)}. Amounts in {sales.data.baseCurrency}.
        </p>
      )}
      <section className="kpis" aria-label="Totals">
        {sales.isPending ? (
          ['Revenue', 'Units', 'Orders', 'Average order value'].map((label) => (
            <KpiTileSkeleton key={label} label={label} />
          ))
        ) : sales.isError ? null : (
          <>
            <KpiTile
              label="Revenue"
              value={money(sales.data.totals.current.totals.revenue, currency)}
              vsPrevious={sales.data.totals.vsPrevious?.revenue ?? null}
              vsLastYear={sales.data.totals.vsLastYear?.revenue ?? null}
            />
            <KpiTile
              label="Units"
              value={count(sales.data.totals.current.totals.units)}
              vsPrevious={sales.data.totals.vsPrevious?.units ?? null}
              vsLastYear={sales.data.totals.vsLastYear?.units ?? null}
            />
            <KpiTile
              label="Orders"
              value={count(sales.data.totals.current.totals.orders)}
              vsPrevious={sales.data.totals.vsPrevious?.orders ?? null}
              vsLastYear={sales.data.totals.vsLastYear?.orders ?? null}
            />
            <KpiTile
              label="Average order value"
              value={money(sales.data.totals.current.averageOrderValue.value, currency)}
              vsPrevious={sales.data.totals.vsPrevious?.averageOrderValue ?? null}
              vsLastYear={sales.data.totals.vsLastYear?.averageOrderValue ?? null}
            />
          </>
        )}
      </section>
      {sales.isError ? (
        <ErrorPanel
          title="Sales are not available"
          error={sales.error}
          onRetry={() => void sales.refetch()}
        />
      ) : (
        <>
          <Card title={`Revenue by ${groupLabel.toLowerCase()}`} wide>
            {option === undefined ? (
              <LoadingRegion label="the chart" lines={6} />
            ) : (
              <EChart option={option} label={`Revenue by ${groupLabel.toLowerCase()}`} />
            )}
          </Card>
          <Card
            title={`Sales by ${groupLabel.toLowerCase()}`}
            wide
            actions={<Export href={exportUrl} />}
          >
            {sales.isPending ? (
              <LoadingRegion label="the sales table" lines={8} />
            ) : (
              <DataTable
                label={`Sales by ${groupLabel.toLowerCase()}`}
                data={sales.data.rows}
                columns={columns}
              />
            )}
          </Card>
        </>
      )}
    </>
  );
}
