import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { reorderPlansQuery, type ReorderPlan } from '../../api/planning';
import { count, date, money } from '../../format/format';
import { Card } from '../../ui/Card';
import { DataTable, type TableColumn } from '../../ui/DataTable';
import { Export, exportTable, type ExportColumn } from '../../ui/Export';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingRegion } from '../../ui/Skeleton';
import type { Features } from '../../ui/tableFeatures';

const helper = createColumnHelper<Features, ReorderPlan>();

function location(plan: ReorderPlan): string {
  return plan.pooledLocations.length > 1
    ? `${plan.locationId} (pool of ${String(plan.pooledLocations.length)})`
    : plan.locationId;
}

const columns: TableColumn<ReorderPlan>[] = helper.columns([
  helper.accessor('sku', { header: 'SKU', sortFn: 'alphanumeric' }),
  helper.accessor('skuClass', { header: 'Class', sortFn: 'text' }),
  helper.accessor(location, { id: 'location', header: 'Location', sortFn: 'alphanumeric' }),
  helper.accessor('demandSource', { header: 'Demand served', sortFn: 'text' }),
  helper.accessor('onHand', {
    header: 'On hand',
    cell: (info) => count(info.getValue() as number),
    meta: { numeric: true },
  }),
  helper.accessor('onOrder', {
    header: 'On order',
    cell: (info) => count(info.getValue() as number),
    meta: { numeric: true },
  }),
  helper.accessor((plan) => plan.daysOfCover ?? undefined, {
    id: 'daysOfCover',
    header: 'Days of cover',
    cell: (info) => {
      const days = info.getValue() as number | undefined;
      return days === undefined ? 'beyond the horizon' : count(days, 1);
    },
    meta: { numeric: true },
    sortUndefined: 'last',
  }),
  helper.accessor((plan) => plan.projectedStockout ?? undefined, {
    id: 'projectedStockout',
    header: 'Projected stock-out',
    cell: (info) => (
      <>
        {date(info.getValue() as string | undefined)}
        {info.row.original.stockOutWithinLeadTime && (
          <span className="warning-badge">within lead time</span>
        )}
      </>
    ),
    sortUndefined: 'last',
  }),
  helper.accessor('reorderPoint', {
    header: 'Reorder point',
    cell: (info) => count(info.getValue() as number, 1),
    meta: { numeric: true },
  }),
  helper.accessor('safetyStock', {
    header: 'Safety stock',
    cell: (info) => count(info.getValue() as number, 1),
    meta: { numeric: true },
  }),
  helper.accessor('quantity', {
    header: 'Order quantity',
    cell: (info) => count(info.getValue() as number),
    meta: { numeric: true },
  }),
  helper.accessor((plan) => (plan.orderValue == null ? undefined : Number(plan.orderValue)), {
    id: 'orderValue',
    header: 'Order value',
    cell: (info) => {
      const plan = info.row.original;
      return plan.currency == null ? 'unit cost unknown' : money(plan.orderValue, plan.currency);
    },
    meta: { numeric: true },
    sortUndefined: 'last',
  }),
  helper.accessor('orderBy', {
    header: 'Order by',
    cell: (info) => date(info.getValue() as string),
  }),
  helper.accessor('leadTimeDays', {
    header: 'Lead time (days)',
    meta: { numeric: true },
  }),
]);

const csvColumns: ExportColumn<ReorderPlan>[] = [
  { header: 'sku', value: (plan) => plan.sku },
  { header: 'sku_class', value: (plan) => plan.skuClass },
  { header: 'location', value: (plan) => plan.locationId },
  { header: 'pooled_locations', value: (plan) => plan.pooledLocations.join(' ') },
  { header: 'demand_source', value: (plan) => plan.demandSource },
  { header: 'on_hand', value: (plan) => plan.onHand },
  { header: 'on_order', value: (plan) => plan.onOrder },
  { header: 'days_of_cover', value: (plan) => plan.daysOfCover },
  { header: 'projected_stockout', value: (plan) => plan.projectedStockout },
  { header: 'stockout_within_lead_time', value: (plan) => plan.stockOutWithinLeadTime },
  { header: 'lead_time_days', value: (plan) => plan.leadTimeDays },
  { header: 'service_level', value: (plan) => plan.serviceLevel },
  { header: 'safety_stock', value: (plan) => plan.safetyStock },
  { header: 'reorder_point', value: (plan) => plan.reorderPoint },
  { header: 'quantity', value: (plan) => plan.quantity },
  { header: 'unit_cost', value: (plan) => plan.unitCost },
  { header: 'currency', value: (plan) => plan.currency },
  { header: 'order_value', value: (plan) => plan.orderValue },
  { header: 'order_by', value: (plan) => plan.orderBy },
  { header: 'expected_arrival', value: (plan) => plan.expectedArrival },
];

/** Stock-outs within the lead time first, then the fewest days of cover; none last. */
function byUrgency(plans: ReorderPlan[]): ReorderPlan[] {
  const cover = (plan: ReorderPlan) => plan.daysOfCover ?? Number.POSITIVE_INFINITY;
  return [...plans].sort(
    (a, b) =>
      Number(b.stockOutWithinLeadTime) - Number(a.stockOutWithinLeadTime) || cover(a) - cover(b),
  );
}

/** Every SKU's plan at each location, most urgent first, from the newest forecast run. */
export function Plans() {
  const plans = useQuery(reorderPlansQuery());
  const title = 'Plans per SKU and location';
  if (plans.isPending) {
    return (
      <Card title={title} wide>
        <LoadingRegion label="the plans" lines={8} />
      </Card>
    );
  }
  if (plans.isError) {
    return (
      <Card title={title} wide>
        <ErrorPanel
          title="The plans are not available"
          error={plans.error}
          onRetry={() => void plans.refetch()}
        />
      </Card>
    );
  }
  const { historyEnd } = plans.data;
  const rows = byUrgency(plans.data.plans);
  const atRisk = rows.filter((plan) => plan.stockOutWithinLeadTime).length;
  return (
    <Card
      title={title}
      wide
      actions={<Export fileName="plans" {...exportTable(rows, csvColumns)} />}
    >
      {rows.length === 0 ? (
        <p>No plans yet: they are computed from the first forecast run that succeeds.</p>
      ) : (
        <>
          <p className="muted">
            From the forecast on history up to {date(historyEnd)}: {count(rows.length)} plans,{' '}
            {count(atRisk)} running out within their lead time.
          </p>
          <DataTable label="Plan table" data={rows} columns={columns} />
        </>
      )}
    </Card>
  );
}
