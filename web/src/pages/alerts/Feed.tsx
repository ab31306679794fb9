import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { alertsApi, feedKey, feedQuery, unreadKey, type FeedItem } from '../../api/alerts';
import { dateTime } from '../../format/dateTime';
import { Card } from '../../ui/Card';
import { Export } from '../../ui/Export';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { Picker } from '../../ui/Picker';
import { Pager } from '../../ui/Pager';
import { LoadingRegion } from '../../ui/Skeleton';
import { humanise, isWebLink } from './labels';
import { useLiveFeed } from './useLiveFeed';

const PAGE_SIZE = 50;

const STREAM_WORDS = {
  connecting: 'Connecting to live updates…',
  live: 'Live: new alerts appear as they happen',
  closed: 'Live updates paused; trying again shortly',
};

function FeedEntry({
  item,
  onRead,
  onAcknowledge,
  busy,
}: {
  item: FeedItem;
  onRead: () => void;
  onAcknowledge: () => void;
  busy: boolean;
}) {
  const titleId = `feed-${item.id}`;
  const unread = item.readAt === null;
  const facts = Object.entries(item.facts ?? {});
  return (
    <li>
      <article
        className={`feed-item severity-${item.severity}${unread ? ' feed-unread' : ''}`}
        aria-labelledby={titleId}
      >
        <header className="feed-item-header">
          <span className={`severity-badge severity-${item.severity}`}>{item.severity}</span>
          {unread && <span className="unread-marker">Unread</span>}
          <h3 id={titleId}>{item.title}</h3>
        </header>
        <p className="muted feed-meta">
          {humanise(item.kind)} · {humanise(item.stage)} ·{' '}
          <time dateTime={item.createdAt}>{dateTime(item.createdAt)}</time>
        </p>
        {facts.length > 0 && (
          <dl className="feed-facts">
            {facts.map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        )}
        <div className="feed-actions">
          {isWebLink(item.link) && (
            <a className="button button-quiet" href={item.link}>
              Open<span className="visually-hidden">: {item.title}</span>
            </a>
          )}
          {unread && (
            <Button className="button" isPending={busy} onPress={onRead}>
              Mark read<span className="visually-hidden">: {item.title}</span>
            </Button>
          )}
          {item.acknowledgedAt === null ? (
            item.notificationId !== null && (
              <Button className="button button-primary" isPending={busy} onPress={onAcknowledge}>
                Acknowledge<span className="visually-hidden">: {item.title}</span>
              </Button>
            )
          ) : (
            <span className="muted">
              Acknowledged{' '}
              <time dateTime={item.acknowledgedAt}>{dateTime(item.acknowledgedAt)}</time>
            </span>
          )}
        </div>
      </article>
    </li>
  );
}

/** The caller's own notifications, newest first, with new ones pushed in live. */
export function Feed() {
  const client = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState(0);
  const feed = useQuery(feedQuery(unreadOnly, page, PAGE_SIZE));
  const live = useLiveFeed();
  const fetchedUnread = feed.data?.unread;

  // A fresh page knows the unread count after reading and acknowledging (the stream only
  // says it when something new arrives).
  useEffect(() => {
    if (fetchedUnread !== undefined) {
      client.setQueryData<number>(unreadKey, fetchedUnread);
    }
  }, [client, fetchedUnread]);

  const refresh = () => client.invalidateQueries({ queryKey: feedKey });
  const read = useMutation({ mutationFn: alertsApi.markRead, onSuccess: refresh });
  const acknowledge = useMutation({ mutationFn: alertsApi.acknowledge, onSuccess: refresh });
  const failure = read.error ?? acknowledge.error;
  const unread = live.unread ?? fetchedUnread;
  const items = feed.data?.items ?? [];
  const busyId = read.isPending
    ? read.variables
    : acknowledge.isPending
      ? acknowledge.variables
      : undefined;

  return (
    <Card
      title="Your alerts"
      wide
      actions={
        <Export
          fileName="alerts"
          header={['created', 'severity', 'kind', 'stage', 'title', 'read', 'acknowledged']}
          rows={() =>
            items.map((item) => [
              item.createdAt,
              item.severity,
              item.kind,
              item.stage,
              item.title,
              item.readAt ?? '',
              item.acknowledgedAt ?? '',
            ])
          }
        />
      }
    >
      <div className="feed-tools">
        <p className="big-number" aria-live="polite">
          {unread === undefined ? '—' : unread} <span className="kpi-note">unread</span>
        </p>
        <Picker
          label="Show"
          value={unreadOnly ? 'unread' : 'all'}
          options={[
            { id: 'all', label: 'All alerts' },
            { id: 'unread', label: 'Unread only' },
          ]}
          onChange={(value) => {
            setUnreadOnly(value === 'unread');
            setPage(0);
          }}
        />
        <p className="muted stream-state" role="status">
          {live.state === undefined ? '' : STREAM_WORDS[live.state]}
        </p>
      </div>
      {failure !== null && (
        <ErrorPanel title="That did not work" error={failure} onRetry={() => void refresh()} />
      )}
      {feed.isPending ? (
        <LoadingRegion label="your alerts" lines={4} />
      ) : feed.isError ? (
        <ErrorPanel
          title="Could not load your alerts"
          error={feed.error}
          onRetry={() => void feed.refetch()}
        />
      ) : items.length === 0 ? (
        <p className="muted">
          {unreadOnly ? 'Nothing unread.' : 'No alerts yet: they will appear here live.'}
        </p>
      ) : (
        <ul className="feed" aria-label="Alerts, newest first">
          {items.map((item) => (
            <FeedEntry
              key={item.id}
              item={item}
              busy={busyId === item.id}
              onRead={() => {
                read.mutate(item.id);
              }}
              onAcknowledge={() => {
                acknowledge.mutate(item.id);
              }}
            />
          ))}
        </ul>
      )}
      <Pager page={page} pageSize={PAGE_SIZE} shown={items.length} onPage={setPage} />
    </Card>
  );
}
