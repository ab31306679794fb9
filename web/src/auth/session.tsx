import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, type ReactNode } from 'react';
import { api } from '../api/http';
import type { Me } from '../api/types';

const MeContext = createContext<Me | null>(null);

export function useMeQuery() {
  return useQuery({
    queryKey: ['me'],
    queryFn: ({ signal }) => api<Me>('/api/me', { signal }),
    staleTime: 5 * 60_000,
  });
}

export function MeProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>;
}

/** The signed-in user; only inside the app shell, which loads it first. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (me === null) {
    throw new Error('useMe outside the signed-in shell');
  }
  return me;
}
