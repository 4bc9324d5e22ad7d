import { useState } from 'react';
import { useLongOperation } from '../api/long-operation';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { OperationProgress } from '../ui/OperationProgress';
import { toast } from '../ui/toasts';
import { BundleImportResults, type BundleImportSummary } from './BundleImportResults';

/** On an account: the account with everything attached, to a file a colleague imports (docs/bundle-format.md). */
export function ExportBundleButton({ accountId, accountName }: { accountId: string; accountName: string }) {
  const exportBundle = useApiMutation('bundles.export');
  const op = useLongOperation();
  const run = async () => {
    try {
      const r = await op.run((operationId) => exportBundle.mutateAsync({ accountIds: [accountId], operationId }));
      if (r.status === 'saved') toast.info(`Exported ${accountName} with ${r.rows.toLocaleString()} records to ${r.path}.`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };
  return op.running ? (
    <OperationProgress label="Exporting the account" progress={op.progress} onCancel={op.cancel} />
  ) : (
    <Button onClick={() => void run()}>
      Export bundle…
    </Button>
  );
}

/** Settings → Your data: a colleague's account bundle merged into this book, then what the merge did. */
export function ImportBundleButton() {
  const importBundle = useApiMutation('bundles.import');
  const op = useLongOperation();
  const [result, setResult] = useState<BundleImportSummary | null>(null);
  const run = async () => {
    try {
      const r = await op.run((operationId) => importBundle.mutateAsync({ operationId }));
      if (r.status === 'imported') setResult(r);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };
  return (
    <>
      {op.running ? (
        <OperationProgress label="Importing the bundle" progress={op.progress} onCancel={op.cancel} />
      ) : (
        <Button onClick={() => void run()}>Import account bundle…</Button>
      )}
      {result && <BundleImportResults result={result} onClose={() => setResult(null)} />}
    </>
  );
}
