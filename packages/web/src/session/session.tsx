/**
 * Who is logged in, and what they may do. The permissions come from the API (GET
 * /auth/me), so the UI hides what the server would refuse anyway.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Permission } from '@panhuo/domain';
import { fetchMe } from '../api/auth.ts';
import { ApiError } from '../api/client.ts';
import type { Me } from '../api/types.ts';

type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'failed'; error: ApiError }
  | { status: 'ready'; me: Me };

interface SessionValue {
  state: SessionState;
  setMe: (me: Me | null) => void;
  reload: () => void;
}

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    fetchMe()
      .then((me) => setState({ status: 'ready', me }))
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.status === 401) setState({ status: 'anonymous' });
        else setState({ status: 'failed', error: err instanceof ApiError ? err : new ApiError(0, {}) });
      });
  }, []);

  useEffect(reload, [reload]);

  const setMe = useCallback((me: Me | null) => setState(me ? { status: 'ready', me } : { status: 'anonymous' }), []);
  const value = useMemo(() => ({ state, setMe, reload }), [state, setMe, reload]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The logged-in user; only for pages rendered behind RequireSession. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'ready') throw new Error('useMe without a session');
  return state.me;
}

export function useCan(): (permission: Permission) => boolean {
  const me = useMe();
  return useCallback((permission: Permission) => me.permissions.includes(permission), [me]);
}
