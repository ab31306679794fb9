import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  CheckboxGroup,
  Dialog,
  DialogTrigger,
  FieldError,
  Form,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  TextField,
} from 'react-aria-components';
import {
  alertsApi,
  channelsQuery,
  WEBHOOK_EVENT_TYPES,
  webhooksQuery,
  type ChannelConfiguration,
  type WebhookSubscription,
  type WebhookTestSend,
} from '../../api/alerts';
import { dateTime } from '../../format/dateTime';
import { Card } from '../../ui/Card';
import { CompactTable } from '../../ui/CompactTable';
import { Export } from '../../ui/Export';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Picker } from '../../ui/Picker';
import { LoadingRegion } from '../../ui/Skeleton';
import { ConfirmDialog } from './dialogs';
import { Tick } from './Tick';
import { problemFields } from './problems';

/** A secret the API shows once: say so, and offer to copy it. */
export function SecretOnce({
  label,
  secret,
  note,
}: {
  label: string;
  secret: string;
  note?: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="secret-once" role="status">
      <p>
        <strong>{label}</strong> Copy it now: it is shown only this once.
      </p>
      <code className="secret">{secret}</code>
      <Button
        className="button"
        onPress={() => {
          void navigator.clipboard.writeText(secret).then(() => {
            setCopied(true);
          });
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </Button>
      {note !== undefined && <p className="muted">{note}</p>}
    </div>
  );
}

function SlackTeams({ canManage }: { canManage: boolean }) {
  const client = useQueryClient();
  const channels = useQuery(channelsQuery());
  const [type, setType] = useState<'slack' | 'teams'>('slack');
  const [name, setName] = useState('');
  const [url, setUrl] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: channelsQuery().queryKey });
  const create = useMutation({
    mutationFn: alertsApi.createChannel,
    onSuccess: () => {
      setName('');
      setUrl('');
      return refresh();
    },
  });
  const remove = useMutation({ mutationFn: alertsApi.deleteChannel, onSuccess: refresh });
  const list: ChannelConfiguration[] = channels.data ?? [];

  return (
    <Card
      title="Slack and Teams"
      wide
      actions={
        <Export
          fileName="alert-channels"
          header={['type', 'name', 'createdBy', 'createdAt']}
          rows={() =>
            list.map((channel) => [
              channel.type,
              channel.name,
              channel.createdBy,
              channel.createdAt,
            ])
          }
        />
      }
    >
      {channels.isPending ? (
        <LoadingRegion label="channels" />
      ) : channels.isError ? (
        <ErrorPanel
          title="Could not load the channels"
          error={channels.error}
          onRetry={() => void channels.refetch()}
        />
      ) : (
        <CompactTable
          label="Slack and Teams channels"
          headings={canManage ? ['Name', 'Type', 'Added', 'Actions'] : ['Name', 'Type', 'Added']}
          empty={list.length === 0 ? 'No channel yet.' : null}
        >
          {list.map((channel) => (
            <tr key={channel.id}>
              <th scope="row">{channel.name}</th>
              <td>{channel.type === 'slack' ? 'Slack' : 'Teams'}</td>
              <td>{dateTime(channel.createdAt)}</td>
              {canManage && (
                <td>
                  <ConfirmDialog
                    label={
                      <>
                        Delete<span className="visually-hidden">: {channel.name}</span>
                      </>
                    }
                    title={`Delete the channel “${channel.name}”?`}
                    body="Rules that post to it stop doing so, and messages still waiting for it are dropped."
                    confirm="Delete channel"
                    onConfirm={() => {
                      remove.mutate(channel.id);
                    }}
                  />
                </td>
              )}
            </tr>
          ))}
        </CompactTable>
      )}
      {remove.isError && <ErrorPanel title="The channel was not deleted" error={remove.error} />}
      {canManage && (
        <Form
          className="inline-form"
          aria-label="Add a Slack or Teams channel"
          validationErrors={problemFields(create.error)}
          onSubmit={(event) => {
            event.preventDefault();
            create.mutate({ type, name: name.trim(), url: url.trim() });
          }}
        >
          <Picker
            label="Type"
            value={type}
            options={[
              { id: 'slack', label: 'Slack' },
              { id: 'teams', label: 'Microsoft Teams' },
            ]}
            onChange={setType}
          />
          <TextField className="field" name="name" isRequired value={name} onChange={setName}>
            <Label>Channel name</Label>
            <Input placeholder="#ops-alerts" />
            <FieldError className="field-error" />
          </TextField>
          <TextField
            className="field field-wide"
            name="url"
            isRequired
            value={url}
            onChange={setUrl}
          >
            <Label>Incoming webhook URL</Label>
            <Input type="url" autoComplete="off" />
            <FieldError className="field-error" />
          </TextField>
          <Button type="submit" className="button button-primary" isPending={create.isPending}>
            Add channel
          </Button>
        </Form>
      )}
      {create.isError && <ErrorPanel title="The channel was not added" error={create.error} />}
      {create.data?.maskedUrl !== undefined && (
        <p role="status" className="notice">
          Added “{create.data.name}”. Its URL is stored sealed and never shown again:{' '}
          <code>{create.data.maskedUrl}</code>
        </p>
      )}
      <p className="muted">
        Slack and Teams channels have no test-send in the API yet; a rule that uses one shows its
        deliveries in the log below.
      </p>
    </Card>
  );
}

/** Event types to subscribe to: all (`*`) or single ones, which exclude each other. */
function EventTypes({ value, onChange }: { value: string[]; onChange: (value: string[]) => void }) {
  return (
    <CheckboxGroup
      className="choice-group"
      name="eventTypes"
      value={value}
      onChange={(next) => {
        const added = next.find((type) => !value.includes(type));
        onChange(added === '*' ? ['*'] : next.filter((type) => type !== '*'));
      }}
    >
      <Label>Events</Label>
      <Tick value="*">All events</Tick>
      {WEBHOOK_EVENT_TYPES.map((type) => (
        <Tick key={type} value={type}>
          {type}
        </Tick>
      ))}
      <FieldError className="field-error" />
    </CheckboxGroup>
  );
}

/** Changing where a subscription posts, what it receives and its description. */
function EditWebhook({
  subscription,
  onSaved,
}: {
  subscription: WebhookSubscription;
  onSaved: () => void;
}) {
  return (
    <DialogTrigger>
      <Button className="button button-quiet">
        Edit<span className="visually-hidden">: {subscription.url}</span>
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">Edit the subscription</Heading>
                <EditWebhookForm subscription={subscription} onSaved={onSaved} close={close} />
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function EditWebhookForm({
  subscription,
  onSaved,
  close,
}: {
  subscription: WebhookSubscription;
  onSaved: () => void;
  close: () => void;
}) {
  const [url, setUrl] = useState(subscription.url);
  const [eventTypes, setEventTypes] = useState(subscription.eventTypes);
  const [description, setDescription] = useState(subscription.description ?? '');
  const save = useMutation({
    mutationFn: (body: { url?: string; eventTypes?: string[]; description?: string }) =>
      alertsApi.changeWebhook(subscription.id, body),
    onSuccess: () => {
      onSaved();
      close();
    },
  });
  return (
    <Form
      className="rule-form"
      validationErrors={problemFields(save.error)}
      onSubmit={(event) => {
        event.preventDefault();
        // Only what changed: the API keeps absent fields as they are.
        const body: { url?: string; eventTypes?: string[]; description?: string } = {};
        if (url.trim() !== subscription.url) {
          body.url = url.trim();
        }
        if (eventTypes.join(' ') !== subscription.eventTypes.join(' ')) {
          body.eventTypes = eventTypes;
        }
        if (description.trim() !== (subscription.description ?? '')) {
          body.description = description.trim();
        }
        save.mutate(body);
      }}
    >
      <TextField className="field field-wide" name="url" isRequired value={url} onChange={setUrl}>
        <Label>Endpoint URL</Label>
        <Input type="url" />
        <FieldError className="field-error" />
      </TextField>
      <TextField
        className="field field-wide"
        name="description"
        value={description}
        onChange={setDescription}
      >
        <Label>Description</Label>
        <Input />
        <FieldError className="field-error" />
      </TextField>
      <EventTypes value={eventTypes} onChange={setEventTypes} />
      {save.isError && <ErrorPanel title="The subscription was not changed" error={save.error} />}
      <div className="dialog-actions">
        <Button className="button" onPress={close}>
          Cancel
        </Button>
        <Button type="submit" className="button button-primary" isPending={save.isPending}>
          Save subscription
        </Button>
      </div>
    </Form>
  );
}

function TestResult({ result }: { result: WebhookTestSend }) {
  return (
    <span role="status" className={result.outcome === 'delivered' ? 'change-up' : 'change-down'}>
      Test {result.outcome}
      {result.status !== undefined && `, HTTP ${String(result.status)}`}, {result.responseTimeMs} ms
      {result.reason !== undefined && ` (${result.reason})`}
    </span>
  );
}

function WebhookRow({
  subscription,
  canManage,
  onChanged,
}: {
  subscription: WebhookSubscription;
  canManage: boolean;
  onChanged: () => void;
}) {
  const test = useMutation({ mutationFn: alertsApi.testWebhook });
  const rotate = useMutation({ mutationFn: alertsApi.rotateWebhookSecret });
  const enable = useMutation({ mutationFn: alertsApi.enableWebhook, onSuccess: onChanged });
  const remove = useMutation({ mutationFn: alertsApi.deleteWebhook, onSuccess: onChanged });
  const failure = test.error ?? rotate.error ?? enable.error ?? remove.error;
  const hidden = <span className="visually-hidden">: {subscription.url}</span>;
  return (
    <tr>
      <th scope="row" className="wrap">
        {subscription.url}
        {subscription.description !== undefined && (
          <div className="muted">{subscription.description}</div>
        )}
      </th>
      <td className="wrap">{subscription.eventTypes.join(', ')}</td>
      <td className="wrap">
        {subscription.enabled ? (
          'Enabled'
        ) : (
          <>
            Disabled {dateTime(subscription.disabledAt)}
            {subscription.disabledReason !== undefined && (
              <div className="muted">{subscription.disabledReason}</div>
            )}
          </>
        )}
      </td>
      {canManage && (
        <td className="wrap">
          <span className="row-actions">
            <Button
              className="button button-quiet"
              isPending={test.isPending}
              onPress={() => {
                test.mutate(subscription.id);
              }}
            >
              Send test{hidden}
            </Button>
            <EditWebhook subscription={subscription} onSaved={onChanged} />
            <Button
              className="button button-quiet"
              isPending={rotate.isPending}
              onPress={() => {
                rotate.mutate(subscription.id);
              }}
            >
              Rotate secret{hidden}
            </Button>
            {!subscription.enabled && (
              <Button
                className="button button-quiet"
                isPending={enable.isPending}
                onPress={() => {
                  enable.mutate(subscription.id);
                }}
              >
                Enable{hidden}
              </Button>
            )}
            <ConfirmDialog
              label={<>Delete{hidden}</>}
              title="Delete this webhook subscription?"
              body={`${subscription.url} will receive nothing more, and its secrets are deleted.`}
              confirm="Delete subscription"
              onConfirm={() => {
                remove.mutate(subscription.id);
              }}
            />
          </span>
          {test.data !== undefined && <TestResult result={test.data} />}
          {rotate.data !== undefined && (
            <SecretOnce
              label="New signing secret."
              secret={rotate.data.secret}
              note={`The previous secret keeps signing until ${dateTime(rotate.data.previousValidUntil)}.`}
            />
          )}
          {failure !== null && <ErrorPanel title="That did not work" error={failure} />}
        </td>
      )}
    </tr>
  );
}

function Webhooks({ canManage }: { canManage: boolean }) {
  const client = useQueryClient();
  const webhooks = useQuery(webhooksQuery());
  const [url, setUrl] = useState('');
  const [eventTypes, setEventTypes] = useState<string[]>(['*']);
  const [description, setDescription] = useState('');
  const refresh = () => client.invalidateQueries({ queryKey: webhooksQuery().queryKey });
  const create = useMutation({
    mutationFn: alertsApi.createWebhook,
    onSuccess: () => {
      setUrl('');
      setDescription('');
      return refresh();
    },
  });
  const list = webhooks.data ?? [];

  return (
    <Card
      title="Partner webhooks"
      wide
      actions={
        <Export
          fileName="webhook-subscriptions"
          header={['url', 'eventTypes', 'description', 'enabled', 'disabledReason', 'createdAt']}
          rows={() =>
            list.map((item) => [
              item.url,
              item.eventTypes.join(' '),
              item.description ?? '',
              item.enabled,
              item.disabledReason ?? '',
              item.createdAt,
            ])
          }
        />
      }
    >
      {webhooks.isPending ? (
        <LoadingRegion label="webhook subscriptions" />
      ) : webhooks.isError ? (
        <ErrorPanel
          title="Could not load the webhook subscriptions"
          error={webhooks.error}
          onRetry={() => void webhooks.refetch()}
        />
      ) : (
        <CompactTable
          label="Webhook subscriptions"
          headings={
            canManage ? ['Endpoint', 'Events', 'State', 'Actions'] : ['Endpoint', 'Events', 'State']
          }
          empty={list.length === 0 ? 'No subscription yet.' : null}
        >
          {list.map((subscription) => (
            <WebhookRow
              key={subscription.id}
              subscription={subscription}
              canManage={canManage}
              onChanged={() => void refresh()}
            />
          ))}
        </CompactTable>
      )}
      {canManage && (
        <Form
          className="inline-form"
          aria-label="Subscribe a partner endpoint"
          validationErrors={problemFields(create.error)}
          onSubmit={(event) => {
            event.preventDefault();
            const body: { url: string; eventTypes: string[]; description?: string } = {
              url: url.trim(),
              eventTypes,
            };
            if (description.trim() !== '') {
              body.description = description.trim();
            }
            create.mutate(body);
          }}
        >
          <TextField
            className="field field-wide"
            name="url"
            isRequired
            value={url}
            onChange={setUrl}
          >
            <Label>Endpoint URL</Label>
            <Input type="url" placeholder="https://erp.example.com/hooks/sentia" />
            <FieldError className="field-error" />
          </TextField>
          <TextField
            className="field field-wide"
            name="description"
            value={description}
            onChange={setDescription}
          >
            <Label>Description</Label>
            <Input />
            <FieldError className="field-error" />
          </TextField>
          <EventTypes value={eventTypes} onChange={setEventTypes} />
          <Button type="submit" className="button button-primary" isPending={create.isPending}>
            Subscribe
          </Button>
        </Form>
      )}
      {create.isError && (
        <ErrorPanel title="The subscription was not created" error={create.error} />
      )}
      {create.data !== undefined && (
        <SecretOnce
          label={`Subscribed ${create.data.url}. Signing secret:`}
          secret={create.data.secret}
          note="Deliveries are signed as the Standard Webhooks specification says (webhook-id, webhook-timestamp, webhook-signature)."
        />
      )}
    </Card>
  );
}

/** Where alerts go besides e-mail and the feed: Slack/Teams channels and partner webhooks. */
export function Channels({ canManage }: { canManage: boolean }) {
  return (
    <>
      <SlackTeams canManage={canManage} />
      <Webhooks canManage={canManage} />
    </>
  );
}
