import { useRouteError } from 'react-router';
import { ErrorPanel } from '../ui/ErrorPanel';

export function RouteError() {
  const error = useRouteError();
  return (
    <main id="main" className="content">
      <ErrorPanel
        title="This page could not be shown"
        error={error}
        onRetry={() => {
          window.location.reload();
        }}
      />
    </main>
  );
}
