import type { ButtonHTMLAttributes, ReactNode } from 'react';

type Variant = 'default' | 'primary' | 'danger' | 'danger-solid' | 'ghost';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  size?: 'md' | 'sm';
  /** Shown in the tooltip and beside the label, e.g. "Ctrl+N". */
  shortcut?: string;
  children: ReactNode;
}

const VARIANT_CLASS: Record<Variant, string> = {
  default: '',
  primary: 'btn-primary',
  danger: 'btn-danger',
  'danger-solid': 'btn-danger btn-solid',
  ghost: 'btn-ghost',
};

export function Button({ variant = 'default', size = 'md', shortcut, className, title, children, type, ...rest }: ButtonProps) {
  const classes = ['btn', VARIANT_CLASS[variant], size === 'sm' ? 'btn-sm' : '', className ?? ''].filter(Boolean).join(' ');
  const tooltip = title ?? (shortcut ? `${typeof children === 'string' ? children : ''} (${shortcut})`.trim() : undefined);
  return (
    <button type={type ?? 'button'} className={classes} title={tooltip} aria-keyshortcuts={shortcut} {...rest}>
      {children}
      {shortcut && <span className="shortcut" aria-hidden="true">{shortcut}</span>}
    </button>
  );
}
