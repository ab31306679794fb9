import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import {
  connectionsQuery,
  integrationsApi,
  runsQuery,
  type Connection,
  type ConnectionCheck,
} from '../../api/integrations';
import { dateTime } from '../../format/dateTime';
import { Card } from '../../ui/Card';
import { Export } from '../../ui/Export';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingRegion } from '../../ui/Skeleton';
import { ConfirmDialog } from '../alerts/dialogs';
import { humanise } from '../alerts/labels';
import { connectXero, NewConnection, ReplaceCredentials } from './NewConnection';
import { PROVIDERS } from './providers';
import { Runs, statusClass } from './Runs';

/** The newest run of a connection: when it last synced and how it went. */
function LastSync({ connectionId }: { connectionId: string }) {
  const runs = useQuery(runsQuery(connectionId, 5));
  if (runs.isPending) {
    return <span className="muted">…</span>;
  }
  if (runs.isError) {
    return <span className="muted">unknown</span>;
  }
  const running = runs.data.find((run) => run.finishedAt === null);
  const last = runs.data.find((run) => run.finishedAt !== null);
  return (
    <>
      {last === undefined ? (
        <span className="muted">never</span>
      ) : (
        <>
          {dateTime(last.finishedAt)}{' '}
          <span className={statusClass(last.status)}>{humanise(last.status)}</span>
        </>
      )}
      {running !== undefined && <div className="muted">{running.stream} running now</div>}
    </>
  );
}

function CheckResult({ check }: { check: ConnectionCheck }) {
  const details = Object.entries(check.details)
    .map(([name, value]) => `${name}: ${value}`)
    .join(', ');
  return (
    <div role="status" className={check.ok ? 'change-up' : 'change-down'}>
      {check.ok ? 'Connection works' : 'Connection failed'}
      {check.providerStatus !== 0 && ` (HTTP ${String(check.providerStatus)})`}: {check.message}
      {details !== '' && <div className="muted">{details}</div>}
    </div>
  );
}

function ConnectionRow({
  connection,
  canWrite,
  selected,
  onSelect,
  onChanged,
}: {
  connection: Connection;
  canWrite: boolean;
  selected: boolean;
  onSelect: () => void;
  onChanged: () => void;
}) {
  const test = useMutation({ mutationFn: integrationsApi.testConnection });
  const change = useMutation({
    mutationFn: (status: 'active' | 'disabled') =>
      integrationsApi.changeConnection(connection.id, { status }),
    onSuccess: onChanged,
  });
  const remove = useMutation({
    mutationFn: integrationsApi.deleteConnection,
    onSuccess: onChanged,
  });
  const xero = useMutation({
    mutationFn: (popup: Window | null) => connectXero(connection.id, popup),
  });
  const failure = test.error ?? change.error ?? remove.error ?? xero.error;
  const name = <span className="visually-hidden">: {connection.displayName}</span>;
  const awaitingConsent = connection.provider === 'xero' && connection.account === null;

  return (
    <tr className={selected ? 'row-selected' : undefined}>
      <th scope="row" className="wrap">
        {connection.displayName}
        <div className="muted">{PROVIDERS[connection.provider].label}</div>
      </th>
      <td className="wrap">
        {connection.account ?? <span className="muted">not connected yet</span>}
      </td>
      <td>{connection.region ?? ''}</td>
      <td>
        <span className={statusClass(connection.status)}>{humanise(connection.status)}</span>
      </td>
      <td className="wrap">
        <LastSync connectionId={connection.id} />
      </td>
      <td className="wrap">
        {connection.credentials.length === 0 ? (
          <span className="muted">none</span>
        ) : (
          connection.credentials
            .map((credential) => `${credential.name} (${dateTime(credential.updatedAt)})`)
            .join(', ')
        )}
      </td>
      <td className="wrap">
        <span className="row-actions">
          <Button className="button button-quiet" onPress={onSelect}>
            Syncs{name}
          </Button>
          {canWrite && connection.provider === 'xero' && (
            <Button
              className="button"
              isPending={xero.isPending}
              onPress={() => {
                xero.mutate(window.open('', '_blank'));
              }}
            >
              {awaitingConsent ? 'Connect to Xero' : 'Reconnect Xero'}
              {name}
            </Button>
          )}
          {canWrite && (
            <>
              <Button
                className="button button-quiet"
                isPending={test.isPending}
                onPress={() => {
                  test.mutate(connection.id);
                }}
              >
                Test{name}
              </Button>
              <Button
                className="button button-quiet"
                isPending={change.isPending}
                onPress={() => {
                  change.mutate(connection.status === 'active' ? 'disabled' : 'active');
                }}
              >
                {connection.status === 'active' ? 'Pause syncing' : 'Resume syncing'}
                {name}
              </Button>
              {PROVIDERS[connection.provider].secrets.length > 0 && (
                <ReplaceCredentials connection={connection} onSaved={onChanged} />
              )}
              <ConfirmDialog
                label={<>Delete{name}</>}
                title={`Delete the connection “${connection.displayName}”?`}
                body="Syncing stops and its stored credentials are wiped. What it imported stays."
                confirm="Delete connection"
                onConfirm={() => {
                  remove.mutate(connection.id);
                }}
              />
            </>
          )}
        </span>
        {test.data !== undefined && <CheckResult check={test.data} />}
        {failure !== null && <ErrorPanel title="That did not work" error={failure} />}
      </td>
    </tr>
  );
}

/** The tenant's connections with status and last sync; OPERATORs add, test and sync them. */
export function Connections({ canWrite }: { canWrite: boolean }) {
  const client = useQueryClient();
  const connections = useQuery(connectionsQuery());
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const refresh = () => client.invalidateQueries({ queryKey: ['integrations'] });
  const list = connections.data ?? [];
  const selected = list.find((connection) => connection.id === selectedId) ?? list[0];

  return (
    <>
      <Card
        title="Connections"
        wide
        actions={
          <span className="row-actions">
            <Export
              fileName="connections"
              header={['id', 'provider', 'displayName', 'account', 'region', 'status', 'createdAt']}
              rows={() =>
                list.map((connection) => [
                  connection.id,
                  connection.provider,
                  connection.displayName,
                  connection.account,
                  connection.region,
                  connection.status,
                  connection.createdAt,
                ])
              }
            />
            {canWrite && <NewConnection onCreated={() => void refresh()} />}
          </span>
        }
      >
        {connections.isPending ? (
          <LoadingRegion label="connections" lines={3} />
        ) : connections.isError ? (
          <ErrorPanel
            title="Could not load the connections"
            error={connections.error}
            onRetry={() => void connections.refetch()}
          />
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-label="All connections">
            <table className="compact">
              <thead>
                <tr>
                  <th scope="col">Connection</th>
                  <th scope="col">Account</th>
                  <th scope="col">Region</th>
                  <th scope="col">Status</th>
                  <th scope="col">Last sync</th>
                  <th scope="col">Credentials</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {list.length === 0 && (
                  <tr>
                    <td colSpan={7} className="muted">
                      No connection yet.{' '}
                      {canWrite
                        ? 'Add one to sync a store, marketplace, inventory or accounting system.'
                        : 'An operator can add one.'}
                    </td>
                  </tr>
                )}
                {list.map((connection) => (
                  <ConnectionRow
                    key={connection.id}
                    connection={connection}
                    canWrite={canWrite}
                    selected={connection.id === selected?.id}
                    onSelect={() => {
                      setSelectedId(connection.id);
                    }}
                    onChanged={() => void refresh()}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      {selected !== undefined && (
        <Runs key={selected.id} connection={selected} canWrite={canWrite} />
      )}
    </>
  );
}
