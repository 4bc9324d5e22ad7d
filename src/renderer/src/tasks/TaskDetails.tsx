import { useRef } from 'react';
import { Button } from '../ui/Button';
import { toast } from '../ui/toasts';

/**
 * A task's longer text (a release email draft), folded away until asked for, with a Copy button.
 * The clipboard API may be refused (the app grants no permissions); then the text is selected so
 * Ctrl/⌘ C copies it.
 */
export function TaskDetails({ title, text }: { title: string; text: string }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      toast.info('Email draft copied.');
    } catch {
      ref.current?.focus();
      ref.current?.select();
      toast.info('Draft selected: press Ctrl/⌘ C to copy it.');
    }
  };
  return (
    <details className="task-details">
      <summary>Email draft</summary>
      <textarea ref={ref} readOnly value={text} rows={Math.min(16, text.split('\n').length + 1)} aria-label={`Email draft: ${title}`} />
      <Button size="sm" onClick={() => void copy()}>
        Copy email draft
      </Button>
    </details>
  );
}
