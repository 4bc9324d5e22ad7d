import { useLongOperation } from '../api/long-operation';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { OperationProgress } from '../ui/OperationProgress';
import { toast } from '../ui/toasts';
import { ImportAccountsButton } from '../crm-import/ImportAccountsButton';
import { ImportBundleButton } from '../bundles/BundleButtons';

/** Settings → Your data: the whole book to one JSON file, and such a file into an empty book. */
export function ExportEverything() {
  const exportAll = useApiMutation('everything.export');
  const importAll = useApiMutation('everything.import');
  const op = useLongOperation();

  const run = async (kind: 'export' | 'import') => {
    try {
      if (kind === 'export') {
        const r = await op.run((operationId) => exportAll.mutateAsync({ operationId }));
        if (r.status === 'saved') toast.info(`Exported ${r.rows.toLocaleString()} records to ${r.path}.`);
      } else {
        const r = await op.run((operationId) => importAll.mutateAsync({ operationId }));
        if (r.status === 'imported') toast.info(`Imported ${r.rows.toLocaleString()} records.`);
      }
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <div className="stack">
      <p className="muted">
        “Export everything” writes every record to one JSON file (the signing key’s private half never leaves this computer).
        “Import everything…” reads such a file into an empty book. “Import accounts…” brings accounts and contacts in from a
        CRM’s CSV export (Salesforce, HubSpot and the like); “Import account bundle…” a colleague’s
        account exported with “Export bundle…” on its page.
      </p>
      <div className="row">
        <Button onClick={() => void run('export')} disabled={op.running}>
          Export everything…
        </Button>
        <Button onClick={() => void run('import')} disabled={op.running}>
          Import everything…
        </Button>
        <ImportAccountsButton />
        <ImportBundleButton />
      </div>
      {op.running && <OperationProgress label="Moving your data" progress={op.progress} onCancel={op.cancel} />}
    </div>
  );
}
