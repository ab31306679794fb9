import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { followFeed, streamStateKey, unreadKey, type StreamState } from '../../api/alerts';

/**
 * Follows the caller's live feed (one shared EventSource) while mounted: the unread count
 * the stream last said, and whether the stream is live.
 */
export function useLiveFeed(): { unread: number | undefined; state: StreamState | undefined } {
  const client = useQueryClient();
  useEffect(() => followFeed(client), [client]);
  const unread = useQuery<number>({ queryKey: unreadKey, queryFn: skipToken, staleTime: Infinity });
  const state = useQuery<StreamState>({
    queryKey: streamStateKey,
    queryFn: skipToken,
    staleTime: Infinity,
  });
  return { unread: unread.data, state: state.data };
}
