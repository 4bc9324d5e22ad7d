import { useEffect } from 'react';

const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform);

/** How a shortcut is written for this OS, e.g. `mod+n` → "⌘N" or "Ctrl+N". */
export function shortcutLabel(combo: string): string {
  const parts = combo.split('+');
  const key = (parts.pop() ?? '').toUpperCase();
  const mods = parts.map((p) => (p === 'mod' ? (isMac ? '⌘' : 'Ctrl+') : p === 'shift' ? (isMac ? '⇧' : 'Shift+') : p));
  return mods.join('') + key;
}

/** True when `event` is `combo` (`mod` is Cmd on macOS, Ctrl elsewhere). */
export function matchesHotkey(event: KeyboardEvent, combo: string): boolean {
  const parts = combo.toLowerCase().split('+');
  const key = parts.pop();
  const wantMod = parts.includes('mod');
  const wantShift = parts.includes('shift');
  const mod = isMac ? event.metaKey : event.ctrlKey;
  return event.key.toLowerCase() === key && mod === wantMod && event.shiftKey === wantShift && !event.altKey;
}

/** Runs `handler` on a global shortcut while the component is mounted and `enabled`. */
export function useHotkey(combo: string, handler: (event: KeyboardEvent) => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => {
      if (!matchesHotkey(event, combo)) return;
      event.preventDefault();
      handler(event);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [combo, handler, enabled]);
}
