import { useId, type FormEventHandler, type KeyboardEvent, type ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';

interface FormDialogProps {
  title: string;
  submitLabel: string;
  submitting: boolean;
  onSubmit: FormEventHandler<HTMLFormElement>;
  onClose: () => void;
  /** A message for the form as a whole (one that belongs to no field). */
  error?: string | null | undefined;
  /** `grid`: two columns (fields may span both with `span-2`); `stack`: one column. */
  layout?: 'grid' | 'stack';
  /** A form with its own layout (e.g. the feedback capture form): this class replaces `layout`'s. */
  formClassName?: string;
  width?: number;
  /** The submit button says it destroys something (e.g. revoke). */
  danger?: boolean;
  /** Ctrl/Cmd+Enter submits from any field, and the submit button shows this label for it. */
  saveShortcut?: string;
  /** Shown at the start of the footer (e.g. the form's keys). */
  footerNote?: ReactNode;
  children: ReactNode;
}

/** A modal form: the fields, a whole-form error when there is one, Cancel and the submit action. */
export function FormDialog({
  title,
  submitLabel,
  submitting,
  onSubmit,
  onClose,
  error,
  layout = 'stack',
  formClassName,
  width,
  danger,
  saveShortcut,
  footerNote,
  children,
}: FormDialogProps) {
  const formId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (saveShortcut && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.requestSubmit();
    }
  };
  const className = formClassName ?? (layout === 'grid' ? 'form-grid' : 'stack');
  return (
    <Dialog
      title={title}
      open
      onClose={onClose}
      {...(width ? { width } : {})}
      footer={
        <>
          {footerNote && (
            <>
              {footerNote}
              <span className="spacer" />
            </>
          )}
          <Button onClick={onClose}>Cancel</Button>
          <Button variant={danger ? 'danger-solid' : 'primary'} type="submit" form={formId} disabled={submitting} shortcut={saveShortcut}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form id={formId} className={className} onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
        {error && (
          <p className={layout === 'grid' && !formClassName ? 'form-error span-2' : 'form-error'} role="alert">
            {error}
          </p>
        )}
        {children}
      </form>
    </Dialog>
  );
}
