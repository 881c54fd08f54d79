import { useCallback, useState } from 'react';

/**
 * Which optional columns a table shows, remembered per browser in localStorage.
 * Unknown keys from an older version are dropped; a broken entry falls back to the defaults.
 */
export function useStoredColumns(storageKey: string, allKeys: string[], defaultKeys: string[]) {
  const [visible, setVisibleState] = useState<string[]>(() => {
    try {
      const raw = window.localStorage.getItem(storageKey);
      if (!raw) return defaultKeys;
      const parsed: unknown = JSON.parse(raw);
      if (!Array.isArray(parsed)) return defaultKeys;
      return parsed.filter((k): k is string => typeof k === 'string' && allKeys.includes(k));
    } catch {
      return defaultKeys;
    }
  });

  const setVisible = useCallback(
    (keys: string[]) => {
      setVisibleState(keys);
      try {
        window.localStorage.setItem(storageKey, JSON.stringify(keys));
      } catch {
        // private mode or a full storage: the choice then lasts for this page only
      }
    },
    [storageKey],
  );

  return [visible, setVisible] as const;
}
