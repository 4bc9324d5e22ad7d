import { useMemo, useState } from 'react';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { defaultPeriod, periodKey, type QbrPeriod } from '../../../shared/qbr/period';
import { QbrPeriod as QbrPeriodSchema } from '../../../shared/qbr/period';
import type { AccountTabProps } from '../accounts/account-tab-props';
import { useLongOperation } from '../api/long-operation';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { SelectField, TextField } from '../ui/Field';
import { OperationProgress } from '../ui/OperationProgress';
import { toast } from '../ui/toasts';
import { NarrativeEditor } from './NarrativeEditor';
import { periodChoices } from './period-options';
import { QbrPreview } from './QbrPreview';
import { useQbrDraft, useQbrPreview } from './queries';
import './qbr.css';

const CUSTOM = 'custom';

/**
 * The account's QBR: pick the period, write the narrative (autosaved per period), see every
 * section of the pack as it will be exported, and export the pack to a folder.
 */
export function QbrTab({ account }: AccountTabProps) {
  const today = localIsoDate(new Date());
  const choices = useMemo(() => periodChoices(account.segment, today), [account.segment, today]);
  const [choice, setChoice] = useState(() => periodKey(defaultPeriod(account.segment, today)));
  const [custom, setCustom] = useState({ from: '', to: '' });
  const customParsed = QbrPeriodSchema.safeParse({ kind: 'custom', ...custom });
  const period: QbrPeriod | null = choice === CUSTOM ? (customParsed.success ? customParsed.data : null) : (choices.find((c) => c.value === choice)?.period ?? null);
  const customError = choice === CUSTOM && custom.from && custom.to && !customParsed.success ? customParsed.error.issues[0]?.message : undefined;

  const draft = useQbrDraft(account.id, period);
  const preview = useQbrPreview(account.id, period);
  const exportPack = useApiMutation('qbr.exportPack');
  const op = useLongOperation();

  const runExport = async () => {
    if (!period) return;
    try {
      const result = await op.run((operationId) => exportPack.mutateAsync({ accountId: account.id, period, operationId }));
      if (result.status === 'cancelled') toast.info('Export cancelled — nothing was written.');
      else toast.info(`QBR pack saved: ${result.folder}`);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <div className="qbr-tab stack">
      <div className="toolbar qbr-toolbar">
        <SelectField
          label="Period"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          options={[...choices.map((c) => ({ value: c.value, label: c.label })), { value: CUSTOM, label: 'Custom range…' }]}
        />
        {choice === CUSTOM && (
          <>
            <TextField label="From" type="date" value={custom.from} onChange={(e) => setCustom({ ...custom, from: e.target.value })} />
            <TextField label="To" type="date" value={custom.to} error={customError} onChange={(e) => setCustom({ ...custom, to: e.target.value })} />
          </>
        )}
        <div className="qbr-export">
          {op.running && <OperationProgress label="Exporting the QBR pack" progress={op.progress} onCancel={op.cancel} />}
          <Button variant="primary" disabled={!period || op.running} onClick={() => void runExport()}>
            Export QBR pack…
          </Button>
        </div>
      </div>
      {!period ? (
        <p className="muted">Choose the first and last day of the range to review.</p>
      ) : (
        <div className="qbr-columns">
          {draft.error ? (
            <p className="form-error" role="alert">
              {draft.error.message}
            </p>
          ) : draft.data ? (
            <NarrativeEditor key={`${account.id}:${periodKey(period)}`} accountId={account.id} period={period} initial={draft.data.narrative} />
          ) : (
            <p className="muted">Loading the draft…</p>
          )}
          {preview.error ? (
            <p className="form-error" role="alert">
              {preview.error.message}
            </p>
          ) : preview.data ? (
            <QbrPreview content={preview.data} />
          ) : (
            <p className="muted">Building the preview…</p>
          )}
        </div>
      )}
    </div>
  );
}
