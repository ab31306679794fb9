import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { Button, Form, Input, Label, ProgressBar, TextField } from 'react-aria-components';
import {
  integrationsApi,
  qualityQuery,
  runEventsUrl,
  runsQuery,
  type Connection,
  type RunProgress,
  type SyncRequest,
  type SyncRun,
} from '../../api/integrations';
import { dateTime } from '../../format/dateTime';
import { count, percent } from '../../format/format';
import { Card } from '../../ui/Card';
import { Export } from '../../ui/Export';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { KpiTile } from '../../ui/KpiTile';
import { Picker } from '../../ui/Picker';
import { LoadingRegion } from '../../ui/Skeleton';
import { humanise } from '../alerts/labels';
import { problemFields } from '../alerts/problems';

const POLL_WHILE_RUNNING_MS = 5_000;

export function statusClass(status: string): string {
  if (status === 'succeeded' || status === 'active' || status === 'imported') {
    return 'status-badge status-good';
  }
  if (status === 'failed' || status === 'rejected' || status === 'disabled') {
    return 'status-badge status-bad';
  }
  if (status === 'partial' || status === 'imported_with_rejections') {
    return 'status-badge status-warn';
  }
  return 'status-badge';
}

function duration(seconds: number): string {
  if (seconds < 60) {
    return `${String(Math.round(seconds))} s`;
  }
  return `${String(Math.round(seconds / 60))} min`;
}

/**
 * A running run's figures, live from its event stream (`progress` every second, then
 * `finished`); when the stream cannot be kept open the run list's polling takes over.
 */
function LiveProgress({ run, onFinished }: { run: SyncRun; onFinished: () => void }) {
  const [progress, setProgress] = useState<RunProgress | undefined>();
  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      return undefined;
    }
    const source = new EventSource(runEventsUrl(run.connectionId, run.id));
    const read = (event: Event) => {
      if (event instanceof MessageEvent && typeof event.data === 'string') {
        try {
          setProgress(JSON.parse(event.data) as RunProgress);
        } catch {
          // a malformed event changes nothing on screen
        }
      }
    };
    source.addEventListener('progress', read);
    source.addEventListener('finished', (event) => {
      read(event);
      source.close();
      onFinished();
    });
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CLOSED) {
        source.close();
      }
    });
    return () => {
      source.close();
    };
  }, [run.connectionId, run.id, onFinished]);

  const now = progress ?? {
    runId: run.id,
    status: run.status,
    read: run.read,
    changed: run.changed,
    rejected: run.rejected,
    total: run.total,
    etaSeconds: null,
  };
  const label = `${humanise(run.stream)}: ${count(now.read)} read${
    now.total === null ? '' : ` of ${count(now.total)}`
  }, ${count(now.changed)} changed, ${count(now.rejected)} rejected${
    now.etaSeconds === null ? '' : `, about ${duration(now.etaSeconds)} left`
  }`;
  return (
    <ProgressBar
      className="sync-progress"
      aria-label={`Progress of the ${run.stream} run`}
      valueLabel={label}
      value={now.total === null ? undefined : now.read}
      maxValue={now.total === null || now.total === 0 ? 1 : now.total}
      isIndeterminate={now.total === null}
    >
      {({ percentage, valueText }) => (
        <>
          <span>{valueText}</span>
          <span className="progress-track">
            <span
              className="progress-fill"
              style={{ width: percentage === undefined ? '100%' : `${String(percentage)}%` }}
            />
          </span>
        </>
      )}
    </ProgressBar>
  );
}

function RunsTable({ runs, onFinished }: { runs: SyncRun[]; onFinished: () => void }) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Sync runs">
      <table className="compact">
        <thead>
          <tr>
            <th scope="col">Requested</th>
            <th scope="col">Stream</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col" className="numeric">
              Read
            </th>
            <th scope="col" className="numeric">
              Changed
            </th>
            <th scope="col" className="numeric">
              Rejected
            </th>
            <th scope="col">Finished</th>
            <th scope="col">Error or progress</th>
          </tr>
        </thead>
        <tbody>
          {runs.length === 0 && (
            <tr>
              <td colSpan={9} className="muted">
                No sync has run yet.
              </td>
            </tr>
          )}
          {runs.map((run) => (
            <tr key={run.id}>
              <td>{dateTime(run.requestedAt)}</td>
              <td>{run.stream}</td>
              <td>{humanise(run.kind)}</td>
              <td>
                <span className={statusClass(run.status)}>{humanise(run.status)}</span>
              </td>
              <td className="numeric">{count(run.read)}</td>
              <td className="numeric">{count(run.changed)}</td>
              <td className="numeric">{count(run.rejected)}</td>
              <td>{dateTime(run.finishedAt)}</td>
              <td className="wrap">
                {run.finishedAt === null ? (
                  <LiveProgress run={run} onFinished={onFinished} />
                ) : (
                  [run.errorCode, run.errorMessage].filter((part) => part !== null).join(': ')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Quality({ connectionId }: { connectionId: string }) {
  const quality = useQuery(qualityQuery(connectionId));
  if (quality.isPending) {
    return <LoadingRegion label="data quality" lines={1} />;
  }
  if (quality.isError) {
    return <ErrorPanel title="Could not load the data quality" error={quality.error} />;
  }
  const { accepted, rejected, score, openQuarantine, days } = quality.data;
  return (
    <div className="kpis">
      <KpiTile
        label={`Records accepted (${String(days)} days)`}
        value={count(accepted)}
        note={`${count(rejected)} rejected`}
      />
      <KpiTile
        label="Quality score"
        value={score === null ? '—' : percent(score * 100)}
        note="accepted share"
      />
      <KpiTile label="Open in quarantine" value={count(openQuarantine)} />
    </div>
  );
}

/** One connection's sync runs with live progress, its data quality, and a sync to start. */
export function Runs({ connection, canWrite }: { connection: Connection; canWrite: boolean }) {
  const client = useQueryClient();
  const runs = useQuery({
    ...runsQuery(connection.id),
    refetchInterval: (query) =>
      query.state.data?.some((run) => run.finishedAt === null) === true
        ? POLL_WHILE_RUNNING_MS
        : false,
  });
  const [stream, setStream] = useState('all');
  const [kind, setKind] = useState<NonNullable<SyncRequest['kind']>>('incremental');
  const [from, setFrom] = useState('');
  const refresh = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['integrations', 'runs', connection.id] }),
      client.invalidateQueries({ queryKey: qualityQuery(connection.id).queryKey }),
    ]);
  // Stable, so a live run's event stream is not reopened on every render.
  const onFinished = useCallback(() => {
    void client.invalidateQueries({ queryKey: ['integrations', 'runs', connection.id] });
    void client.invalidateQueries({ queryKey: qualityQuery(connection.id).queryKey });
  }, [client, connection.id]);
  const sync = useMutation({
    mutationFn: (body: SyncRequest) => integrationsApi.sync(connection.id, body),
    onSuccess: refresh,
  });
  const list = runs.data ?? [];
  const streams = [...new Set(list.map((run) => run.stream))].sort();

  return (
    <Card
      title={`${connection.displayName}: syncs`}
      wide
      actions={
        <Export
          fileName={`sync-runs-${connection.id}`}
          header={[
            'id',
            'stream',
            'kind',
            'status',
            'read',
            'changed',
            'rejected',
            'total',
            'requestedAt',
            'startedAt',
            'finishedAt',
            'errorCode',
            'errorMessage',
          ]}
          rows={() =>
            list.map((run) => [
              run.id,
              run.stream,
              run.kind,
              run.status,
              run.read,
              run.changed,
              run.rejected,
              run.total,
              run.requestedAt,
              run.startedAt,
              run.finishedAt,
              run.errorCode,
              run.errorMessage,
            ])
          }
        />
      }
    >
      <Quality connectionId={connection.id} />
      {canWrite && (
        <Form
          className="inline-form"
          aria-label={`Start a sync of ${connection.displayName}`}
          validationErrors={problemFields(sync.error)}
          onSubmit={(event) => {
            event.preventDefault();
            const body: SyncRequest = { kind };
            if (stream !== 'all') {
              body.stream = stream;
            }
            if (kind === 'backfill' && from !== '') {
              body.from = from;
            }
            sync.mutate(body);
          }}
        >
          <Picker
            label="Stream"
            value={stream}
            options={[
              { id: 'all', label: 'Every stream' },
              ...streams.map((name) => ({ id: name, label: name })),
            ]}
            onChange={setStream}
          />
          <Picker
            label="Kind"
            value={kind}
            options={[
              { id: 'incremental', label: 'Incremental (since the last sync)' },
              { id: 'reconcile', label: 'Reconcile (re-read recent days)' },
              { id: 'backfill', label: 'Backfill (from a date)' },
            ]}
            onChange={setKind}
          />
          {kind === 'backfill' && (
            <TextField className="field" name="from" isRequired value={from} onChange={setFrom}>
              <Label>From</Label>
              <Input type="date" />
            </TextField>
          )}
          <Button type="submit" className="button button-primary" isPending={sync.isPending}>
            Sync now
          </Button>
        </Form>
      )}
      {sync.isError && <ErrorPanel title="The sync did not start" error={sync.error} />}
      {sync.isSuccess && (
        <p role="status" className="notice">
          {sync.data.started.length > 0
            ? `Started ${String(sync.data.started.length)} run${sync.data.started.length === 1 ? '' : 's'}.`
            : 'Nothing new started.'}
          {sync.data.alreadyRunning.length > 0 &&
            ` ${String(sync.data.alreadyRunning.length)} already running: follow below.`}
        </p>
      )}
      {runs.isPending ? (
        <LoadingRegion label="sync runs" lines={4} />
      ) : runs.isError ? (
        <ErrorPanel
          title="Could not load the sync runs"
          error={runs.error}
          onRetry={() => void runs.refetch()}
        />
      ) : (
        <RunsTable runs={list} onFinished={onFinished} />
      )}
    </Card>
  );
}
