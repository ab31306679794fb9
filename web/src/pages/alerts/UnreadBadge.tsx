import { useLiveFeed } from './useLiveFeed';

/** The unread count next to the Alerts entry of the navigation, live from the feed stream. */
export function UnreadBadge() {
  const { unread } = useLiveFeed();
  if (unread === undefined || unread === 0) {
    return null;
  }
  return (
    <span className="unread-badge">
      <span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>
      <span className="visually-hidden">, {unread} unread</span>
    </span>
  );
}
