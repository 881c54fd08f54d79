import { useEffect, useState } from 'react';
import { getTodo } from '../../api/cases.ts';
import { listTasks } from '../../api/disposal.ts';

const REFRESH_MS = 5 * 60 * 1000;

/**
 * A count for a menu badge, loaded now and then and when the route changes; a failure
 * shows no badge rather than an error.
 */
function usePolledCount(enabled: boolean, routeKey: string, load: (signal: AbortSignal) => Promise<number>): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const refresh = () =>
      load(controller.signal)
        .then(setCount)
        .catch(() => undefined);
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => {
      clearInterval(timer);
      controller.abort();
    };
  }, [enabled, routeKey, load]);
  return count;
}

const overdueCases = (signal: AbortSignal) => getTodo(signal).then((r) => r.items.filter((i) => i.overdue).length);
/** The user's own tasks past their due date: the warning reaches them from the day after. */
const overdueOwnTasks = (signal: AbortSignal) => listTasks({ mine: true, status: 'OVERDUE' }, 1, 1, signal).then((r) => r.total);

/** How many of the user's cases are past a deadline. */
export const useOverdueCount = (enabled: boolean, routeKey: string) => usePolledCount(enabled, routeKey, overdueCases);

/** How many tasks of the seats the user holds are overdue. */
export const useOverdueTaskCount = (enabled: boolean, routeKey: string) => usePolledCount(enabled, routeKey, overdueOwnTasks);
