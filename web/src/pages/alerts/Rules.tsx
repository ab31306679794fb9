import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
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
  NumberField,
  TextField,
} from 'react-aria-components';
import {
  alertsApi,
  channelsQuery,
  NOTIFICATION_KINDS,
  rulesQuery,
  SEVERITIES,
  tenantMembersQuery,
  type ChannelConfiguration,
  type Rule,
  type RuleChannel,
  type RuleRequest,
} from '../../api/alerts';
import { Card } from '../../ui/Card';
import { Export } from '../../ui/Export';
import { DataTable, type TableColumn } from '../../ui/DataTable';
import type { Features } from '../../ui/tableFeatures';
import { hasRole } from '../../auth/roles';
import { useMe } from '../../auth/session';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Picker } from '../../ui/Picker';
import { LoadingRegion } from '../../ui/Skeleton';
import { ConfirmDialog } from './dialogs';
import { Tick } from './Tick';
import { humanise } from './labels';
import { problemFields } from './problems';

const ROLES = ['VIEWER', 'OPERATOR', 'MANAGER', 'ADMIN'];

/** A channel choice as one checkbox value: EMAIL, IN_APP, or SLACK:<id> / TEAMS:<id>. */
function channelValue(channel: RuleChannel, targetId: string | null): string {
  return targetId === null ? channel : `${channel}:${targetId}`;
}

function channelChoice(value: string): { channel: RuleChannel; targetId: string | null } {
  const [channel, targetId] = value.split(/:(.*)/s);
  return { channel: channel as RuleChannel, targetId: targetId ?? null };
}

function hhmm(time: string | null): string {
  return time === null ? '' : time.slice(0, 5);
}

const EMPTY: RuleRequest = {
  name: '',
  kinds: [],
  severities: [],
  roles: ['MANAGER'],
  users: [],
  channels: [
    { channel: 'EMAIL', targetId: null },
    { channel: 'IN_APP', targetId: null },
  ],
  threshold: null,
  reminderMinutes: null,
  notifyResolved: true,
  escalateAfterMinutes: null,
  escalationChannel: null,
  quietStart: null,
  quietEnd: null,
  dailyDigest: false,
  digestHour: 8,
  enabled: true,
};

function RuleForm({
  rule,
  channels,
  onSaved,
  close,
}: {
  rule: Rule | undefined;
  channels: ChannelConfiguration[];
  onSaved: () => void;
  close: () => void;
}) {
  const [draft, setDraft] = useState<RuleRequest>(() => {
    if (rule === undefined) {
      return EMPTY;
    }
    const rest: Partial<Rule> = { ...rule };
    delete rest.id;
    return {
      ...(rest as RuleRequest),
      quietStart: hhmm(rule.quietStart),
      quietEnd: hhmm(rule.quietEnd),
    };
  });
  // Only ADMINs may list the tenant's members (auth-service); others keep named people as
  // they are.
  const members = useQuery({ ...tenantMembersQuery(), enabled: hasRole(useMe(), 'ADMIN') });
  const save = useMutation({
    mutationFn: (body: RuleRequest) =>
      rule === undefined ? alertsApi.createRule(body) : alertsApi.updateRule(rule.id, body),
    onSuccess: () => {
      onSaved();
      close();
    },
  });
  const set = <K extends keyof RuleRequest>(key: K, value: RuleRequest[K]) => {
    setDraft((previous) => ({ ...previous, [key]: value }));
  };
  const number = (value: number) => (Number.isNaN(value) ? null : value);
  const channelOptions = [
    { value: 'EMAIL', label: 'E-mail (each person)' },
    { value: 'IN_APP', label: 'In the app (each person)' },
    ...channels.map((channel) => ({
      value: channelValue(channel.type === 'slack' ? 'SLACK' : 'TEAMS', channel.id),
      label: `${channel.type === 'slack' ? 'Slack' : 'Teams'}: ${channel.name}`,
    })),
  ];

  return (
    <Form
      className="rule-form"
      validationErrors={problemFields(save.error)}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({
          ...draft,
          name: draft.name.trim(),
          quietStart: draft.quietStart === '' ? null : draft.quietStart,
          quietEnd: draft.quietEnd === '' ? null : draft.quietEnd,
        });
      }}
    >
      <TextField
        className="field field-wide"
        name="name"
        isRequired
        value={draft.name}
        onChange={(value) => {
          set('name', value);
        }}
      >
        <Label>Name</Label>
        <Input />
        <FieldError className="field-error" />
      </TextField>
      <CheckboxGroup
        className="choice-group"
        name="kinds"
        value={draft.kinds}
        onChange={(value) => {
          set('kinds', value);
        }}
      >
        <Label>Kinds (none ticked: every kind)</Label>
        {NOTIFICATION_KINDS.map((kind) => (
          <Tick key={kind} value={kind}>
            {humanise(kind)}
          </Tick>
        ))}
        <FieldError className="field-error" />
      </CheckboxGroup>
      <CheckboxGroup
        className="choice-group"
        name="severities"
        value={draft.severities}
        onChange={(value) => {
          set('severities', value);
        }}
      >
        <Label>Severities (none ticked: all)</Label>
        {SEVERITIES.map((severity) => (
          <Tick key={severity} value={severity}>
            {humanise(severity)}
          </Tick>
        ))}
        <FieldError className="field-error" />
      </CheckboxGroup>
      <CheckboxGroup
        className="choice-group"
        name="roles"
        value={draft.roles}
        onChange={(value) => {
          set('roles', value);
        }}
      >
        <Label>Who hears (roles)</Label>
        {ROLES.map((role) => (
          <Tick key={role} value={role}>
            {humanise(role)}
          </Tick>
        ))}
        <FieldError className="field-error" />
      </CheckboxGroup>
      {members.isSuccess ? (
        <CheckboxGroup
          className="choice-group"
          name="users"
          value={draft.users}
          onChange={(value) => {
            set('users', value);
          }}
        >
          <Label>Also these people</Label>
          {members.data
            .filter((member) => !member.locked || draft.users.includes(member.userId))
            .map((member) => (
              <Tick key={member.userId} value={member.userId}>
                {member.name ?? member.email}
              </Tick>
            ))}
          <FieldError className="field-error" />
        </CheckboxGroup>
      ) : (
        draft.users.length > 0 && (
          <p className="muted">Also {draft.users.length} named people (kept as they are).</p>
        )
      )}
      <CheckboxGroup
        className="choice-group"
        name="channels"
        value={draft.channels.map((choice) => channelValue(choice.channel, choice.targetId))}
        onChange={(value) => {
          set('channels', value.map(channelChoice));
        }}
      >
        <Label>Channels</Label>
        {channelOptions.map((option) => (
          <Tick key={option.value} value={option.value}>
            {option.label}
          </Tick>
        ))}
        <FieldError className="field-error" />
      </CheckboxGroup>
      <div className="form-row">
        <NumberField
          className="field"
          name="threshold"
          minValue={0}
          value={draft.threshold ?? Number.NaN}
          onChange={(value) => {
            set('threshold', number(value));
          }}
        >
          <Label>Threshold (quarantined records)</Label>
          <Input />
          <FieldError className="field-error" />
        </NumberField>
        <NumberField
          className="field"
          name="reminderMinutes"
          minValue={1}
          maxValue={10080}
          value={draft.reminderMinutes ?? Number.NaN}
          onChange={(value) => {
            set('reminderMinutes', number(value));
          }}
        >
          <Label>Remind after (minutes)</Label>
          <Input />
          <FieldError className="field-error" />
        </NumberField>
        <NumberField
          className="field"
          name="escalateAfterMinutes"
          minValue={1}
          maxValue={10080}
          value={draft.escalateAfterMinutes ?? Number.NaN}
          onChange={(value) => {
            set('escalateAfterMinutes', number(value));
          }}
        >
          <Label>Escalate critical after (minutes)</Label>
          <Input />
          <FieldError className="field-error" />
        </NumberField>
        <Picker
          label="Escalation also by"
          value={draft.escalationChannel ?? 'none'}
          options={[
            { id: 'none', label: 'No second channel' },
            { id: 'EMAIL', label: 'E-mail' },
            { id: 'IN_APP', label: 'In the app' },
          ]}
          onChange={(value) => {
            set('escalationChannel', value === 'none' ? null : value);
          }}
        />
      </div>
      <div className="form-row">
        <TextField
          className="field"
          name="quietStart"
          value={draft.quietStart ?? ''}
          onChange={(value) => {
            set('quietStart', value);
          }}
        >
          <Label>Quiet from (tenant time)</Label>
          <Input type="time" />
          <FieldError className="field-error" />
        </TextField>
        <TextField
          className="field"
          name="quietEnd"
          value={draft.quietEnd ?? ''}
          onChange={(value) => {
            set('quietEnd', value);
          }}
        >
          <Label>Quiet until</Label>
          <Input type="time" />
          <FieldError className="field-error" />
        </TextField>
        <NumberField
          className="field"
          name="digestHour"
          minValue={0}
          maxValue={23}
          value={draft.digestHour}
          onChange={(value) => {
            set('digestHour', Number.isNaN(value) ? 8 : value);
          }}
        >
          <Label>Digest hour</Label>
          <Input />
          <FieldError className="field-error" />
        </NumberField>
      </div>
      <div className="form-row">
        <Tick
          isSelected={draft.notifyResolved}
          onChange={(value) => {
            set('notifyResolved', value);
          }}
        >
          Tell them when it resolves
        </Tick>
        <Tick
          isSelected={draft.dailyDigest}
          onChange={(value) => {
            set('dailyDigest', value);
          }}
        >
          Daily digest of non-critical e-mail
        </Tick>
        <Tick
          isSelected={draft.enabled}
          onChange={(value) => {
            set('enabled', value);
          }}
        >
          Enabled
        </Tick>
      </div>
      {save.isError && <ErrorPanel title="The rule was not saved" error={save.error} />}
      <div className="dialog-actions">
        <Button className="button" onPress={close}>
          Cancel
        </Button>
        <Button type="submit" className="button button-primary" isPending={save.isPending}>
          Save rule
        </Button>
      </div>
    </Form>
  );
}

function RuleDialog({
  rule,
  channels,
  onSaved,
}: {
  rule: Rule | undefined;
  channels: ChannelConfiguration[];
  onSaved: () => void;
}) {
  return (
    <DialogTrigger>
      <Button className={rule === undefined ? 'button button-primary' : 'button button-quiet'}>
        {rule === undefined ? 'New rule' : 'Edit'}
        {rule !== undefined && <span className="visually-hidden">: {rule.name}</span>}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">
                  {rule === undefined ? 'New rule' : `Edit rule: ${rule.name}`}
                </Heading>
                <RuleForm rule={rule} channels={channels} onSaved={onSaved} close={close} />
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

function channelNames(rule: Rule, channels: ChannelConfiguration[]): string {
  return rule.channels
    .map((choice) => {
      if (choice.targetId === null) {
        return humanise(choice.channel);
      }
      const found = channels.find((channel) => channel.id === choice.targetId);
      return `${humanise(choice.channel)}: ${found?.name ?? choice.targetId}`;
    })
    .join(', ');
}

const column = createColumnHelper<Features, Rule>();

/** The tenant's routing rules; ADMIN and MANAGER add, change and delete them. */
export function Rules() {
  const client = useQueryClient();
  const rules = useQuery(rulesQuery());
  const channels = useQuery(channelsQuery());
  const refresh = () => client.invalidateQueries({ queryKey: rulesQuery().queryKey });
  const remove = useMutation({ mutationFn: alertsApi.deleteRule, onSuccess: refresh });
  const channelList = useMemo(() => channels.data ?? [], [channels.data]);

  const columns = useMemo<TableColumn<Rule>[]>(
    () => [
      column.accessor('name', { header: 'Name' }),
      column.accessor(
        (rule) => (rule.kinds.length === 0 ? 'every kind' : rule.kinds.map(humanise).join(', ')),
        {
          id: 'kinds',
          header: 'Kinds',
        },
      ),
      column.accessor(
        (rule) => (rule.severities.length === 0 ? 'all' : rule.severities.join(', ')),
        {
          id: 'severities',
          header: 'Severities',
        },
      ),
      column.accessor(
        (rule) =>
          [
            ...rule.roles.map(humanise),
            ...(rule.users.length > 0 ? [`${String(rule.users.length)} people`] : []),
          ].join(', '),
        { id: 'who', header: 'Who' },
      ),
      column.accessor((rule) => channelNames(rule, channelList), {
        id: 'channels',
        header: 'Channels',
      }),
      column.accessor(
        (rule) =>
          rule.quietStart === null ? '' : `${hhmm(rule.quietStart)}–${hhmm(rule.quietEnd)}`,
        { id: 'quiet', header: 'Quiet hours' },
      ),
      column.accessor(
        (rule) =>
          rule.escalateAfterMinutes === null ? '' : `${String(rule.escalateAfterMinutes)} min`,
        {
          id: 'escalation',
          header: 'Escalation',
        },
      ),
      column.accessor((rule) => (rule.enabled ? 'on' : 'off'), {
        id: 'enabled',
        header: 'Enabled',
      }),
      column.display({
        id: 'actions',
        header: 'Actions',
        cell: ({ row }) => (
          <span className="row-actions">
            <RuleDialog rule={row.original} channels={channelList} onSaved={() => void refresh()} />
            <ConfirmDialog
              label={
                <>
                  Delete<span className="visually-hidden">: {row.original.name}</span>
                </>
              }
              title={`Delete the rule “${row.original.name}”?`}
              body="Nobody will be told about what only this rule covered."
              confirm="Delete rule"
              onConfirm={() => {
                remove.mutate(row.original.id);
              }}
            />
          </span>
        ),
      }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refresh and remove are stable enough for a cell
    [channelList],
  );

  return (
    <Card
      title="Rules"
      wide
      actions={
        <span className="row-actions">
          <Export
            fileName="alert-rules"
            header={['name', 'kinds', 'severities', 'roles', 'channels', 'enabled']}
            rows={() =>
              (rules.data ?? []).map((rule) => [
                rule.name,
                rule.kinds.join(' '),
                rule.severities.join(' '),
                rule.roles.join(' '),
                channelNames(rule, channelList),
                rule.enabled,
              ])
            }
          />
          <RuleDialog rule={undefined} channels={channelList} onSaved={() => void refresh()} />
        </span>
      }
    >
      {remove.isError && <ErrorPanel title="The rule was not deleted" error={remove.error} />}
      {rules.isPending ? (
        <LoadingRegion label="rules" />
      ) : rules.isError ? (
        <ErrorPanel
          title="Could not load the rules"
          error={rules.error}
          onRetry={() => void rules.refetch()}
        />
      ) : (
        <DataTable label="Alert rules" data={rules.data} columns={columns} height={360} />
      )}
    </Card>
  );
}
