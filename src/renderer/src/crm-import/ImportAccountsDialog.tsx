import { useState } from 'react';
import { CRM_TARGETS, CRM_TARGET_LABELS, type CrmTarget } from '../../../shared/crm-import/fields';
import type { ChosenCrmFile, CrmPreview, RowAction } from '../../../shared/crm-import/schema';
import { useLongOperation } from '../api/long-operation';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { Dialog } from '../ui/Dialog';
import { SelectField } from '../ui/Field';
import { formatMoney } from '../ui/format';
import { OperationProgress } from '../ui/OperationProgress';
import { toast } from '../ui/toasts';
import { useCrmPreview } from './queries';
import './crm-import.css';

type Chosen = Extract<ChosenCrmFile, { status: 'chosen' }>;
type Duplicates = 'skip' | 'update' | 'keepBoth';

const TARGET_OPTIONS = CRM_TARGETS.map((t) => ({ value: t, label: CRM_TARGET_LABELS[t] }));
const DUPLICATE_OPTIONS: { value: Duplicates; label: string }[] = [
  { value: 'skip', label: 'Skip them (keep what is in your book)' },
  { value: 'update', label: 'Update them with the file’s values' },
  { value: 'keepBoth', label: 'Keep both (the file’s account gets a name like “Acme (2)”)' },
];
const ACTION_LABELS: Record<RowAction, string> = { add: 'New', update: 'Update', skip: 'Skip (duplicate)', keepBoth: 'New (kept both)', error: 'Error' };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

function summary(p: CrmPreview): string {
  const parts = [plural(p.accountsNew, 'new account')];
  if (p.accountsUpdated) parts.push(`${plural(p.accountsUpdated, 'account')} to update`);
  if (p.accountsSkipped) parts.push(`${plural(p.accountsSkipped, 'account')} already in your book, skipped`);
  parts.push(`${plural(p.contactsNew, 'new contact')}${p.contactsUpdated ? `, ${plural(p.contactsUpdated, 'contact')} to update` : ''}`);
  return `${parts.join(' · ')}.`;
}

/**
 * Import accounts: one select per column of the file (labelled with the column's header,
 * suggested from it), the date order when the file's dates read both ways, what to do with
 * duplicates, then a preview — counts, the first rows, every row with an error and why. Nothing
 * is written until "Import" is pressed; rows with errors are left out and listed.
 */
export function ImportAccountsDialog({ file, onClose }: { file: Chosen; onClose: () => void }) {
  const [mapping, setMapping] = useState<CrmTarget[]>(file.mapping);
  const [dateOrder, setDateOrder] = useState<'mdy' | 'dmy'>(file.dateOrder === 'dmy' ? 'dmy' : 'mdy');
  const [duplicates, setDuplicates] = useState<Duplicates>('skip');
  const [runError, setRunError] = useState<string | null>(null);
  const settings = { importId: file.importId, mapping, dateOrder, duplicates };
  const preview = useCrmPreview(settings);
  const run = useApiMutation('crmImport.run');
  const op = useLongOperation();
  const p = preview.data;
  const importable = p ? p.accountsNew + p.accountsUpdated : 0;

  const confirm = async () => {
    setRunError(null);
    try {
      const r = await op.run((operationId) => run.mutateAsync({ ...settings, operationId }));
      if (r.status === 'cancelled') return;
      const left = r.rowsWithErrors ? ` ${plural(r.rowsWithErrors, 'row')} with errors left out.` : '';
      toast.info(
        `Imported ${plural(r.accountsCreated, 'account')}${r.accountsUpdated ? `, updated ${plural(r.accountsUpdated, 'account')}` : ''} and ${plural(r.contactsCreated + r.contactsUpdated, 'contact')}.${left}`,
      );
      onClose();
    } catch (e) {
      setRunError((e as Error).message);
    }
  };

  return (
    <Dialog
      title="Import accounts"
      open
      onClose={() => !op.running && onClose()}
      width={980}
      footer={
        op.running ? (
          <OperationProgress label="Importing accounts" progress={op.progress} onCancel={op.cancel} />
        ) : (
          <>
            <Button onClick={onClose}>Cancel</Button>
            <Button variant="primary" onClick={() => void confirm()} disabled={!p || Boolean(p.problem) || importable === 0 || preview.isFetching}>
              {importable > 0 ? `Import ${plural(importable, 'account')}` : 'Import'}
            </Button>
          </>
        )
      }
    >
      <p className="muted">
        {file.fileName}: {plural(file.rows, 'row')}. Choose what each column holds; nothing is written until you press Import.
      </p>

      <section aria-labelledby="crm-columns-heading" className="stack">
        <h3 id="crm-columns-heading">Columns</h3>
        <div className="crm-columns">
          {file.headers.map((header, i) => (
            <SelectField
              key={`${i}-${header}`}
              label={header || `Column ${i + 1}`}
              hint={file.samples[i] ? `e.g. ${file.samples[i]}` : 'empty in every row'}
              value={mapping[i]}
              options={TARGET_OPTIONS}
              onChange={(e) => setMapping(mapping.map((m, j) => (j === i ? (e.target.value as CrmTarget) : m)))}
            />
          ))}
        </div>
      </section>

      <div className="crm-choices">
        {file.dateOrder === 'ambiguous' && (
          <fieldset className="crm-fieldset">
            <legend>Dates like 03/04/2026 are written</legend>
            <label className="checkbox">
              <input type="radio" name="crm-date-order" checked={dateOrder === 'mdy'} onChange={() => setDateOrder('mdy')} />
              Month first (MM/DD/YYYY, 03/04 is March 4)
            </label>
            <label className="checkbox">
              <input type="radio" name="crm-date-order" checked={dateOrder === 'dmy'} onChange={() => setDateOrder('dmy')} />
              Day first (DD/MM/YYYY, 03/04 is 3 April)
            </label>
          </fieldset>
        )}
        <fieldset className="crm-fieldset">
          <legend>Accounts already in your book (same name) and contacts already there (same email)</legend>
          {DUPLICATE_OPTIONS.map((o) => (
            <label key={o.value} className="checkbox">
              <input type="radio" name="crm-duplicates" checked={duplicates === o.value} onChange={() => setDuplicates(o.value)} />
              {o.label}
            </label>
          ))}
        </fieldset>
      </div>

      <section aria-labelledby="crm-preview-heading" className="stack">
        <h3 id="crm-preview-heading">Preview</h3>
        {preview.error && (
          <p className="form-error" role="alert">
            {preview.error.message}
          </p>
        )}
        {p?.problem && (
          <p className="form-error" role="alert">
            {p.problem}
          </p>
        )}
        {p && !p.problem && (
          <>
            <p role="status">
              {summary(p)}
              {p.rowsWithErrors > 0 && ` ${plural(p.rowsWithErrors, 'row has', 'rows have')} errors and will be left out.`}
            </p>
            <div className="table-wrap crm-sample">
              <table className="table">
                <caption className="visually-hidden">The first rows as they will be imported</caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">Row</th>
                    <th scope="col">Account</th>
                    <th scope="col" className="num">ARR</th>
                    <th scope="col">Stage</th>
                    <th scope="col">Renewal</th>
                    <th scope="col">Contact</th>
                    <th scope="col">Email</th>
                    <th scope="col">Import as</th>
                  </tr>
                </thead>
                <tbody>
                  {p.sample.map((r) => (
                    <tr key={r.row} className={r.action === 'error' ? 'crm-row-error' : undefined}>
                      <td className="num">{r.row}</td>
                      <td>{r.account || '—'}</td>
                      <td className="num">{r.arr === null ? '—' : formatMoney(r.arr)}</td>
                      <td>{r.stage ?? '—'}</td>
                      <td>{r.renewalDate ?? '—'}</td>
                      <td>{r.contact ?? '—'}</td>
                      <td>{r.email ?? '—'}</td>
                      <td>{ACTION_LABELS[r.action]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {p.errors.length > 0 && (
              <section aria-labelledby="crm-errors-heading" className="crm-errors">
                <h4 id="crm-errors-heading">Rows with errors ({p.rowsWithErrors.toLocaleString()})</h4>
                <ul aria-labelledby="crm-errors-heading">
                  {p.errors.map((e) => (
                    <li key={e.row}>
                      <strong>Row {e.row}:</strong> {e.messages.join(' · ')}
                    </li>
                  ))}
                </ul>
                {p.rowsWithErrors > p.errors.length && <p className="muted">…and {plural(p.rowsWithErrors - p.errors.length, 'more row')}. Fix them in the file and import it again.</p>}
              </section>
            )}
          </>
        )}
        {runError && (
          <p className="form-error" role="alert">
            {runError}
          </p>
        )}
      </section>
    </Dialog>
  );
}
