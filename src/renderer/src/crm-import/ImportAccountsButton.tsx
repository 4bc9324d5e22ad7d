import { useState } from 'react';
import type { ChosenCrmFile } from '../../../shared/crm-import/schema';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { toast } from '../ui/toasts';
import { ImportAccountsDialog } from './ImportAccountsDialog';

/**
 * "Import accounts…": asks main to choose a CRM's CSV export (main reads it and suggests a field
 * per column), then opens the mapping and preview dialog. A file that can't be imported is
 * refused with why, before anything is shown or written.
 */
export function ImportAccountsButton({ variant = 'default' }: { variant?: 'default' | 'primary' }) {
  const choose = useApiMutation('crmImport.choose');
  const [chosen, setChosen] = useState<Extract<ChosenCrmFile, { status: 'chosen' }> | null>(null);

  const start = async () => {
    try {
      const result = await choose.mutateAsync(undefined);
      if (result.status === 'chosen') setChosen(result);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <>
      <Button variant={variant} onClick={() => void start()} disabled={choose.isPending}>
        Import accounts…
      </Button>
      {chosen && <ImportAccountsDialog key={chosen.importId} file={chosen} onClose={() => setChosen(null)} />}
    </>
  );
}
