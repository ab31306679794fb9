import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { Button, Form, Input, Label, TextField } from 'react-aria-components';
import {
  auditQuery,
  membersQuery,
  partnerClientsQuery,
  type AuditFilter,
  type AuditRecord,
} from '../../api/admin';
import { addDays, parseIsoDate } from '../../format/format';
import { dateTime } from '../../format/instant';
import { Card } from '../../ui/Card';
import { DataTable, type TableColumn } from '../../ui/DataTable';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Picker } from '../../ui/Picker';
import { LoadingRegion } from '../../ui/Skeleton';
import type { Features } from '../../ui/tableFeatures';
import { Export } from '../../ui/Export';

const helper = createColumnHelper<Features, AuditRecord>();
const ANYONE = 'anyone';

function target(record: AuditRecord): string {
  if (record.targetType == null) {
    return '';
  }
  return record.targetId == null ? record.targetType : `${record.targetType} ${record.targetId}`;
}

function details(record: AuditRecord): string {
  return Object.entries(record.details)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}

function actor(record: AuditRecord): string {
  return record.actorName == null || record.actorName === ''
    ? record.actorId
    : `${record.actorName} (${record.actorType})`;
}

/** Calendar days typed by the user as the API's instants: `to` counts the whole day. */
export function auditFilter(form: {
  from: string;
  to: string;
  actor: string;
  action: string;
}): AuditFilter {
  const filter: AuditFilter = {};
  if (form.from !== '') {
    filter.from = parseIsoDate(form.from).toISOString();
  }
  if (form.to !== '') {
    filter.to = addDays(parseIsoDate(form.to), 1).toISOString();
  }
  if (form.actor !== ANYONE) {
    filter.actor = form.actor;
  }
  if (form.action.trim() !== '') {
    filter.action = form.action.trim();
  }
  return filter;
}

const columns: TableColumn<AuditRecord>[] = helper.columns([
  helper.accessor('occurredAt', {
    header: 'When',
    cell: (info) => dateTime(info.getValue() as string),
  }),
  helper.accessor((record) => actor(record), { id: 'actor', header: 'Who', sortFn: 'text' }),
  helper.accessor('action', { header: 'Action', sortFn: 'text' }),
  helper.accessor((record) => target(record), { id: 'target', header: 'Target' }),
  helper.accessor('outcome', { header: 'Outcome' }),
  helper.accessor((record) => record.clientAddress ?? '', { id: 'address', header: 'From' }),
  helper.accessor((record) => details(record), { id: 'details', header: 'Details' }),
]);

/** The tenant's audit log, newest first, filtered by days, who and what; older pages on demand. */
export function AuditLog() {
  const [form, setForm] = useState({ from: '', to: '', actor: ANYONE, action: '' });
  const [filter, setFilter] = useState<AuditFilter>({});
  const members = useQuery(membersQuery());
  const clients = useQuery(partnerClientsQuery());
  const audit = useInfiniteQuery(auditQuery(filter));
  const records = useMemo(
    () => audit.data?.pages.flatMap((page) => page.items) ?? [],
    [audit.data],
  );
  const actors = useMemo(
    () => [
      { id: ANYONE, label: 'Anyone' },
      ...(members.data ?? []).map((m) => ({ id: m.userId, label: `${m.name} (${m.email})` })),
      ...(clients.data ?? []).map((c) => ({ id: c.clientId, label: `${c.name} (partner)` })),
    ],
    [members.data, clients.data],
  );
  const update = (key: keyof typeof form) => (value: string) => {
    setForm((previous) => ({ ...previous, [key]: value }));
  };

  return (
    <Card
      title="Audit log"
      wide
      actions={
        records.length > 0 && (
          <Export
            fileName="audit-log"
            label={`Export ${String(records.length)} rows as`}
            header={[
              'occurred at',
              'actor type',
              'actor id',
              'actor name',
              'action',
              'target type',
              'target id',
              'outcome',
              'client address',
              'trace id',
              'details',
            ]}
            rows={() =>
              records.map((r) => [
                r.occurredAt,
                r.actorType,
                r.actorId,
                r.actorName,
                r.action,
                r.targetType,
                r.targetId,
                r.outcome,
                r.clientAddress,
                r.traceId,
                details(r),
              ])
            }
          />
        )
      }
    >
      <Form
        className="inline-form"
        aria-label="Audit log filters"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(auditFilter(form));
        }}
      >
        <TextField className="field" type="date" value={form.from} onChange={update('from')}>
          <Label>From (day)</Label>
          <Input />
        </TextField>
        <TextField className="field" type="date" value={form.to} onChange={update('to')}>
          <Label>To (day, included)</Label>
          <Input />
        </TextField>
        <Picker label="Who" value={form.actor} options={actors} onChange={update('actor')} />
        <TextField
          className="field"
          value={form.action}
          onChange={update('action')}
          maxLength={100}
        >
          <Label>Action</Label>
          <Input placeholder="user.role_changed" />
        </TextField>
        <Button type="submit" className="button button-primary">
          Show
        </Button>
      </Form>
      {audit.isPending && <LoadingRegion label="the audit log" lines={6} />}
      {audit.isError && !audit.isFetchNextPageError && (
        <ErrorPanel
          title="The audit log could not be loaded"
          error={audit.error}
          onRetry={() => void audit.refetch()}
        />
      )}
      {audit.data !== undefined && (
        <>
          <DataTable label="Audit log entries" data={records} columns={columns} />
          {audit.hasNextPage && (
            <Button
              className="button"
              isPending={audit.isFetchingNextPage}
              onPress={() => void audit.fetchNextPage()}
            >
              Load older entries
            </Button>
          )}
          {audit.isFetchNextPageError && (
            <ErrorPanel title="Older entries could not be loaded" error={audit.error} />
          )}
        </>
      )}
    </Card>
  );
}
