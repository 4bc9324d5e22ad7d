import { useId, type FormEventHandler, type ReactNode } from 'react';
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
  width?: number;
  /** The submit button says it destroys something (e.g. revoke). */
  danger?: boolean;
  children: ReactNode;
}

/** A modal form: the fields, a whole-form error when there is one, Cancel and the submit action. */
export function FormDialog({ title, submitLabel, submitting, onSubmit, onClose, error, layout = 'stack', width, danger, children }: FormDialogProps) {
  const formId = useId();
  return (
    <Dialog
      title={title}
      open
      onClose={onClose}
      {...(width ? { width } : {})}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant={danger ? 'danger-solid' : 'primary'} type="submit" form={formId} disabled={submitting}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form id={formId} className={layout === 'grid' ? 'form-grid' : 'stack'} onSubmit={onSubmit} noValidate>
        {error && (
          <p className={layout === 'grid' ? 'form-error span-2' : 'form-error'} role="alert">
            {error}
          </p>
        )}
        {children}
      </form>
    </Dialog>
  );
}
