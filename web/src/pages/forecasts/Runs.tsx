import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Button, Label, ProgressBar } from 'react-aria-components';
import { runsQuery, startRun, type ForecastRun } from '../../api/forecasts';
import { hasRole } from '../../auth/roles';
import { useMe } from '../../auth/session';
import { count, date } from '../../format/format';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingRegion } from '../../ui/Skeleton';

/** How often the list is read again while a run is queued or running. */
export const RUN_POLL_MS = 2000;

const active = (run: ForecastRun) => run.status === 'queued' || run.status === 'running';

function when(instant: string | undefined): string {
  return instant === undefined
    ? '—'
    : new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(instant),
      );
}

function RunProgress({ run }: { run: ForecastRun }) {
  if (!active(run)) {
    return (
      <span>
        {count(run.seriesDone)} of {count(run.seriesTotal)} series
      </span>
    );
  }
  return (
    <ProgressBar
      value={run.seriesDone}
      maxValue={Math.max(run.seriesTotal, 1)}
      valueLabel={`${count(run.seriesDone)} of ${count(run.seriesTotal)} series`}
      isIndeterminate={run.status === 'queued' || run.seriesTotal === 0}
    >
      {({ percentage, valueText }) => (
        <>
          <Label className="visually-hidden">
            Progress of the run created {when(run.createdAt)}
          </Label>
          <progress
            className="progress"
            max={100}
            value={run.status === 'queued' ? undefined : percentage}
            aria-hidden="true"
          />{' '}
          <span>{run.status === 'queued' ? 'waiting to start' : valueText}</span>
        </>
      )}
    </ProgressBar>
  );
}

/**
 * Recent runs, read again every two seconds while one is queued or running (the API also
 * streams progress as server-sent events; polling goes through the app's one fetch, with
 * its sign-in and error handling). When a run finishes, the series and plans are read
 * again.
 */
export function Runs() {
  const me = useMe();
  const client = useQueryClient();
  const runs = useQuery({
    ...runsQuery(),
    refetchInterval: (query) => (query.state.data?.some(active) === true ? RUN_POLL_MS : false),
  });
  const start = useMutation({
    mutationFn: startRun,
    onSuccess: () => client.invalidateQueries({ queryKey: runsQuery().queryKey }),
  });
  const anyActive = runs.data?.some(active) === true;
  const wasActive = useRef(anyActive);
  useEffect(() => {
    if (wasActive.current && !anyActive) {
      void client.invalidateQueries({ queryKey: ['forecasting', 'series'] });
      void client.invalidateQueries({ queryKey: ['forecasting', 'plans'] });
      void client.invalidateQueries({ queryKey: ['forecasting', 'suggestions'] });
    }
    wasActive.current = anyActive;
  }, [anyActive, client]);

  return (
    <>
      {hasRole(me, 'OPERATOR') && (
        <div className="filters">
          <Button
            className="button button-primary"
            isPending={start.isPending}
            onPress={() => {
              start.mutate();
            }}
          >
            Start a forecast run
          </Button>
        </div>
      )}
      {start.isError && <ErrorPanel title="The run was not started" error={start.error} />}
      {runs.isPending ? (
        <LoadingRegion label="the runs" lines={5} />
      ) : runs.isError ? (
        <ErrorPanel
          title="The runs are not available"
          error={runs.error}
          onRetry={() => void runs.refetch()}
        />
      ) : runs.data.length === 0 ? (
        <p>No forecast run yet.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Run table">
          <table className="compact">
            <caption className="visually-hidden">Recent forecast runs</caption>
            <thead>
              <tr>
                <th scope="col">Requested</th>
                <th scope="col">Trigger</th>
                <th scope="col">Status</th>
                <th scope="col">Progress</th>
                <th scope="col">History up to</th>
                <th scope="col" className="numeric">
                  Horizon (weeks)
                </th>
                <th scope="col">Finished</th>
              </tr>
            </thead>
            <tbody>
              {runs.data.map((run) => (
                <tr key={run.id}>
                  <th scope="row">{when(run.createdAt)}</th>
                  <td>{run.trigger}</td>
                  <td>
                    {run.status}
                    {run.error !== undefined && <span className="warning-badge">{run.error}</span>}
                  </td>
                  <td>
                    <RunProgress run={run} />
                    {run.estimatedFinish !== undefined && (
                      <span className="muted"> (about {when(run.estimatedFinish)})</span>
                    )}
                  </td>
                  <td>{date(run.historyEnd)}</td>
                  <td className="numeric">{run.horizon}</td>
                  <td>{when(run.finishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
