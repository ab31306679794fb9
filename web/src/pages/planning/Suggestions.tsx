import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  Form,
  Heading,
  Label,
  Modal,
  ModalOverlay,
  TextArea,
  TextField,
} from 'react-aria-components';
import {
  decideSuggestion,
  SUGGESTION_STATUSES,
  suggestionsQuery,
  type PurchaseSuggestion,
  type SuggestionAction,
  type SuggestionStatus,
} from '../../api/planning';
import { hasRole } from '../../auth/roles';
import { useMe } from '../../auth/session';
import { count, date, money } from '../../format/format';
import { Card } from '../../ui/Card';
import { DataTable, type TableColumn } from '../../ui/DataTable';
import { Export, exportTable, type ExportColumn } from '../../ui/Export';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Picker } from '../../ui/Picker';
import { LoadingRegion } from '../../ui/Skeleton';
import type { Features } from '../../ui/tableFeatures';

type StatusFilter = SuggestionStatus | 'all';

const FILTERS: { id: StatusFilter; label: string }[] = [
  ...SUGGESTION_STATUSES.map((status) => ({
    id: status,
    label: `${status.charAt(0).toUpperCase()}${status.slice(1)}`,
  })),
  { id: 'all', label: 'All' },
];

function value(suggestion: PurchaseSuggestion): string {
  return suggestion.currency == null
    ? 'unit cost unknown'
    : money(suggestion.orderValue, suggestion.currency);
}

function statusLabel(suggestion: PurchaseSuggestion): string {
  return suggestion.status === 'open' && suggestion.requiresApproval
    ? 'open, needs approval'
    : suggestion.status;
}

const helper = createColumnHelper<Features, PurchaseSuggestion>();

function suggestionColumns(onOpen: (id: string) => void): TableColumn<PurchaseSuggestion>[] {
  return helper.columns([
    helper.accessor('sku', { header: 'SKU', sortFn: 'alphanumeric' }),
    helper.accessor('locationId', { header: 'Location', sortFn: 'alphanumeric' }),
    helper.accessor('quantity', {
      header: 'Quantity',
      cell: (info) => count(info.getValue() as number),
      meta: { numeric: true },
    }),
    helper.accessor((row) => (row.orderValue == null ? undefined : Number(row.orderValue)), {
      id: 'orderValue',
      header: 'Order value',
      cell: (info) => value(info.row.original),
      meta: { numeric: true },
      sortUndefined: 'last',
    }),
    helper.accessor(statusLabel, { id: 'status', header: 'Status', sortFn: 'text' }),
    helper.accessor('orderBy', {
      header: 'Order by',
      cell: (info) => date(info.getValue() as string),
    }),
    helper.accessor((row) => row.projectedStockout ?? undefined, {
      id: 'projectedStockout',
      header: 'Projected stock-out',
      cell: (info) => date(info.getValue() as string | undefined),
      sortUndefined: 'last',
    }),
    helper.display({
      id: 'details',
      header: 'Details',
      cell: (info) => (
        <Button
          className="button button-quiet"
          aria-label={`Details of ${info.row.original.sku} at ${info.row.original.locationId}`}
          onPress={() => {
            onOpen(info.row.original.id);
          }}
        >
          Details
        </Button>
      ),
    }),
  ]);
}

const csvColumns: ExportColumn<PurchaseSuggestion>[] = [
  { header: 'id', value: (row) => row.id },
  { header: 'sku', value: (row) => row.sku },
  { header: 'location', value: (row) => row.locationId },
  { header: 'quantity', value: (row) => row.quantity },
  { header: 'unit_cost', value: (row) => row.unitCost },
  { header: 'currency', value: (row) => row.currency },
  { header: 'order_value', value: (row) => row.orderValue },
  { header: 'requires_approval', value: (row) => row.requiresApproval },
  { header: 'status', value: (row) => row.status },
  { header: 'order_by', value: (row) => row.orderBy },
  { header: 'expected_arrival', value: (row) => row.expectedArrival },
  { header: 'projected_stockout', value: (row) => row.projectedStockout },
  { header: 'created_at', value: (row) => row.createdAt },
  { header: 'decision', value: (row) => row.decision?.outcome },
  { header: 'decided_by', value: (row) => row.decision?.email ?? row.decision?.by },
  { header: 'decision_reason', value: (row) => row.decision?.reason },
  { header: 'executed_by', value: (row) => row.execution?.email ?? row.execution?.by },
  { header: 'execution_note', value: (row) => row.execution?.note },
];

const ACTIONS: Record<
  SuggestionAction,
  {
    button: string;
    title: string;
    field: string;
    required: boolean;
    confirm: string;
    done: string;
  }
> = {
  approve: {
    button: 'Approve…',
    title: 'Approve the purchase order',
    field: 'Reason for approving',
    required: true,
    confirm: 'Approve',
    done: 'Approved',
  },
  reject: {
    button: 'Reject…',
    title: 'Reject the purchase order',
    field: 'Reason for rejecting',
    required: true,
    confirm: 'Reject',
    done: 'Rejected',
  },
  execute: {
    button: 'Mark as ordered…',
    title: 'Confirm the purchase order was placed',
    field: 'Purchase order number or note (optional)',
    required: false,
    confirm: 'Mark as ordered',
    done: 'Marked as ordered',
  },
};

/** A decision on a suggestion, asked for in a dialog with its reason. */
function DecisionDialog({
  suggestion,
  action,
  onDone,
}: {
  suggestion: PurchaseSuggestion;
  action: SuggestionAction;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const text = ACTIONS[action];
  const decide = useMutation({
    mutationFn: () => decideSuggestion(suggestion.id, action, reason),
    onSuccess: async (answer) => {
      onDone(`${text.done}: ${answer.sku} at ${answer.locationId} is now ${answer.status}.`);
      await client.invalidateQueries({ queryKey: ['forecasting', 'suggestions'] });
    },
  });
  return (
    <DialogTrigger
      onOpenChange={(open) => {
        if (!open) {
          decide.reset();
          setReason('');
        }
      }}
    >
      <Button className={action === 'reject' ? 'button' : 'button button-primary'}>
        {text.button}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <Form
                onSubmit={(event) => {
                  event.preventDefault();
                  decide.mutate(undefined, { onSuccess: close });
                }}
              >
                <Heading slot="title">{text.title}</Heading>
                <p>
                  {count(suggestion.quantity)} × {suggestion.sku} for {suggestion.locationId},{' '}
                  {value(suggestion)}.
                </p>
                <TextField
                  className="field"
                  value={reason}
                  onChange={setReason}
                  isRequired={text.required}
                  maxLength={1000}
                  autoFocus
                >
                  <Label>{text.field}</Label>
                  <TextArea rows={3} />
                </TextField>
                {decide.isError && (
                  <ErrorPanel title="The decision was refused" error={decide.error} />
                )}
                <div className="dialog-actions">
                  <Button className="button" onPress={close}>
                    Cancel
                  </Button>
                  <Button
                    type="submit"
                    className="button button-primary"
                    isPending={decide.isPending}
                  >
                    {text.confirm}
                  </Button>
                </div>
              </Form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

/** The actions the signed-in role may take on a suggestion in its status. */
function allowedActions(
  suggestion: PurchaseSuggestion,
  manager: boolean,
  operator: boolean,
): SuggestionAction[] {
  const actions: SuggestionAction[] = [];
  if (manager && suggestion.status === 'open') {
    actions.push('approve');
  }
  if (manager && (suggestion.status === 'open' || suggestion.status === 'approved')) {
    actions.push('reject');
  }
  if (
    operator &&
    (suggestion.status === 'approved' ||
      (suggestion.status === 'open' && !suggestion.requiresApproval))
  ) {
    actions.push('execute');
  }
  return actions;
}

function SuggestionDetails({
  suggestion,
  onDone,
}: {
  suggestion: PurchaseSuggestion;
  onDone: (message: string) => void;
}) {
  const me = useMe();
  const actions = allowedActions(suggestion, hasRole(me, 'MANAGER'), hasRole(me, 'OPERATOR'));
  const steps = suggestion.explanation.steps ?? [];
  const heading = useRef<HTMLHeadingElement>(null);
  // Opening the details from the table takes the focus there, so a keyboard or screen-reader
  // user lands on what they opened.
  useEffect(() => {
    heading.current?.focus();
  }, [suggestion.id]);
  const supplier = suggestion.explanation.supplier;
  return (
    <section className="suggestion-details" aria-labelledby="suggestion-details-title">
      <h3 id="suggestion-details-title" ref={heading} tabIndex={-1}>
        {suggestion.sku} at {suggestion.locationId}: {count(suggestion.quantity)} units,{' '}
        {value(suggestion)}
      </h3>
      <dl className="facts">
        <dt>Status</dt>
        <dd>{statusLabel(suggestion)}</dd>
        <dt>Approval</dt>
        <dd>{suggestion.approvalReason}</dd>
        <dt>Order by</dt>
        <dd>{date(suggestion.orderBy)}</dd>
        <dt>Expected arrival if ordered today</dt>
        <dd>{date(suggestion.expectedArrival)}</dd>
        <dt>Projected stock-out</dt>
        <dd>{date(suggestion.projectedStockout)}</dd>
        {supplier != null && (
          <>
            <dt>Supplier</dt>
            <dd>{supplier.name}</dd>
          </>
        )}
      </dl>
      <h4>How the quantity was worked out</h4>
      <ol className="steps">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {suggestion.decision != null && (
        <p>
          {suggestion.decision.outcome === 'approved' ? 'Approved' : 'Rejected'} by{' '}
          {suggestion.decision.email ?? suggestion.decision.by} on{' '}
          {new Date(suggestion.decision.at).toLocaleString()}: “{suggestion.decision.reason}”
        </p>
      )}
      {suggestion.execution != null && (
        <p>
          Ordered, confirmed by {suggestion.execution.email ?? suggestion.execution.by} on{' '}
          {new Date(suggestion.execution.at).toLocaleString()}
          {suggestion.execution.note != null && `: “${suggestion.execution.note}”`}
        </p>
      )}
      {actions.length > 0 && (
        <div className="dialog-actions">
          {actions.map((action) => (
            <DecisionDialog key={action} suggestion={suggestion} action={action} onDone={onDone} />
          ))}
        </div>
      )}
    </section>
  );
}

/** Suggested purchase orders with their arithmetic; approve, reject and execute by role. */
export function Suggestions() {
  const [status, setStatus] = useState<StatusFilter>('open');
  const [openId, setOpenId] = useState<string | undefined>();
  const [message, setMessage] = useState('');
  const suggestions = useQuery(suggestionsQuery(status));
  const columns = useMemo(() => suggestionColumns(setOpenId), []);
  const selected = suggestions.data?.find((suggestion) => suggestion.id === openId);
  const title = 'Suggested purchase orders';
  return (
    <Card
      title={title}
      wide
      actions={
        <Export
          fileName={`suggestions-${status}`}
          {...exportTable(suggestions.data ?? [], csvColumns)}
        />
      }
    >
      <div className="filters">
        <Picker
          label="Status"
          value={status}
          options={FILTERS}
          onChange={(next) => {
            setStatus(next);
            setOpenId(undefined);
          }}
        />
      </div>
      <p role="status" className="muted">
        {message}
      </p>
      {suggestions.isPending ? (
        <LoadingRegion label="the suggestions" lines={6} />
      ) : suggestions.isError ? (
        <ErrorPanel
          title="Suggestions are not available"
          error={suggestions.error}
          onRetry={() => void suggestions.refetch()}
        />
      ) : (
        <>
          <DataTable
            label="Suggestion table"
            data={suggestions.data}
            columns={columns}
            height={320}
          />
          {selected !== undefined && (
            <SuggestionDetails suggestion={selected} onDone={setMessage} />
          )}
        </>
      )}
    </Card>
  );
}
