import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form, Input, Label, NumberField, TextField } from 'react-aria-components';
import {
  addCalendarEvent,
  calendarQuery,
  removeCalendarEvent,
  type CalendarEvent,
  type NewCalendarEvent,
} from '../../api/forecasts';
import { hasRole } from '../../auth/roles';
import { useMe } from '../../auth/session';
import { date, percentChange } from '../../format/format';
import { Export, exportTable, type ExportColumn } from '../../ui/Export';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingRegion } from '../../ui/Skeleton';

const csvColumns: ExportColumn<CalendarEvent>[] = [
  { header: 'name', value: (event) => event.name },
  { header: 'from', value: (event) => event.from },
  { header: 'to', value: (event) => event.to },
  { header: 'skus', value: (event) => event.skus?.join(' ') },
  { header: 'channel', value: (event) => event.channel },
  { header: 'region', value: (event) => event.region },
  { header: 'uplift_percent', value: (event) => event.upliftPercent },
  { header: 'created_by', value: (event) => event.createdBy },
  { header: 'created_at', value: (event) => event.createdAt },
];

function list(text: string): string[] | undefined {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return items.length === 0 ? undefined : items;
}

function optional(text: string): string | undefined {
  return text.trim() === '' ? undefined : text.trim();
}

function NewEventForm() {
  const client = useQueryClient();
  const [form, setForm] = useState({
    name: '',
    from: '',
    to: '',
    skus: '',
    channel: '',
    region: '',
  });
  const [uplift, setUplift] = useState(0);
  const add = useMutation({
    mutationFn: (event: NewCalendarEvent) => addCalendarEvent(event),
    onSuccess: async () => {
      setForm({ name: '', from: '', to: '', skus: '', channel: '', region: '' });
      setUplift(0);
      await client.invalidateQueries({ queryKey: ['forecasting'] });
    },
  });
  const field = (name: keyof typeof form, label: string, type = 'text', required = false) => (
    <TextField
      className="field"
      value={form[name]}
      onChange={(value) => {
        setForm((previous) => ({ ...previous, [name]: value }));
      }}
      isRequired={required}
      type={type}
    >
      <Label>{label}</Label>
      <Input />
    </TextField>
  );
  return (
    <Form
      className="scenario-form"
      aria-label="New calendar event"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({
          name: form.name.trim(),
          from: form.from,
          to: form.to,
          skus: list(form.skus),
          channel: optional(form.channel),
          region: optional(form.region),
          upliftPercent: Number.isNaN(uplift) ? 0 : uplift,
        });
      }}
    >
      {field('name', 'Event name', 'text', true)}
      {field('from', 'First day', 'date', true)}
      {field('to', 'Last day', 'date', true)}
      {field('skus', 'SKUs (comma-separated; empty for all)')}
      {field('channel', 'Channel (empty for all)')}
      {field('region', 'Region (empty for all)')}
      <NumberField className="field" value={uplift} onChange={setUplift} minValue={-99.99}>
        <Label>Uplift (%)</Label>
        <Input />
      </NumberField>
      <Button type="submit" className="button button-primary" isPending={add.isPending}>
        Add event
      </Button>
      {add.isError && <ErrorPanel title="The event was not added" error={add.error} />}
    </Form>
  );
}

/**
 * Promotions and other events: their uplift applies to forecast weeks at once, and past
 * weeks they touched are kept out of the next run's fit.
 */
export function Calendar() {
  const me = useMe();
  const client = useQueryClient();
  const operator = hasRole(me, 'OPERATOR');
  const events = useQuery(calendarQuery());
  const remove = useMutation({
    mutationFn: removeCalendarEvent,
    onSuccess: () => client.invalidateQueries({ queryKey: ['forecasting'] }),
  });
  return (
    <>
      {operator && <NewEventForm />}
      {remove.isError && <ErrorPanel title="The event was not removed" error={remove.error} />}
      {events.isPending ? (
        <LoadingRegion label="the calendar" lines={5} />
      ) : events.isError ? (
        <ErrorPanel
          title="The calendar is not available"
          error={events.error}
          onRetry={() => void events.refetch()}
        />
      ) : (
        <>
          <div className="filters">
            <Export fileName="calendar-events" {...exportTable(events.data, csvColumns)} />
          </div>
          {events.data.length === 0 ? (
            <p>No events in the calendar.</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Event table">
              <table className="compact">
                <caption className="visually-hidden">Promotions and events</caption>
                <thead>
                  <tr>
                    <th scope="col">Event</th>
                    <th scope="col">From</th>
                    <th scope="col">To</th>
                    <th scope="col">SKUs</th>
                    <th scope="col">Channel</th>
                    <th scope="col">Region</th>
                    <th scope="col" className="numeric">
                      Uplift
                    </th>
                    {operator && <th scope="col">Remove</th>}
                  </tr>
                </thead>
                <tbody>
                  {events.data.map((event) => (
                    <tr key={event.id}>
                      <th scope="row">{event.name}</th>
                      <td>{date(event.from)}</td>
                      <td>{date(event.to)}</td>
                      <td>{event.skus?.join(', ') ?? 'all'}</td>
                      <td>{event.channel ?? 'all'}</td>
                      <td>{event.region ?? 'all'}</td>
                      <td className="numeric">{percentChange(event.upliftPercent)}</td>
                      {operator && (
                        <td>
                          <Button
                            className="button button-quiet"
                            aria-label={`Remove ${event.name}`}
                            isPending={remove.isPending && remove.variables === event.id}
                            onPress={() => {
                              remove.mutate(event.id);
                            }}
                          >
                            Remove
                          </Button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
