import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { alertsApi } from '../../api/alerts';
import { useMe } from '../../auth/session';
import { dateTime } from '../../format/dateTime';
import { Card } from '../../ui/Card';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { LoadingRegion } from '../../ui/Skeleton';

/**
 * Where a message's "Acknowledge" link lands (`/notifications/acknowledge?token=…`): posts
 * the token once, drops it from the address bar, and says who acknowledged and when (the
 * first acknowledgement stands, so opening the link again shows that one).
 */
export function AcknowledgePage() {
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  // The token as the page was opened; the address bar loses it once it is sent.
  const [token] = useState(() => params.get('token') ?? '');
  const sent = useRef(false);
  const acknowledge = useMutation({ mutationFn: alertsApi.acknowledgeWithToken });
  const { mutate } = acknowledge;

  useEffect(() => {
    if (sent.current || token === '') {
      return;
    }
    sent.current = true;
    mutate(token);
    // The token is a single-use secret: keep it out of the history once it is used.
    void navigate('/notifications/acknowledge', { replace: true });
  }, [token, mutate, navigate]);

  const result = acknowledge.data;
  return (
    <>
      <div className="page-header">
        <h1>Acknowledge an alert</h1>
      </div>
      <Card title="Acknowledgement">
        {token === '' ? (
          <p>
            This page acknowledges an alert from the link in its message; the link has no token.
          </p>
        ) : acknowledge.isPending || acknowledge.isIdle ? (
          <LoadingRegion label="the acknowledgement" lines={1} />
        ) : acknowledge.isError ? (
          <ErrorPanel title="The alert was not acknowledged" error={acknowledge.error} />
        ) : (
          result !== undefined && (
            <p role="status">
              Acknowledged by {result.acknowledgedBy === me.id ? 'you' : 'a colleague'} on{' '}
              {dateTime(result.acknowledgedAt)}. Reminders and escalation for it have stopped.
            </p>
          )
        )}
        <p>
          <Link to="/alerts">Go to your alerts</Link>
        </p>
      </Card>
    </>
  );
}
