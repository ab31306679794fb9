import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import {
  connectionsQuery,
  integrationsApi,
  quarantineQuery,
  type IngestResult,
  type QuarantinedRecord,
} from '../../api/integrations';
import { dateTime } from '../../format/dateTime';
import { Card } from '../../ui/Card';
import { Export } from '../../ui/Export';
import { DataTable, type TableColumn } from '../../ui/DataTable';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Picker } from '../../ui/Picker';
import { LoadingRegion } from '../../ui/Skeleton';
import type { Features } from '../../ui/tableFeatures';
import { humanise } from '../alerts/labels';

const LIMIT = 500;

function pretty(payload: string): string {
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}

function Payload({ record }: { record: QuarantinedRecord }) {
  return (
    <DialogTrigger>
      <Button className="button button-quiet">
        Payload <span className="visually-hidden">of {record.externalId}</span>
      </Button>
      <Popover className="popover">
        <Dialog className="dialog-popover" aria-label={`Payload of ${record.externalId}`}>
          <Heading slot="title" level={3}>
            {record.externalId}
          </Heading>
          <pre className="payload">{pretty(record.payload)}</pre>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

function outcome(result: IngestResult): string {
  if (result.rejections.length === 0) {
    return `Accepted: ${String(result.changed)} changed, ${String(result.unchanged)} unchanged.`;
  }
  return `Still rejected: ${result.rejections.map((rejection) => rejection.reason).join('; ')}`;
}

const column = createColumnHelper<Features, QuarantinedRecord>();

/** Records the checks refused, with why; OPERATORs re-process or set them aside. */
export function Quarantine({ canWrite }: { canWrite: boolean }) {
  const client = useQueryClient();
  const [status, setStatus] = useState('open');
  const [connection, setConnection] = useState('any');
  const connections = useQuery(connectionsQuery());
  const filter = {
    limit: LIMIT,
    ...(status === 'any' ? {} : { status }),
    ...(connection === 'any' ? {} : { connection }),
  };
  const records = useQuery(quarantineQuery(filter));
  const refresh = () => client.invalidateQueries({ queryKey: ['integrations', 'quarantine'] });
  const reprocess = useMutation({ mutationFn: integrationsApi.reprocess, onSuccess: refresh });
  const dismiss = useMutation({ mutationFn: integrationsApi.dismiss, onSuccess: refresh });
  const bulk = useMutation({ mutationFn: integrationsApi.reprocessConnection, onSuccess: refresh });
  const failure = reprocess.error ?? dismiss.error ?? bulk.error;
  const rows = records.data ?? [];

  const columns = useMemo<TableColumn<QuarantinedRecord>[]>(
    () => [
      column.accessor('lastSeenAt', {
        header: 'Last rejected',
        cell: (info) => dateTime(info.getValue() as string),
      }),
      column.accessor('provider', { header: 'Source' }),
      column.accessor('stream', { header: 'Stream' }),
      column.accessor('externalId', { header: 'Record' }),
      column.accessor('reason', { header: 'Why' }),
      column.accessor('status', {
        header: 'Status',
        cell: (info) => humanise(info.getValue() as string),
      }),
      column.display({
        id: 'actions',
        header: 'Actions',
        cell: ({ row }) => (
          <span className="row-actions">
            <Payload record={row.original} />
            {canWrite && row.original.status === 'open' && (
              <>
                <Button
                  className="button button-quiet"
                  onPress={() => {
                    reprocess.mutate(row.original.id);
                  }}
                >
                  Re-process <span className="visually-hidden">{row.original.externalId}</span>
                </Button>
                <Button
                  className="button button-quiet"
                  onPress={() => {
                    dismiss.mutate(row.original.id);
                  }}
                >
                  Dismiss <span className="visually-hidden">{row.original.externalId}</span>
                </Button>
              </>
            )}
          </span>
        ),
      }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the mutations' mutate is stable
    [canWrite],
  );

  return (
    <Card
      title="Quarantine"
      wide
      actions={
        <Export
          fileName="quarantine"
          header={['id', 'lastSeenAt', 'provider', 'stream', 'externalId', 'reason', 'status']}
          rows={() =>
            rows.map((record) => [
              record.id,
              record.lastSeenAt,
              record.provider,
              record.stream,
              record.externalId,
              record.reason,
              record.status,
            ])
          }
        />
      }
    >
      <div className="inline-form">
        <Picker
          label="Status"
          value={status}
          options={[
            { id: 'open', label: 'Open' },
            { id: 'resolved', label: 'Resolved' },
            { id: 'dismissed', label: 'Dismissed' },
            { id: 'any', label: 'Any status' },
          ]}
          onChange={setStatus}
        />
        <Picker
          label="Connection"
          value={connection}
          options={[
            { id: 'any', label: 'Every source' },
            ...(connections.data ?? []).map((item) => ({ id: item.id, label: item.displayName })),
          ]}
          onChange={setConnection}
        />
        {canWrite && connection !== 'any' && (
          <Button
            className="button"
            isPending={bulk.isPending}
            onPress={() => {
              bulk.mutate(connection);
            }}
          >
            Re-process every open record of this connection
          </Button>
        )}
      </div>
      {failure !== null && <ErrorPanel title="That did not work" error={failure} />}
      {reprocess.isSuccess && (
        <p role="status" className="notice">
          {outcome(reprocess.data)}
        </p>
      )}
      {dismiss.isSuccess && (
        <p role="status" className="notice">
          Set aside.
        </p>
      )}
      {bulk.isSuccess && (
        <p role="status" className="notice">
          Re-processed {bulk.data.reprocessed}: {bulk.data.accepted} accepted,{' '}
          {bulk.data.stillRejected} still rejected.
        </p>
      )}
      {records.isPending ? (
        <LoadingRegion label="quarantined records" lines={5} />
      ) : records.isError ? (
        <ErrorPanel
          title="Could not load the quarantine"
          error={records.error}
          onRetry={() => void records.refetch()}
        />
      ) : (
        <DataTable label="Quarantined records" data={rows} columns={columns} />
      )}
    </Card>
  );
}
