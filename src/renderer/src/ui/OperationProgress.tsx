import type { OperationProgress as Progress } from '../../../shared/ipc/long-operation';
import { Button } from './Button';

/**
 * A long operation's progress bar and its Cancel button. Indeterminate until main knows the
 * total. `label` names the operation ("Exporting feedback").
 */
export function OperationProgress({ label, progress, onCancel }: { label: string; progress: Progress | null; onCancel: () => void }) {
  const percent = progress && progress.total ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  return (
    <div className="operation-progress" role="group" aria-label={label}>
      <div className="operation-progress-text">
        <span>{progress?.phase ?? label}</span>
        {percent !== null && <span className="operation-progress-percent">{percent}%</span>}
      </div>
      <progress aria-label={`${label} progress`} max={100} {...(percent !== null ? { value: percent } : {})} />
      <Button size="sm" variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}
