import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { cashOutlookQuery } from '../../api/queries';
import { decimal, type CashOutlook } from '../../api/types';
import { EChart } from '../../charts/EChart';
import { date, money, shortDate } from '../../format/format';
import { Card } from '../../ui/Card';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Export } from '../../ui/Export';
import { LoadingRegion } from '../../ui/Skeleton';

export function outlookChart(outlook: CashOutlook) {
  const weeks = outlook.weeks;
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    xAxis: {
      type: 'category',
      data: weeks.map((week) => `W${String(week.number)} ${shortDate(week.start)}`),
    },
    yAxis: { type: 'value', name: outlook.currency },
    series: [
      {
        type: 'bar',
        name: 'Inflows',
        stack: 'moves',
        data: weeks.map((week) => decimal(week.inflows) ?? 0),
      },
      {
        type: 'bar',
        name: 'Outflows',
        stack: 'moves',
        data: weeks.map((week) => decimal(week.outflows) ?? 0),
      },
      {
        type: 'line',
        name: 'Closing balance',
        data: weeks.map((week) => decimal(week.closing) ?? 0),
        markLine: {
          symbol: 'none',
          label: { formatter: 'Minimum cash' },
          data: [{ yAxis: decimal(outlook.minimumCash) ?? 0 }],
        },
      },
      {
        type: 'line',
        name: 'Lowest point',
        data: weeks.map((week) => decimal(week.lowestPoint) ?? 0),
        lineStyle: { type: 'dashed' },
      },
    ],
  };
}

export function OutlookTable({ outlook }: { outlook: CashOutlook }) {
  return (
    <div
      className="table-scroll"
      tabIndex={0}
      role="region"
      aria-label="13-week cash outlook table"
    >
      <table className="compact">
        <caption className="visually-hidden">13-week cash outlook</caption>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col" className="numeric">
              Opening
            </th>
            <th scope="col" className="numeric">
              Inflows
            </th>
            <th scope="col" className="numeric">
              Outflows
            </th>
            <th scope="col" className="numeric">
              Closing
            </th>
            <th scope="col" className="numeric">
              Lowest point
            </th>
          </tr>
        </thead>
        <tbody>
          {outlook.weeks.map((week) => (
            <tr key={week.number} className={week.belowThreshold ? 'below-threshold' : undefined}>
              <th scope="row">
                {week.number}: {date(week.start)} – {date(week.end)}
                {week.belowThreshold && <span className="warning-badge">below minimum</span>}
              </th>
              <td className="numeric">{money(week.opening, outlook.currency)}</td>
              <td className="numeric">{money(week.inflows, outlook.currency)}</td>
              <td className="numeric">{money(week.outflows, outlook.currency)}</td>
              <td className="numeric">{money(week.closing, outlook.currency)}</td>
              <td className="numeric">
                {money(week.lowestPoint, outlook.currency)}{' '}
                <span className="muted">({shortDate(week.lowestPointDate)})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Outlook() {
  const report = useQuery(cashOutlookQuery());
  const option = useMemo(
    () => (report.data === undefined ? undefined : outlookChart(report.data.outlook)),
    [report.data],
  );
  const title = '13-week cash outlook';
  if (report.isPending) {
    return (
      <Card title={title} wide>
        <LoadingRegion label="the cash outlook" lines={8} />
      </Card>
    );
  }
  if (report.isError) {
    return (
      <Card title={title} wide>
        <ErrorPanel
          title="The cash outlook is not available"
          error={report.error}
          onRetry={() => void report.refetch()}
        />
      </Card>
    );
  }
  const outlook = report.data.outlook;
  const below = outlook.weeks.filter((week) => week.belowThreshold).length;
  return (
    <Card
      title={title}
      wide
      actions={
        <Export href={(format) => `/api/analytics/v1/cash/outlook/export?format=${format}`} />
      }
    >
      <p className="muted">
        From {date(outlook.asOf)}: cash {money(outlook.openingBalance, outlook.currency)}, minimum{' '}
        {money(outlook.minimumCash, outlook.currency)}.{' '}
        {below > 0 ? (
          <strong>{below} of 13 weeks go below the minimum.</strong>
        ) : (
          'No week goes below the minimum.'
        )}
        {outlook.fxEstimated && ' Some amounts use an earlier day’s exchange rate.'}
      </p>
      {option !== undefined && <EChart option={option} label={title} height={340} />}
      <OutlookTable outlook={outlook} />
    </Card>
  );
}
