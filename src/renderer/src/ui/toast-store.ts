import { create } from 'zustand';

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
  /** How many times the same message was shown while this toast was up. */
  count: number;
  /** Fading out; removed when the fade ends. */
  leaving: boolean;
}

/** More than this and the oldest gives way: a stack of toasts would cover the page. */
export const MAX_TOASTS = 3;
/** How long a toast takes to fade before it leaves. */
export const FADE_MS = 200;
export const INFO_MS = 6000;
export const ERROR_MS = 9000;

interface ToastState {
  toasts: Toast[];
  show: (toast: Pick<Toast, 'message' | 'tone' | 'action'>, ms?: number) => void;
  /** Starts the toast's fade; it is gone FADE_MS later. */
  dismiss: (id: number) => void;
}

let nextId = 1;
const timers = new Map<number, ReturnType<typeof setTimeout>>();

function schedule(id: number, ms: number, run: () => void) {
  clearTimeout(timers.get(id));
  timers.set(id, setTimeout(run, ms));
}

/** Quiet confirmations ("Account archived · Undo") and errors: repeats collapse into one, the stack is capped, each fades on its own. */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show: (toast, ms = INFO_MS) => {
    const { dismiss } = get();
    // The same message again (a repeated save, a retried error) counts up instead of stacking.
    const same = get().toasts.find((t) => !t.leaving && t.message === toast.message && t.tone === toast.tone);
    if (same) {
      const action = toast.action ?? same.action;
      set({ toasts: get().toasts.map((t) => (t === same ? { ...t, ...(action ? { action } : {}), count: t.count + 1 } : t)) });
      schedule(same.id, ms, () => dismiss(same.id));
      return;
    }
    const id = nextId++;
    const shown = get().toasts.filter((t) => !t.leaving);
    // The oldest give way at once, so the stack never grows past the cap.
    const overflow = new Set(shown.slice(0, Math.max(0, shown.length - MAX_TOASTS + 1)).map((t) => t.id));
    for (const old of overflow) clearTimeout(timers.get(old));
    const kept = get().toasts.filter((t) => !overflow.has(t.id));
    set({ toasts: [...kept, { ...toast, id, count: 1, leaving: false }] });
    schedule(id, ms, () => dismiss(id));
  },
  dismiss: (id) => {
    if (!get().toasts.some((t) => t.id === id && !t.leaving)) return;
    set({ toasts: get().toasts.map((t) => (t.id === id ? { ...t, leaving: true } : t)) });
    schedule(id, FADE_MS, () => {
      timers.delete(id);
      set({ toasts: get().toasts.filter((t) => t.id !== id) });
    });
  },
}));

export const toast = {
  info: (message: string, action?: Toast['action']) => useToasts.getState().show({ message, tone: 'info', ...(action ? { action } : {}) }),
  error: (message: string) => useToasts.getState().show({ message, tone: 'error' }, ERROR_MS),
};
