import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { feedQuery } from '../api/alerts';
import {
  cashOutlookQuery,
  openSuggestionsQuery,
  plansQuery,
  salesQuery,
  workingCapitalQuery,
} from '../api/queries';
import { decimal, type SalesReport } from '../api/types';
import { EChart } from '../charts/EChart';
import { dateTime } from '../format/dateTime';
import { count, date, money, percent } from '../format/format';
import { Card } from '../ui/Card';
import { ErrorPanel } from '../ui/ErrorPanel';
import { KpiTile, KpiTileSkeleton } from '../ui/KpiTile';
import { Picker } from '../ui/Picker';
import { LoadingRegion } from '../ui/Skeleton';
import { PERIODS, periodRange } from './periods';

const SALES_TILES = ['Revenue', 'Gross margin', 'Orders', 'Average order value'];

function SalesTiles({ from, to }: { from: string; to: string }) {
  const sales = useQuery(salesQuery(from, to, 'total'));
  if (sales.isPending) {
    return SALES_TILES.map((label) => <KpiTileSkeleton key={label} label={label} />);
  }
  if (sales.isError) {
    return (
      <ErrorPanel
        title="Sales figures are not available"
        error={sales.error}
        onRetry={() => void sales.refetch()}
      />
    );
  }
  const { totals, baseCurrency } = sales.data;
  const current = totals.current;
  return (
    <>
      <KpiTile
        label="Revenue"
        value={money(current.totals.revenue, baseCurrency)}
        vsPrevious={totals.vsPrevious?.revenue ?? null}
        vsLastYear={totals.vsLastYear?.revenue ?? null}
      />
      <KpiTile
        label="Gross margin"
        value={money(current.totals.grossMargin, baseCurrency)}
        vsPrevious={totals.vsPrevious?.grossMargin ?? null}
        vsLastYear={totals.vsLastYear?.grossMargin ?? null}
        note={
          current.grossMarginPercent.value != null
            ? `${percent(current.grossMarginPercent.value)} of revenue with a known cost`
            : (current.grossMarginPercent.unavailableReason ?? undefined)
        }
      />
      <KpiTile
        label="Orders"
        value={count(current.totals.orders)}
        vsPrevious={totals.vsPrevious?.orders ?? null}
        vsLastYear={totals.vsLastYear?.orders ?? null}
      />
      <KpiTile
        label="Average order value"
        value={money(current.averageOrderValue.value, baseCurrency)}
        vsPrevious={totals.vsPrevious?.averageOrderValue ?? null}
        vsLastYear={totals.vsLastYear?.averageOrderValue ?? null}
      />
    </>
  );
}

function CashTiles({ from, to }: { from: string; to: string }) {
  const outlook = useQuery(cashOutlookQuery());
  const capital = useQuery(workingCapitalQuery(from, to));
  const ccc = capital.data?.metrics.find((metric) => metric.name === 'CCC');
  return (
    <>
      {outlook.isPending ? (
        <KpiTileSkeleton label="Cash" />
      ) : outlook.isError ? (
        <ErrorPanel title="Cash is not available" error={outlook.error} />
      ) : (
        <KpiTile
          label="Cash"
          value={money(outlook.data.outlook.openingBalance, outlook.data.outlook.currency)}
          note={lowestPointNote(outlook.data.outlook.weeks, outlook.data.outlook.currency)}
        />
      )}
      {capital.isPending ? (
        <KpiTileSkeleton label="Cash conversion cycle" />
      ) : capital.isError ? (
        <ErrorPanel title="The cash conversion cycle is not available" error={capital.error} />
      ) : (
        <KpiTile
          label="Cash conversion cycle"
          value={ccc?.figure.value != null ? `${count(ccc.figure.value, 1)} days` : '—'}
          note={ccc?.figure.unavailableReason ?? ccc?.formula}
        />
      )}
    </>
  );
}

function lowestPointNote(
  weeks: { lowestPoint: number | string; lowestPointDate: string }[],
  currency: string,
): string | undefined {
  let lowest: { lowestPoint: number | string; lowestPointDate: string } | undefined;
  for (const week of weeks) {
    if (
      lowest === undefined ||
      (decimal(week.lowestPoint) ?? 0) < (decimal(lowest.lowestPoint) ?? 0)
    ) {
      lowest = week;
    }
  }
  return lowest === undefined
    ? undefined
    : `Lowest in 13 weeks: ${money(lowest.lowestPoint, currency)} on ${date(lowest.lowestPointDate)}`;
}

function revenueBars(report: SalesReport) {
  const rows = [...report.rows].sort(
    (a, b) => (decimal(b.current.totals.revenue) ?? 0) - (decimal(a.current.totals.revenue) ?? 0),
  );
  return {
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.key) },
    series: [
      {
        type: 'bar',
        name: `Revenue (${report.baseCurrency})`,
        data: rows.map((row) => decimal(row.current.totals.revenue) ?? 0),
      },
    ],
    tooltip: { trigger: 'axis', renderMode: 'richText' },
  };
}

function RevenueBy({
  groupBy,
  from,
  to,
}: {
  groupBy: 'region' | 'channel';
  from: string;
  to: string;
}) {
  const sales = useQuery(salesQuery(from, to, groupBy));
  const option = useMemo(
    () => (sales.data === undefined ? undefined : revenueBars(sales.data)),
    [sales.data],
  );
  const title = `Revenue by ${groupBy}`;
  return (
    <Card title={title}>
      {sales.isPending ? (
        <LoadingRegion label={title} lines={5} />
      ) : sales.isError ? (
        <ErrorPanel
          title={`${title} is not available`}
          error={sales.error}
          onRetry={() => void sales.refetch()}
        />
      ) : (
        <>
          {option !== undefined && <EChart option={option} label={title} height={220} />}
          <table className="compact">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{groupBy === 'region' ? 'Region' : 'Channel'}</th>
                <th scope="col" className="numeric">
                  Revenue
                </th>
                <th scope="col" className="numeric">
                  vs previous
                </th>
              </tr>
            </thead>
            <tbody>
              {sales.data.rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.key}</th>
                  <td className="numeric">
                    {money(row.current.totals.revenue, sales.data.baseCurrency)}
                  </td>
                  <td className="numeric">{percentOrDash(row.vsPrevious?.revenue.percent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Card>
  );
}

function percentOrDash(value: number | string | null | undefined): string {
  const number = decimal(value);
  return number === null ? '—' : `${number > 0 ? '+' : ''}${percent(number)}`;
}

function StockOutRisks() {
  const plans = useQuery(plansQuery());
  const title = 'Stock-out risks';
  if (plans.isPending) {
    return (
      <Card title={title}>
        <LoadingRegion label={title} />
      </Card>
    );
  }
  if (plans.isError) {
    return (
      <Card title={title}>
        <ErrorPanel
          title="Plans are not available"
          error={plans.error}
          onRetry={() => void plans.refetch()}
        />
      </Card>
    );
  }
  const risks = plans.data.plans
    .filter((plan) => plan.stockOutWithinLeadTime)
    .sort((a, b) => (a.projectedStockout ?? '9999').localeCompare(b.projectedStockout ?? '9999'));
  return (
    <Card title={title}>
      <p className="big-number">{count(risks.length)}</p>
      <p className="muted">SKU and location plans that run out within their lead time</p>
      {risks.length > 0 && (
        <ul className="plain-list">
          {risks.slice(0, 5).map((plan) => (
            <li key={`${plan.sku}@${plan.locationId}`}>
              <strong>{plan.sku}</strong> at {plan.locationId}: out {date(plan.projectedStockout)},
              order by {date(plan.orderBy)}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function ApprovalsWaiting() {
  const suggestions = useQuery(openSuggestionsQuery());
  const title = 'Approvals waiting';
  if (suggestions.isPending) {
    return (
      <Card title={title}>
        <LoadingRegion label={title} />
      </Card>
    );
  }
  if (suggestions.isError) {
    return (
      <Card title={title}>
        <ErrorPanel
          title="Suggested purchases are not available"
          error={suggestions.error}
          onRetry={() => void suggestions.refetch()}
        />
      </Card>
    );
  }
  const waiting = suggestions.data.filter((suggestion) => suggestion.requiresApproval);
  return (
    <Card title={title}>
      <p className="big-number">{count(waiting.length)}</p>
      <p className="muted">suggested purchase orders that need a manager's approval</p>
      {waiting.length > 0 && (
        <ul className="plain-list">
          {waiting.slice(0, 5).map((suggestion) => (
            <li key={suggestion.id}>
              <strong>{suggestion.sku}</strong> × {count(suggestion.quantity)}
              {suggestion.currency != null &&
                ` — ${money(suggestion.orderValue, suggestion.currency)}`}
              {suggestion.approvalReason != null && (
                <span className="muted"> ({suggestion.approvalReason})</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** How many of the newest notifications the overview shows. */
const LATEST_ALERTS = 5;

function LatestAlerts() {
  const feed = useQuery(feedQuery(false, 0, LATEST_ALERTS));
  const title = 'Latest alerts';
  return (
    <Card title={title} actions={<Link to="/alerts">All alerts</Link>}>
      {feed.isPending ? (
        <LoadingRegion label={title} lines={LATEST_ALERTS} />
      ) : feed.isError ? (
        <ErrorPanel
          title="Alerts are not available"
          error={feed.error}
          onRetry={() => void feed.refetch()}
        />
      ) : feed.data.items.length === 0 ? (
        <p className="muted">No alerts yet.</p>
      ) : (
        <ul className="plain-list latest-alerts" aria-label="Newest alerts">
          {feed.data.items.map((item) => (
            <li key={item.id}>
              <span className={`severity-badge severity-${item.severity}`}>{item.severity}</span>{' '}
              <Link to="/alerts">{item.title}</Link>{' '}
              <time className="muted" dateTime={item.createdAt}>
                {dateTime(item.createdAt)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function OverviewPage() {
  const [periodId, setPeriodId] = useState('30');
  const { from, to } = periodRange(periodId);
  return (
    <>
      <div className="page-header">
        <h1>Overview</h1>
        <Picker label="Period" value={periodId} options={PERIODS} onChange={setPeriodId} />
      </div>
      <p className="muted">
        {date(from)} – {date(to)}, compared with the previous{' '}
        {PERIODS.find((p) => p.id === periodId)?.days} days and the same dates last year.{' '}
        <Link to="/sales">Explore sales</Link> · <Link to="/cash">Cash outlook</Link>
      </p>
      <section className="kpis" aria-label="Key figures">
        <SalesTiles from={from} to={to} />
        <CashTiles from={from} to={to} />
      </section>
      <div className="grid">
        <RevenueBy groupBy="region" from={from} to={to} />
        <RevenueBy groupBy="channel" from={from} to={to} />
        <StockOutRisks />
        <ApprovalsWaiting />
        <LatestAlerts />
      </div>
    </>
  );
}
