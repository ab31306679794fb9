import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import {
  Button,
  CheckboxButton,
  CheckboxField,
  CheckboxGroup,
  Form,
  Input,
  Label,
  TextField,
} from 'react-aria-components';
import {
  createPartnerClient,
  PARTNER_SCOPES,
  partnerClientsQuery,
  revokePartnerClient,
  rotatePartnerSecret,
  type ClientCredentials,
  type PartnerClient,
} from '../../api/admin';
import { dateTime } from '../../format/instant';
import { Card } from '../../ui/Card';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { CopyButton } from '../../ui/CopyButton';
import { DataTable, type TableColumn } from '../../ui/DataTable';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingRegion } from '../../ui/Skeleton';
import type { Features } from '../../ui/tableFeatures';
import { Export } from '../../ui/Export';

const helper = createColumnHelper<Features, PartnerClient>();

/** Secrets live in component state only, and go when the admin says they are stored. */
const FORGET_AT_ONCE = { gcTime: 0 } as const;

function SecretOnce({
  credentials,
  onDone,
}: {
  credentials: ClientCredentials;
  onDone: () => void;
}) {
  return (
    <div className="secret-panel" role="region" aria-labelledby="client-secret-title">
      <h3 id="client-secret-title">Secret of {credentials.name}</h3>
      <p>
        Give these to the partner system now. Sentia keeps only a hash of the secret and cannot show
        it again; if it is lost, rotate it.
      </p>
      <dl>
        <dt>Client id</dt>
        <dd>
          <code className="client-secret">{credentials.clientId}</code>
        </dd>
        <dt>Client secret</dt>
        <dd>
          <code className="client-secret" aria-label="Client secret">
            {credentials.clientSecret}
          </code>
        </dd>
        <dt>Scopes</dt>
        <dd>{[...credentials.scopes].sort().join(', ')}</dd>
      </dl>
      <div className="actions">
        <CopyButton value={credentials.clientSecret} label="Copy the secret" />
        <Button className="button button-primary" onPress={onDone}>
          I have stored it
        </Button>
      </div>
    </div>
  );
}

function NewClientForm({ onCreated }: { onCreated: (credentials: ClientCredentials) => void }) {
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<string[]>([]);
  const create = useMutation({
    ...FORGET_AT_ONCE,
    mutationFn: createPartnerClient,
    onSuccess: (credentials) => {
      setName('');
      setScopes([]);
      onCreated(credentials);
    },
  });
  return (
    <Form
      className="inline-form"
      aria-labelledby="new-client-title"
      onSubmit={(event) => {
        event.preventDefault();
        // The secret is handed to the panel; the mutation keeps no copy of it.
        create.mutate(
          { name: name.trim(), scopes },
          {
            onSuccess: () => {
              create.reset();
            },
          },
        );
      }}
    >
      <h3 id="new-client-title">New partner client</h3>
      <TextField className="field" value={name} onChange={setName} isRequired maxLength={200}>
        <Label>What the partner system is</Label>
        <Input placeholder="Warehouse BI" />
      </TextField>
      <CheckboxGroup className="checkbox-group" value={scopes} onChange={setScopes} isRequired>
        <Label>Scopes</Label>
        {PARTNER_SCOPES.map((scope) => (
          <CheckboxField key={scope.id} value={scope.id}>
            <CheckboxButton className="checkbox">
              {({ isSelected }) => (
                <>
                  <span className="box" aria-hidden="true">
                    {isSelected ? '✓' : ''}
                  </span>
                  {scope.label} <code>{scope.id}</code>
                </>
              )}
            </CheckboxButton>
          </CheckboxField>
        ))}
      </CheckboxGroup>
      <Button
        type="submit"
        className="button button-primary"
        isPending={create.isPending}
        isDisabled={scopes.length === 0}
      >
        Create client
      </Button>
      {create.isError && <ErrorPanel title="The client was not created" error={create.error} />}
    </Form>
  );
}

/** Partner systems of the tenant: create with scopes, rotate the secret, revoke. */
export function PartnerClients() {
  const client = useQueryClient();
  const clients = useQuery(partnerClientsQuery());
  const [secret, setSecret] = useState<ClientCredentials | undefined>();
  const refresh = () => client.invalidateQueries({ queryKey: partnerClientsQuery().queryKey });
  const rotate = useMutation({
    ...FORGET_AT_ONCE,
    mutationFn: rotatePartnerSecret,
    onSuccess: (credentials) => {
      setSecret(credentials);
    },
  });
  const revoke = useMutation({ mutationFn: revokePartnerClient, onSuccess: refresh });

  const columns = useMemo<TableColumn<PartnerClient>[]>(
    () =>
      helper.columns([
        helper.accessor('name', { header: 'Name', sortFn: 'text' }),
        helper.accessor('clientId', { header: 'Client id', sortFn: 'text' }),
        helper.accessor((row) => [...row.scopes].sort().join(', '), {
          id: 'scopes',
          header: 'Scopes',
        }),
        helper.accessor('createdAt', {
          header: 'Created',
          cell: (info) => dateTime(info.getValue() as string),
        }),
        helper.accessor((row) => (row.revokedAt == null ? 'active' : 'revoked'), {
          id: 'status',
          header: 'Status',
          cell: (info) =>
            info.row.original.revokedAt == null ? (
              'active'
            ) : (
              <span className="status-revoked">
                revoked {dateTime(info.row.original.revokedAt)}
              </span>
            ),
        }),
        helper.display({
          id: 'actions',
          header: 'Actions',
          cell: (info) => {
            const partner = info.row.original;
            if (partner.revokedAt != null) {
              return null;
            }
            return (
              <span className="actions">
                <ConfirmButton
                  label={`Rotate the secret of ${partner.name}`}
                  title={`New secret for ${partner.name}?`}
                  confirmLabel="Rotate the secret"
                  isDisabled={rotate.isPending}
                  onConfirm={() => {
                    rotate.mutate(partner.clientId);
                  }}
                >
                  <p>
                    The current secret stops working at once; the partner system needs the new one,
                    shown next, to get tokens.
                  </p>
                </ConfirmButton>
                <ConfirmButton
                  label={`Revoke ${partner.name}`}
                  title={`Revoke ${partner.name}?`}
                  confirmLabel="Revoke the client"
                  isDisabled={revoke.isPending}
                  onConfirm={() => {
                    revoke.mutate(partner.clientId);
                  }}
                >
                  <p>The partner system can no longer get tokens. This cannot be undone.</p>
                </ConfirmButton>
              </span>
            );
          },
        }),
      ]),
    [rotate, revoke],
  );

  return (
    <Card
      title="Partner API clients"
      wide
      actions={
        clients.isSuccess && (
          <Export
            fileName="partner-clients"
            header={['name', 'client id', 'scopes', 'created at', 'created by', 'revoked at']}
            rows={() =>
              clients.data.map((c) => [
                c.name,
                c.clientId,
                [...c.scopes].sort().join(' '),
                c.createdAt,
                c.createdBy,
                c.revokedAt,
              ])
            }
          />
        )
      }
    >
      {secret !== undefined && (
        <SecretOnce
          credentials={secret}
          onDone={() => {
            setSecret(undefined);
            rotate.reset();
          }}
        />
      )}
      {rotate.isError && <ErrorPanel title="The secret was not rotated" error={rotate.error} />}
      {revoke.isError && <ErrorPanel title="The client was not revoked" error={revoke.error} />}
      {clients.isPending && <LoadingRegion label="partner clients" lines={3} />}
      {clients.isError && (
        <ErrorPanel
          title="Partner clients could not be loaded"
          error={clients.error}
          onRetry={() => void clients.refetch()}
        />
      )}
      {clients.isSuccess && (
        <DataTable label="Partner API clients" data={clients.data} columns={columns} height={300} />
      )}
      <NewClientForm
        onCreated={(credentials) => {
          setSecret(credentials);
          void refresh();
        }}
      />
    </Card>
  );
}
