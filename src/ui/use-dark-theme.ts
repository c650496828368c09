// Whether to draw dark: the user's choice, or the system's preference when they chose "System".
import { useSyncExternalStore } from 'react';
import type { Theme } from '../store/app-store';

const query = () => window.matchMedia?.('(prefers-color-scheme: dark)');

function subscribe(onChange: () => void) {
  const mq = query();
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

export function useDarkTheme(theme: Theme): boolean {
  const systemDark = useSyncExternalStore(
    subscribe,
    () => query()?.matches ?? false,
    () => false,
  );
  return theme === 'dark' || (theme === 'system' && systemDark);
}
