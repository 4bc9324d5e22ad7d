import type { BundleConflict } from '../../../shared/bundles/schema';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { toast } from '../ui/toasts';

export interface BundleImportSummary {
  accounts: string[];
  added: number;
  updated: number;
  unchanged: number;
  conflicts: BundleConflict[];
}

/** "feedback_requests" → "Feedback requests": the table as a kind of record. */
const kindOf = (table: string) => table.charAt(0).toUpperCase() + table.slice(1).replace(/_/g, ' ');

/**
 * After a bundle import: what the merge did, and every record both books held with other
 * values — which version was kept and the one that wasn't, which can be saved as JSON.
 */
export function BundleImportResults({ result, onClose }: { result: BundleImportSummary; onClose: () => void }) {
  const save = useApiMutation('bundles.saveConflicts');
  const saveJson = async () => {
    try {
      const r = await save.mutateAsync({ conflicts: result.conflicts });
      if (r.status === 'saved') toast.info(`Saved the versions not kept to ${r.path}.`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };
  const { conflicts } = result;
  return (
    <Dialog
      title="Bundle imported"
      open
      onClose={onClose}
      width={720}
      footer={
        <>
          {conflicts.length > 0 && (
            <Button onClick={() => void saveJson()} disabled={save.isPending}>
              Save versions not kept as JSON…
            </Button>
          )}
          <Button variant="primary" onClick={onClose}>
            Done
          </Button>
        </>
      }
    >
      <p>
        {result.accounts.join(', ')}: {result.added.toLocaleString()} added, {result.updated.toLocaleString()} updated, {result.unchanged.toLocaleString()} unchanged.
      </p>
      {conflicts.length === 0 ? (
        <p className="muted">No record was changed on both sides: nothing needed choosing.</p>
      ) : (
        <>
          <p className="muted">
            {conflicts.length === 1 ? 'One record was' : `${conflicts.length.toLocaleString()} records were`} different in the two books. The version updated later was
            kept; the other is listed here so nothing is lost. Open a row to see the version not kept.
          </p>
          <div className="table-wrap bundle-conflicts">
            <table className="table" aria-label="Versions not kept">
              <thead>
                <tr>
                  <th scope="col">Record</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Kept</th>
                </tr>
              </thead>
              <tbody>
                {conflicts.map((c) => (
                  <tr key={`${c.table} ${c.key}`}>
                    <td className="primary-cell">
                      <details>
                        <summary>{c.label}</summary>
                        <pre aria-label={`Version of ${c.label} not kept`}>{JSON.stringify(c.lost, null, 1)}</pre>
                      </details>
                    </td>
                    <td>{kindOf(c.table)}</td>
                    <td>{c.kept === 'bundle' ? 'The bundle’s (newer)' : 'This book’s'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Dialog>
  );
}
