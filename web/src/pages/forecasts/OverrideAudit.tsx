import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import { Link } from 'react-router';
import { overrideAuditQuery, type OverrideChange } from '../../api/forecasts';
import { count, date } from '../../format/format';
import { DataTable, type TableColumn } from '../../ui/DataTable';
import { Export, exportTable, type ExportColumn } from '../../ui/Export';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingRegion } from '../../ui/Skeleton';
import type { Features } from '../../ui/tableFeatures';
import { seriesHref } from './SeriesList';

const DAYS = 90;

const helper = createColumnHelper<Features, OverrideChange>();

const quantity = (value: unknown) => count(value as number | null | undefined, 1);

const columns: TableColumn<OverrideChange>[] = helper.columns([
  helper.accessor('changedAt', {
    header: 'When',
    cell: (info) => new Date(info.getValue() as string).toLocaleString(),
  }),
  helper.accessor('series', {
    header: 'Series',
    sortFn: 'alphanumeric',
    cell: (info) => <Link to={seriesHref(info.getValue() as string)}>{info.getValue()}</Link>,
  }),
  helper.accessor('periodStart', {
    header: 'Week of',
    cell: (info) => date(info.getValue() as string),
  }),
  helper.accessor('action', { header: 'Change', sortFn: 'text' }),
  helper.accessor((row) => row.oldQuantity ?? undefined, {
    id: 'oldQuantity',
    header: 'From',
    cell: (info) => quantity(info.getValue()),
    meta: { numeric: true },
    sortUndefined: 'last',
  }),
  helper.accessor((row) => row.newQuantity ?? undefined, {
    id: 'newQuantity',
    header: 'To',
    cell: (info) => quantity(info.getValue()),
    meta: { numeric: true },
    sortUndefined: 'last',
  }),
  helper.accessor((row) => row.email ?? row.subject, { id: 'who', header: 'Who', sortFn: 'text' }),
  helper.accessor('reason', { header: 'Reason', sortFn: 'text' }),
]);

const csvColumns: ExportColumn<OverrideChange>[] = [
  { header: 'changed_at', value: (row) => row.changedAt },
  { header: 'series', value: (row) => row.series },
  { header: 'period_start', value: (row) => row.periodStart },
  { header: 'action', value: (row) => row.action },
  { header: 'old_quantity', value: (row) => row.oldQuantity },
  { header: 'new_quantity', value: (row) => row.newQuantity },
  { header: 'subject', value: (row) => row.subject },
  { header: 'email', value: (row) => row.email },
  { header: 'reason', value: (row) => row.reason },
];

/** Who changed which forecast week, to what and why, over the last 90 days. */
export function OverrideAudit() {
  const [from] = useState(() => new Date(Date.now() - DAYS * 86_400_000).toISOString());
  const audit = useQuery(overrideAuditQuery(from));
  if (audit.isPending) {
    return <LoadingRegion label="the override audit" lines={5} />;
  }
  if (audit.isError) {
    return (
      <ErrorPanel
        title="The override audit is not available"
        error={audit.error}
        onRetry={() => void audit.refetch()}
      />
    );
  }
  return (
    <>
      <div className="filters">
        <p className="muted">Overrides set or cleared in the last {DAYS} days, newest last.</p>
        <Export fileName="override-audit" {...exportTable(audit.data, csvColumns)} />
      </div>
      <DataTable label="Override audit table" data={audit.data} columns={columns} height={360} />
    </>
  );
}
