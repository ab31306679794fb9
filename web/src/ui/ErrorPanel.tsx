import { Button } from 'react-aria-components';
import { ApiError, SignInRequired } from '../api/http';

/** What went wrong, in the words the API used (its problem+json `detail`). */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError || error instanceof SignInRequired) {
    return error.message;
  }
  if (error instanceof TypeError) {
    return 'The server could not be reached. Check your connection and try again.';
  }
  return error instanceof Error ? error.message : String(error);
}

export function ErrorPanel({
  title,
  error,
  onRetry,
}: {
  title: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const status = error instanceof ApiError ? error.status : undefined;
  return (
    <div role="alert" className="error-panel">
      <strong>{title}</strong>
      <p>{errorMessage(error)}</p>
      {status !== undefined && <p className="muted">HTTP {status}</p>}
      {onRetry !== undefined && (
        <Button className="button" onPress={onRetry}>
          Try again
        </Button>
      )}
    </div>
  );
}
