import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api } from './http';

/**
 * notifications-service's API (notifications-service/README.md and its controllers):
 * the caller's feed, the tenant's rules, Slack/Teams channels, partner webhook
 * subscriptions and the delivery log. Shapes as the records serialise them.
 */

const BASE = '/api/notifications/v1';

export type Severity = 'info' | 'warning' | 'critical';

/** feed.FeedItem */
export interface FeedItem {
  id: string;
  notificationId: string | null;
  eventType: string;
  kind: string;
  severity: string;
  stage: string;
  title: string;
  facts: Record<string, string> | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
  acknowledgedAt: string | null;
}

/** FeedController.FeedPage */
export interface FeedPage {
  items: FeedItem[];
  unread: number;
  page: number;
  size: number;
}

export type RuleChannel = 'EMAIL' | 'IN_APP' | 'SLACK' | 'TEAMS';

/** rules.Rule */
export interface Rule {
  id: string;
  name: string;
  kinds: string[];
  severities: string[];
  roles: string[];
  users: string[];
  channels: { channel: RuleChannel; targetId: string | null }[];
  threshold: number | null;
  reminderMinutes: number | null;
  notifyResolved: boolean;
  escalateAfterMinutes: number | null;
  escalationChannel: 'EMAIL' | 'IN_APP' | null;
  quietStart: string | null;
  quietEnd: string | null;
  dailyDigest: boolean;
  digestHour: number;
  enabled: boolean;
}

/** rules.RuleRequest: the same fields, times as HH:mm. */
export type RuleRequest = Omit<Rule, 'id'>;

/** The kinds the service knows without configuration (rules.NotificationKinds). */
export const NOTIFICATION_KINDS = [
  'stockout_risk',
  'overstock',
  'cash_shortfall',
  'sync_failed',
  'connection_paused',
  'sync_quarantine',
  'suggestion_awaiting_approval',
  'suggestion_decided',
  'channel_disabled',
] as const;

export const SEVERITIES: Severity[] = ['info', 'warning', 'critical'];

/** channels.configurations.ChannelConfiguration (maskedUrl only in the answer to creating it). */
export interface ChannelConfiguration {
  id: string;
  type: 'slack' | 'teams';
  name: string;
  maskedUrl?: string;
  createdBy: string;
  createdAt: string;
}

/** channels.webhooks.WebhookSubscription */
export interface WebhookSubscription {
  id: string;
  url: string;
  eventTypes: string[];
  description?: string;
  enabled: boolean;
  disabledReason?: string;
  disabledAt?: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** The answer to subscribing: the subscription and its secret, this once. */
export interface WebhookCreated extends WebhookSubscription {
  secret: string;
}

export interface WebhookRotated {
  secret: string;
  previousValidUntil: string;
}

export interface WebhookTestSend {
  outcome: 'delivered' | 'retry' | 'rejected';
  status?: number;
  responseTimeMs: number;
  reason?: string;
  webhookId: string;
}

/** channels.webhooks.WebhookEventTypes */
export const WEBHOOK_EVENT_TYPES = [
  'alert.raised',
  'alert.resolved',
  'sync.failed',
  'connection.paused',
  'sync.quarantined',
  'sync.recovered',
  'suggestion.awaiting_approval',
  'suggestion.approved',
  'suggestion.rejected',
  'channel.disabled',
] as const;

/** outbox.DeliveryEntry */
export interface DeliveryAttempt {
  attempt: number;
  attemptedAt: string;
  statusCode: number | null;
  tookMillis: number;
  outcome: string;
  reason: string | null;
}

export interface DeliveryEntry {
  deliveryId: string;
  notificationId: string | null;
  channel: 'EMAIL' | 'SLACK' | 'TEAMS' | 'WEBHOOK' | 'IN_APP';
  targetId: string;
  stage: string;
  eventType: string;
  kind: string;
  severity: string;
  title: string;
  status: string;
  attemptCount: number;
  reason: string | null;
  createdAt: string;
  dueAt: string | null;
  deliveredAt: string | null;
  attempts: DeliveryAttempt[];
}

export interface DeliveryPage {
  deliveries: DeliveryEntry[];
  page: number;
  size: number;
}

export const DELIVERY_STATUSES = [
  'pending',
  'sending',
  'delivered',
  'failed',
  'held',
  'digested',
] as const;

export interface DeliveryFilter {
  channel?: string;
  status?: string;
  target?: string;
  page: number;
  size: number;
}

function query(params: Record<string, string | number | boolean | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') {
      search.set(key, String(value));
    }
  }
  return search.toString();
}

export const feedKey = ['notifications', 'feed'] as const;

export const feedQuery = (unreadOnly: boolean, page: number, size: number) =>
  queryOptions({
    queryKey: [...feedKey, { unreadOnly, page, size }],
    queryFn: ({ signal }) =>
      api<FeedPage>(`${BASE}/feed?${query({ unreadOnly, page, size })}`, { signal }),
  });

/** auth-service's tenant members (ADMIN only): who a rule can name besides roles. */
export interface TenantMember {
  userId: string;
  email: string;
  name: string | null;
  role: string;
  locked: boolean;
}

export const tenantMembersQuery = () =>
  queryOptions({
    queryKey: ['auth', 'admin', 'users'],
    queryFn: ({ signal }) => api<TenantMember[]>('/api/auth/v1/admin/users', { signal }),
    staleTime: 60_000,
  });

export const rulesQuery = () =>
  queryOptions({
    queryKey: ['notifications', 'rules'],
    queryFn: async ({ signal }) =>
      (await api<{ rules: Rule[] }>(`${BASE}/rules`, { signal })).rules,
  });

export const channelsQuery = () =>
  queryOptions({
    queryKey: ['notifications', 'channels'],
    queryFn: ({ signal }) => api<ChannelConfiguration[]>(`${BASE}/channels`, { signal }),
  });

export const webhooksQuery = () =>
  queryOptions({
    queryKey: ['notifications', 'webhooks'],
    queryFn: ({ signal }) => api<WebhookSubscription[]>(`${BASE}/webhooks`, { signal }),
  });

export const deliveriesQuery = (filter: DeliveryFilter) =>
  queryOptions({
    queryKey: ['notifications', 'deliveries', filter],
    queryFn: ({ signal }) =>
      api<DeliveryPage>(`${BASE}/deliveries?${query({ ...filter })}`, { signal }),
  });

/** decisions.Acknowledgement */
export interface Acknowledgement {
  notificationId: string;
  acknowledgedBy: string;
  acknowledgedAt: string;
}

export const alertsApi = {
  acknowledgeWithToken: (token: string) =>
    api<Acknowledgement>(`${BASE}/acknowledgements`, { method: 'POST', body: { token } }),
  markRead: (id: string) =>
    api<undefined>(`${BASE}/feed/${encodeURIComponent(id)}/read`, { method: 'POST' }),
  acknowledge: (id: string) =>
    api<undefined>(`${BASE}/feed/${encodeURIComponent(id)}/acknowledge`, { method: 'POST' }),
  createRule: (rule: RuleRequest) => api<Rule>(`${BASE}/rules`, { method: 'POST', body: rule }),
  updateRule: (id: string, rule: RuleRequest) =>
    api<Rule>(`${BASE}/rules/${encodeURIComponent(id)}`, { method: 'PUT', body: rule }),
  deleteRule: (id: string) =>
    api<undefined>(`${BASE}/rules/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  createChannel: (body: { type: string; name: string; url: string }) =>
    api<ChannelConfiguration>(`${BASE}/channels`, { method: 'POST', body }),
  deleteChannel: (id: string) =>
    api<undefined>(`${BASE}/channels/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  createWebhook: (body: { url: string; eventTypes: string[]; description?: string }) =>
    api<WebhookCreated>(`${BASE}/webhooks`, { method: 'POST', body }),
  changeWebhook: (
    id: string,
    body: { url?: string; eventTypes?: string[]; description?: string },
  ) =>
    api<WebhookSubscription>(`${BASE}/webhooks/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body,
    }),
  deleteWebhook: (id: string) =>
    api<undefined>(`${BASE}/webhooks/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  rotateWebhookSecret: (id: string) =>
    api<WebhookRotated>(`${BASE}/webhooks/${encodeURIComponent(id)}/rotate-secret`, {
      method: 'POST',
    }),
  testWebhook: (id: string) =>
    api<WebhookTestSend>(`${BASE}/webhooks/${encodeURIComponent(id)}/test`, { method: 'POST' }),
  enableWebhook: (id: string) =>
    api<WebhookSubscription>(`${BASE}/webhooks/${encodeURIComponent(id)}/enable`, {
      method: 'POST',
    }),
  replayDelivery: (id: string) =>
    api<DeliveryEntry>(`${BASE}/deliveries/${encodeURIComponent(id)}/replay`, { method: 'POST' }),
};

/* ---------------------------------------------------------------------------------------
 * The live feed: one EventSource per query client, shared by every component that follows
 * it (the navigation's unread badge and the Alerts page), closed when the last one leaves.
 * The stream's first event is the unread count, then an `item` and a `count` per new item.
 * ------------------------------------------------------------------------------------- */

export const FEED_STREAM_URL = `${BASE}/feed/stream`;
export const unreadKey = ['notifications', 'unread'] as const;
export const streamStateKey = ['notifications', 'stream'] as const;

/** `connecting` until the first event, `live` while open, `closed` while it waits to retry. */
export type StreamState = 'connecting' | 'live' | 'closed';

interface Stream {
  users: number;
  source: EventSource | undefined;
  retry: ReturnType<typeof setTimeout> | undefined;
}

const streams = new WeakMap<QueryClient, Stream>();
const RETRY_AFTER_CLOSE_MS = 15_000;

function parse(event: Event): unknown {
  if (!(event instanceof MessageEvent) || typeof event.data !== 'string') {
    return undefined;
  }
  try {
    return JSON.parse(event.data);
  } catch {
    return undefined;
  }
}

/** Puts a pushed item at the top of every cached first page that would show it. */
function addItem(client: QueryClient, item: FeedItem) {
  client.setQueriesData<FeedPage>({ queryKey: feedKey }, (page) => {
    if (page?.page !== 0 || page.items.some((existing) => existing.id === item.id)) {
      return page;
    }
    return { ...page, items: [item, ...page.items].slice(0, page.size) };
  });
}

function connect(client: QueryClient, stream: Stream) {
  const source = new EventSource(FEED_STREAM_URL, { withCredentials: false });
  stream.source = source;
  client.setQueryData<StreamState>(streamStateKey, 'connecting');
  source.addEventListener('open', () => {
    client.setQueryData<StreamState>(streamStateKey, 'live');
  });
  source.addEventListener('count', (event) => {
    const count = parse(event) as { unread?: unknown } | undefined;
    if (typeof count?.unread === 'number') {
      client.setQueryData<number>(unreadKey, count.unread);
      client.setQueryData<StreamState>(streamStateKey, 'live');
    }
  });
  source.addEventListener('item', (event) => {
    const item = parse(event) as FeedItem | undefined;
    if (typeof item?.id === 'string') {
      addItem(client, item);
    }
  });
  source.addEventListener('error', () => {
    // EventSource reconnects by itself after a dropped connection; a refused one (a 401
    // after the session ended, a 5xx) is closed for good, so try again a little later.
    if (source.readyState === EventSource.CLOSED) {
      client.setQueryData<StreamState>(streamStateKey, 'closed');
      source.close();
      if (stream.users > 0 && stream.source === source) {
        stream.retry = setTimeout(() => {
          stream.retry = undefined;
          if (stream.users > 0) {
            connect(client, stream);
          }
        }, RETRY_AFTER_CLOSE_MS);
      }
    } else {
      client.setQueryData<StreamState>(streamStateKey, 'connecting');
    }
  });
}

/** Follows the live feed while the caller is mounted; returns a function that stops. */
export function followFeed(client: QueryClient): () => void {
  if (typeof EventSource === 'undefined') {
    return () => undefined;
  }
  let stream = streams.get(client);
  if (stream === undefined) {
    stream = { users: 0, source: undefined, retry: undefined };
    streams.set(client, stream);
  }
  stream.users += 1;
  if (stream.users === 1) {
    connect(client, stream);
  }
  const current = stream;
  return () => {
    current.users -= 1;
    if (current.users === 0) {
      current.source?.close();
      current.source = undefined;
      if (current.retry !== undefined) {
        clearTimeout(current.retry);
        current.retry = undefined;
      }
    }
  };
}
