import { QueryClient } from '@tanstack/react-query';
import { ApiError, SignInRequired } from '../api/http';

/** Server state lives here; nothing else caches answers. A 4xx is never retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) =>
          !(error instanceof SignInRequired) &&
          !(error instanceof ApiError && error.status < 500) &&
          failures < 2,
      },
    },
  });
}
