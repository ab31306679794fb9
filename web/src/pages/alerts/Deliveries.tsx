import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  Form,
  Heading,
  Input,
  Label,
  Popover,
  TextField,
} from 'react-aria-components';
import {
  alertsApi,
  DELIVERY_STATUSES,
  deliveriesQuery,
  type DeliveryEntry,
  type DeliveryFilter,
} from '../../api/alerts';
import { dateTime } from '../../format/dateTime';
import { Card } from '../../ui/Card';
import { Export } from '../../ui/Export';
import { DataTable, type TableColumn } from '../../ui/DataTable';
import type { Features } from '../../ui/tableFeatures';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Picker } from '../../ui/Picker';
import { Pager } from '../../ui/Pager';
import { LoadingRegion } from '../../ui/Skeleton';
import { humanise } from './labels';

const PAGE_SIZE = 100;
const CHANNELS = ['EMAIL', 'IN_APP', 'SLACK', 'TEAMS', 'WEBHOOK'];

function Attempts({ delivery }: { delivery: DeliveryEntry }) {
  if (delivery.attempts.length === 0) {
    return <span className="muted">none</span>;
  }
  return (
    <DialogTrigger>
      <Button className="button button-quiet">
        {delivery.attempts.length}{' '}
        <span className="visually-hidden">attempts of “{delivery.title}”</span>
      </Button>
      <Popover className="popover">
        <Dialog className="dialog-popover" aria-label={`Attempts of ${delivery.title}`}>
          <Heading slot="title" level={3}>
            Attempts
          </Heading>
          <table className="compact">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">When</th>
                <th scope="col">Status</th>
                <th scope="col" className="numeric">
                  Took
                </th>
                <th scope="col">Outcome</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {delivery.attempts.map((attempt) => (
                <tr key={attempt.attempt}>
                  <td>{attempt.attempt}</td>
                  <td>{dateTime(attempt.attemptedAt)}</td>
                  <td>{attempt.statusCode ?? '—'}</td>
                  <td className="numeric">{attempt.tookMillis} ms</td>
                  <td>{attempt.outcome}</td>
                  <td>{attempt.reason ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

const column = createColumnHelper<Features, DeliveryEntry>();

/** Every delivery of the tenant with its attempts (MANAGER+); ADMINs replay one. */
export function Deliveries({ canReplay }: { canReplay: boolean }) {
  const client = useQueryClient();
  const [channel, setChannel] = useState('any');
  const [status, setStatus] = useState('any');
  const [target, setTarget] = useState('');
  const [page, setPage] = useState(0);
  const [applied, setApplied] = useState('');
  const filter: DeliveryFilter = {
    page,
    size: PAGE_SIZE,
    ...(channel === 'any' ? {} : { channel }),
    ...(status === 'any' ? {} : { status }),
    ...(applied === '' ? {} : { target: applied }),
  };
  const deliveries = useQuery(deliveriesQuery(filter));
  const replay = useMutation({
    mutationFn: alertsApi.replayDelivery,
    onSuccess: () => client.invalidateQueries({ queryKey: ['notifications', 'deliveries'] }),
  });
  const rows = deliveries.data?.deliveries ?? [];

  const columns = useMemo<TableColumn<DeliveryEntry>[]>(
    () => [
      column.accessor('createdAt', {
        header: 'Decided',
        cell: (info) => dateTime(info.getValue() as string | null),
      }),
      column.accessor('channel', {
        header: 'Channel',
        cell: (info) => humanise(info.getValue() as string),
      }),
      column.accessor('targetId', { header: 'Target' }),
      column.accessor('title', { header: 'Message' }),
      column.accessor('kind', {
        header: 'Kind',
        cell: (info) => humanise(info.getValue() as string),
      }),
      column.accessor('stage', {
        header: 'Stage',
        cell: (info) => humanise(info.getValue() as string),
      }),
      column.accessor('status', { header: 'Status' }),
      column.accessor('reason', {
        header: 'Reason',
        cell: (info) => (info.getValue() as string | null) ?? '',
      }),
      column.accessor('deliveredAt', {
        header: 'Delivered',
        cell: (info) => dateTime(info.getValue() as string | null),
      }),
      column.accessor('attemptCount', {
        header: 'Attempts',
        meta: { numeric: true },
        cell: ({ row }) => <Attempts delivery={row.original} />,
      }),
      ...(canReplay
        ? [
            column.display({
              id: 'replay',
              header: 'Replay',
              cell: ({ row }) =>
                row.original.status === 'delivered' || row.original.status === 'failed' ? (
                  <Button
                    className="button button-quiet"
                    onPress={() => {
                      replay.mutate(row.original.deliveryId);
                    }}
                  >
                    Send again<span className="visually-hidden">: {row.original.title}</span>
                  </Button>
                ) : null,
            }),
          ]
        : []),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- replay.mutate is stable
    [canReplay],
  );

  return (
    <Card
      title="Delivery log"
      wide
      actions={
        <Export
          fileName="deliveries"
          header={[
            'deliveryId',
            'createdAt',
            'channel',
            'targetId',
            'title',
            'kind',
            'stage',
            'status',
            'attemptCount',
            'reason',
            'deliveredAt',
          ]}
          rows={() =>
            rows.map((entry) => [
              entry.deliveryId,
              entry.createdAt,
              entry.channel,
              entry.targetId,
              entry.title,
              entry.kind,
              entry.stage,
              entry.status,
              entry.attemptCount,
              entry.reason ?? '',
              entry.deliveredAt ?? '',
            ])
          }
        />
      }
    >
      <Form
        className="inline-form"
        aria-label="Filter deliveries"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied(target.trim());
          setPage(0);
        }}
      >
        <Picker
          label="Channel"
          value={channel}
          options={[
            { id: 'any', label: 'Any channel' },
            ...CHANNELS.map((id) => ({ id, label: humanise(id) })),
          ]}
          onChange={(value) => {
            setChannel(value);
            setPage(0);
          }}
        />
        <Picker
          label="Status"
          value={status}
          options={[
            { id: 'any', label: 'Any status' },
            ...DELIVERY_STATUSES.map((id) => ({ id, label: humanise(id) })),
          ]}
          onChange={(value) => {
            setStatus(value);
            setPage(0);
          }}
        />
        <TextField className="field" value={target} onChange={setTarget}>
          <Label>Target (address or id)</Label>
          <Input />
        </TextField>
        <Button type="submit" className="button">
          Filter
        </Button>
      </Form>
      {replay.isError && <ErrorPanel title="The delivery was not replayed" error={replay.error} />}
      {replay.isSuccess && (
        <p role="status" className="notice">
          “{replay.data.title}” is {replay.data.status} again and goes out shortly.
        </p>
      )}
      {deliveries.isPending ? (
        <LoadingRegion label="deliveries" lines={5} />
      ) : deliveries.isError ? (
        <ErrorPanel
          title="Could not load the delivery log"
          error={deliveries.error}
          onRetry={() => void deliveries.refetch()}
        />
      ) : (
        <DataTable label="Deliveries" data={rows} columns={columns} />
      )}
      <Pager page={page} pageSize={PAGE_SIZE} shown={rows.length} onPage={setPage} />
    </Card>
  );
}
