import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
  /** The footer's buttons. */
  footer?: ReactNode;
  width?: number;
}

/**
 * A modal on the native <dialog>: focus is trapped, Esc closes it, the title names it for
 * screen readers, and when it closes focus goes back to the control that opened it.
 */
export function Dialog({ title, open, onClose, children, footer, width }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  // Most dialogs are mounted already open, so the opener is what has focus at first render.
  const [opener] = useState(() => document.activeElement);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    const returnTo = document.activeElement && !dialog.contains(document.activeElement) ? document.activeElement : opener;
    if (!dialog.open) dialog.showModal();
    return () => {
      // Parents unmount dialogs as often as they pass open={false}: close it either way, so
      // the top layer is left and focus isn't stranded on <body>.
      if (dialog.open) dialog.close();
      const focusIsLost = document.activeElement === null || document.activeElement === document.body || dialog.contains(document.activeElement);
      if (focusIsLost && returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, [open, opener]);

  if (!open) return null;
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-label={title}
      style={width ? { width: `min(${width}px, calc(100vw - 64px))` } : undefined}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-body">
        <h2>{title}</h2>
        {children}
      </div>
      {footer && <div className="dialog-footer">{footer}</div>}
    </dialog>
  );
}
