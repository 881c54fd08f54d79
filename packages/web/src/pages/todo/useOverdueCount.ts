import { useEffect, useState } from 'react';
import { getTodo } from '../../api/cases.ts';

const REFRESH_MS = 5 * 60 * 1000;

/**
 * How many of the user's cases are past a deadline, for the menu's badge. Refreshed
 * now and then and when the route changes; a failure shows no badge rather than an error.
 */
export function useOverdueCount(enabled: boolean, routeKey: string): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const load = () =>
      getTodo(controller.signal)
        .then((r) => setCount(r.items.filter((i) => i.overdue).length))
        .catch(() => undefined);
    void load();
    const timer = setInterval(() => void load(), REFRESH_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [enabled, routeKey]);
  return count;
}
