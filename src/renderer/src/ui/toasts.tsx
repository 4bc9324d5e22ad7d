import { create } from 'zustand';
import { Button } from './Button';

interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

interface ToastState {
  toasts: Toast[];
  show: (toast: Omit<Toast, 'id'>, ms?: number) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

/** Quiet confirmations ("Account archived · Undo") and errors, announced to screen readers. */
export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  show: (toast, ms = 6000) => {
    const id = nextId++;
    set({ toasts: [...get().toasts, { ...toast, id }].slice(-4) });
    window.setTimeout(() => get().dismiss(id), ms);
  },
  dismiss: (id) => set({ toasts: get().toasts.filter((t) => t.id !== id) }),
}));

export const toast = {
  info: (message: string, action?: Toast['action']) => useToasts.getState().show({ message, tone: 'info', ...(action ? { action } : {}) }),
  error: (message: string) => useToasts.getState().show({ message, tone: 'error' }, 9000),
};

export function Toasts() {
  const { toasts, dismiss } = useToasts();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.tone === 'error' ? 'toast-error' : ''}`}>
          <span>{t.message}</span>
          <span className="spacer" />
          {t.action && (
            <Button
              size="sm"
              onClick={() => {
                t.action?.run();
                dismiss(t.id);
              }}
            >
              {t.action.label}
            </Button>
          )}
          <Button size="sm" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
            ✕
          </Button>
        </div>
      ))}
    </div>
  );
}
