import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo } from 'react';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { ageingQuery } from '../../api/queries';
import { decimal, type AgeingAnswer, type AgeingBuckets } from '../../api/types';
import { date, money } from '../../format/format';
import { Card } from '../../ui/Card';
import { DataTable, type TableColumn } from '../../ui/DataTable';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Export } from '../../ui/Export';
import { LoadingRegion } from '../../ui/Skeleton';
import type { Features } from '../../ui/tableFeatures';

type ContactRow = AgeingAnswer['ageing']['contacts'][number];

export const BUCKETS: { key: keyof Omit<AgeingBuckets, 'items'>; label: string }[] = [
  { key: 'current', label: 'Not yet due' },
  { key: 'days1To30', label: '1–30 days' },
  { key: 'days31To60', label: '31–60 days' },
  { key: 'days61To90', label: '61–90 days' },
  { key: 'over90', label: 'Over 90 days' },
  { key: 'total', label: 'Total' },
];

const helper = createColumnHelper<Features, ContactRow>();

function contactColumns(currency: string, who: string): TableColumn<ContactRow>[] {
  return helper.columns([
    helper.accessor((row) => row.contact.name, { id: 'contact', header: who, sortFn: 'text' }),
    ...BUCKETS.map((bucket) =>
      helper.accessor((row) => decimal(row.buckets[bucket.key]) ?? 0, {
        id: bucket.key,
        header: bucket.label,
        cell: (info) => money(info.getValue(), currency),
        meta: { numeric: true },
      }),
    ),
  ]);
}

function AgeingPanel({ side }: { side: 'receivables' | 'payables' }) {
  const ageing = useQuery(ageingQuery(side));
  const who = side === 'receivables' ? 'Customer' : 'Supplier';
  const currency = ageing.data?.ageing.baseCurrency ?? 'GBP';
  const columns = useMemo(() => contactColumns(currency, who), [currency, who]);
  if (ageing.isPending) {
    return <LoadingRegion label={`${side} ageing`} lines={6} />;
  }
  if (ageing.isError) {
    return (
      <ErrorPanel
        title={`The ${side} ageing is not available`}
        error={ageing.error}
        onRetry={() => void ageing.refetch()}
      />
    );
  }
  const report = ageing.data.ageing;
  return (
    <>
      <p className="muted">
        Open {side === 'receivables' ? 'sales invoices' : 'bills'} on {date(report.asOf)}, by days
        overdue, in {report.baseCurrency}.
      </p>
      <table className="compact">
        <caption className="visually-hidden">Total {side} by age</caption>
        <thead>
          <tr>
            {BUCKETS.map((bucket) => (
              <th key={bucket.key} scope="col" className="numeric">
                {bucket.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {BUCKETS.map((bucket) => (
              <td key={bucket.key} className="numeric">
                {money(report.total[bucket.key], report.baseCurrency)}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <DataTable
        label={`${side} ageing by ${who.toLowerCase()}`}
        data={report.contacts}
        columns={columns}
        height={320}
      />
      <Export href={(format) => `/api/analytics/v1/${side}/ageing/export?format=${format}`} />
    </>
  );
}

export function Ageing() {
  return (
    <Card title="Ageing" wide>
      <Tabs>
        <TabList aria-label="Receivables or payables" className="tablist">
          <Tab id="receivables" className="tab">
            Receivables
          </Tab>
          <Tab id="payables" className="tab">
            Payables
          </Tab>
        </TabList>
        <TabPanel id="receivables">
          <AgeingPanel side="receivables" />
        </TabPanel>
        <TabPanel id="payables">
          <AgeingPanel side="payables" />
        </TabPanel>
      </Tabs>
    </Card>
  );
}
