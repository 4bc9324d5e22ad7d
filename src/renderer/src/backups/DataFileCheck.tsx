import { ApiError } from '../api/client';
import { useLongOperation } from '../api/long-operation';
import { useApiMutation, useApiQuery } from '../api/use-api';
import { Button } from '../ui/Button';
import { formatDateTime } from '../ui/format';
import { OperationProgress } from '../ui/OperationProgress';
import { toast } from '../ui/toasts';

/**
 * Settings → Your data: when the data file last had its full check (every table and index, run
 * while the app sits idle once a day), and "Check data file now". Damage found takes the app to
 * the recovery screen, as at launch.
 */
export function DataFileCheck() {
  const { data, error } = useApiQuery('backups.lastDataCheck', undefined);
  const check = useApiMutation('backups.checkDataFile');
  const checkOp = useLongOperation();

  const checkNow = async () => {
    try {
      const result = await checkOp.run((operationId) => check.mutateAsync({ operationId }));
      // On damage the recovery screen replaces this page; nothing more to say here.
      if (result.ok) toast.info('Data file checked: no problems found.');
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CANCELLED') toast.info('Check cancelled. Nothing was changed.');
      else toast.error((e as Error).message);
    }
  };

  const last = data?.last;
  return (
    <div className="stack">
      {error && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
      {data && (
        <p role="status">
          {last ? `Last full data check: ${formatDateTime(last.at)} — ${last.ok ? 'no problems found' : 'damage found'}.` : 'Last full data check: not yet run.'}
        </p>
      )}
      <p className="muted">
        Once a day, when you have left Fieldbook alone for 5 minutes, it reads every table and index of the file to catch damage early. The check never changes your data.
      </p>
      {checkOp.running && <OperationProgress label="Checking the data file" progress={checkOp.progress} onCancel={checkOp.cancel} />}
      <div>
        <Button onClick={() => void checkNow()} disabled={checkOp.running}>
          Check data file now
        </Button>
      </div>
    </div>
  );
}
