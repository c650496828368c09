// Whether to draw dark: the user's choice, or the system's preference when they chose "System".
import { useSyncExternalStore } from 'react';
import { DARK_BACKGROUND, readableOn } from '../model/contrast';
import { useAppStore, type Theme } from '../store/app-store';

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

/**
 * A relation type's colour as the canvas draws its line in the app's theme: lightened on the dark
 * canvas where needed to 3:1 (elements.ts), so legends and marks match the lines.
 */
export function useLineColor(): (color: string) => string {
  const dark = useDarkTheme(useAppStore((s) => s.theme));
  return dark ? (color) => readableOn(color, DARK_BACKGROUND) : (color) => color;
}
