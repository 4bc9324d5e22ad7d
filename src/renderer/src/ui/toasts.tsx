import { Button } from './Button';
import { useToasts } from './toast-store';

export { toast, useToasts } from './toast-store';

export function Toasts() {
  const { toasts, dismiss } = useToasts();
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast ${t.tone === 'error' ? 'toast-error' : ''} ${t.leaving ? 'toast-leaving' : ''}`}>
          <span>
            {t.message}
            {t.count > 1 && (
              <>
                <span className="toast-count" aria-hidden="true">
                  ×{t.count}
                </span>
                <span className="visually-hidden"> ({t.count} times)</span>
              </>
            )}
          </span>
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
