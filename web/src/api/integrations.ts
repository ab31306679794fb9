import { queryOptions } from '@tanstack/react-query';
import { api } from './http';

/**
 * integrations-service's API (integrations-service/README.md and its controllers):
 * connections, sync runs, quarantine and uploads. Shapes as the records serialise them.
 */

const BASE = '/api/integrations/v1';

export type Provider = 'shopify' | 'amazon' | 'xero' | 'unleashed' | 'mail';

/** connection.ConnectionView */
export interface Connection {
  id: string;
  provider: Provider;
  account: string | null;
  region: string | null;
  displayName: string;
  settings: Record<string, string>;
  status: 'active' | 'disabled';
  credentials: { name: string; updatedAt: string }[];
  createdAt: string;
  updatedAt: string;
}

/** connection.NewConnection */
export interface NewConnection {
  provider: Provider;
  account?: string;
  region?: string;
  displayName: string;
  settings?: Record<string, string>;
  credentials?: Record<string, string>;
}

/** connection.ConnectionChange: a field left out stays as it is. */
export interface ConnectionChange {
  account?: string;
  region?: string;
  displayName?: string;
  settings?: Record<string, string>;
  status?: 'active' | 'disabled';
  credentials?: Record<string, string>;
}

/** connector.ConnectionCheck */
export interface ConnectionCheck {
  ok: boolean;
  providerStatus: number;
  message: string;
  details: Record<string, string>;
}

/** sync.SyncRun */
export interface SyncRun {
  id: string;
  connectionId: string;
  stream: string;
  kind: 'incremental' | 'backfill' | 'reconcile';
  status: string;
  windowFrom: string | null;
  windowTo: string | null;
  read: number;
  changed: number;
  rejected: number;
  total: number | null;
  errorCode: string | null;
  errorMessage: string | null;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** What the run's event stream says every second (`progress`, then `finished`). */
export interface RunProgress {
  runId: string;
  status: string;
  read: number;
  changed: number;
  rejected: number;
  total: number | null;
  etaSeconds: number | null;
}

export interface SyncRequest {
  stream?: string;
  kind?: 'incremental' | 'backfill' | 'reconcile';
  from?: string;
}

export interface SyncStarted {
  started: string[];
  alreadyRunning: string[];
}

export interface ConnectionQuality {
  days: number;
  accepted: number;
  rejected: number;
  score: number | null;
  openQuarantine: number;
}

/** quarantine.QuarantinedRecord */
export interface QuarantinedRecord {
  id: string;
  provider: string;
  account: string;
  connectionId: string | null;
  uploadId: string | null;
  stream: string;
  externalId: string;
  reason: string;
  payload: string;
  status: 'open' | 'resolved' | 'dismissed';
  firstSeenAt: string;
  lastSeenAt: string;
}

/** connector.IngestResult, the answer to re-processing one record. */
export interface IngestResult {
  read: number;
  changed: number;
  unchanged: number;
  rejections: { externalId: string; reason: string }[];
}

export interface BulkReprocess {
  reprocessed: number;
  accepted: number;
  stillRejected: number;
}

export const UPLOAD_KINDS = [
  'orders',
  'products',
  'inventory',
  'purchase-orders',
  'invoices',
] as const;
export type UploadKind = (typeof UPLOAD_KINDS)[number];

/** upload.UploadView */
export interface Upload {
  id: string;
  kind: UploadKind;
  fileName: string;
  format: 'csv' | 'xlsx' | null;
  source: 'upload' | 'mail';
  sourceRef: string | null;
  status: 'imported' | 'imported_with_rejections' | 'rejected';
  error: string | null;
  rows: number;
  imported: number;
  quarantined: number;
  report: { row: number; column: string | null; problem: string }[];
  createdBy: string;
  createdAt: string;
}

/** upload.UploadTemplate */
export interface UploadTemplate {
  kind: UploadKind;
  header: string;
  example: string;
  columns: { name: string; required: boolean; format: string }[];
}

export interface QuarantineFilter {
  status?: string;
  connection?: string;
  limit: number;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') {
      search.set(key, String(value));
    }
  }
  return search.toString();
}

const id = encodeURIComponent;

export const connectionsQuery = () =>
  queryOptions({
    queryKey: ['integrations', 'connections'],
    queryFn: ({ signal }) => api<Connection[]>(`${BASE}/connections`, { signal }),
  });

export const runsQuery = (connectionId: string, limit = 20) =>
  queryOptions({
    queryKey: ['integrations', 'runs', connectionId, limit],
    queryFn: ({ signal }) =>
      api<SyncRun[]>(`${BASE}/connections/${id(connectionId)}/runs?limit=${String(limit)}`, {
        signal,
      }),
  });

export const qualityQuery = (connectionId: string) =>
  queryOptions({
    queryKey: ['integrations', 'quality', connectionId],
    queryFn: ({ signal }) =>
      api<ConnectionQuality>(`${BASE}/connections/${id(connectionId)}/quality`, { signal }),
  });

export const quarantineQuery = (filter: QuarantineFilter) =>
  queryOptions({
    queryKey: ['integrations', 'quarantine', filter],
    queryFn: ({ signal }) =>
      api<QuarantinedRecord[]>(`${BASE}/quarantine?${query({ ...filter })}`, { signal }),
  });

export const uploadsQuery = (limit = 50) =>
  queryOptions({
    queryKey: ['integrations', 'uploads', limit],
    queryFn: ({ signal }) => api<Upload[]>(`${BASE}/uploads?limit=${String(limit)}`, { signal }),
  });

export const templateQuery = (kind: UploadKind) =>
  queryOptions({
    queryKey: ['integrations', 'template', kind],
    queryFn: ({ signal }) =>
      api<UploadTemplate>(`${BASE}/uploads/templates/${id(kind)}`, { signal }),
    staleTime: Infinity,
  });

export const integrationsApi = {
  createConnection: (body: NewConnection) =>
    api<Connection>(`${BASE}/connections`, { method: 'POST', body }),
  changeConnection: (connectionId: string, body: ConnectionChange) =>
    api<Connection>(`${BASE}/connections/${id(connectionId)}`, { method: 'PATCH', body }),
  deleteConnection: (connectionId: string) =>
    api<undefined>(`${BASE}/connections/${id(connectionId)}`, { method: 'DELETE' }),
  testConnection: (connectionId: string) =>
    api<ConnectionCheck>(`${BASE}/connections/${id(connectionId)}/test`, { method: 'POST' }),
  xeroAuthorize: (connectionId: string) =>
    api<{ authorizeUrl: string; expiresAt: string }>(
      `${BASE}/connections/${id(connectionId)}/xero/authorize`,
    ),
  sync: (connectionId: string, body: SyncRequest) =>
    api<SyncStarted>(`${BASE}/connections/${id(connectionId)}/syncs`, { method: 'POST', body }),
  reprocess: (recordId: string) =>
    api<IngestResult>(`${BASE}/quarantine/${id(recordId)}/reprocess`, { method: 'POST' }),
  dismiss: (recordId: string) =>
    api<undefined>(`${BASE}/quarantine/${id(recordId)}/dismiss`, { method: 'POST' }),
  reprocessConnection: (connectionId: string) =>
    api<BulkReprocess>(`${BASE}/quarantine?connection=${id(connectionId)}`, { method: 'POST' }),
  upload: (kind: UploadKind, file: File, mapping?: string) => {
    const form = new FormData();
    form.set('kind', kind);
    form.set('file', file, file.name);
    if (mapping !== undefined && mapping.trim() !== '') {
      form.set('mapping', mapping.trim());
    }
    return api<Upload>(`${BASE}/uploads`, { method: 'POST', body: form });
  },
};

/** The run's progress stream (Server-Sent Events through the gateway). */
export function runEventsUrl(connectionId: string, runId: string): string {
  return `${BASE}/connections/${id(connectionId)}/runs/${id(runId)}/events`;
}
