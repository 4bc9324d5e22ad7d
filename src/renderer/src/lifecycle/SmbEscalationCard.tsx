import { z } from 'zod';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { useSettings } from '../settings/queries';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { toast } from '../ui/toasts';

const hours = (level: string) =>
  z
    .number({ error: `Enter the ${level} time in hours` })
    .min(0.25, 'At least a quarter of an hour')
    .max(168, 'At most a week (168 hours)');

/** Edited in hours; stored in minutes, as the SLA clock counts. */
const SmbHours = z.object({ L2: hours('L2'), L3: hours('L3'), L4: hours('L4') }).strict();

/**
 * Seed 001 promises SMB accounts a 48-hour first response at L1 and says nothing above it: these
 * are the times an SMB escalation at L2–L4 is promised, for escalations opened from now on.
 */
export function SmbEscalationCard() {
  const current = useSettings().smbEscalationResponseMinutes;
  const save = useApiMutation('settings.update');
  const {
    register,
    submit,
    formError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = useApiForm({
    schema: SmbHours,
    values: { L2: current.L2 / 60, L3: current.L3 / 60, L4: current.L4 / 60 },
    serverPath: ['smbEscalationResponseMinutes'],
    onSubmit: async (h) => {
      const saved = await save.mutateAsync({
        smbEscalationResponseMinutes: { L2: Math.round(h.L2 * 60), L3: Math.round(h.L3 * 60), L4: Math.round(h.L4 * 60) },
      });
      const m = saved.smbEscalationResponseMinutes;
      reset({ L2: m.L2 / 60, L3: m.L3 / 60, L4: m.L4 / 60 });
      toast.info('SMB escalation times saved.');
    },
  });
  return (
    <section className="card" aria-label="SMB escalation times">
      <div className="card-header">
        <h2>SMB escalation times</h2>
      </div>
      <form className="card-body stack" onSubmit={submit} noValidate>
        <p className="muted">
          The playbook promises SMB accounts a first response within 48 hours at L1 and gives no times above it. Set them
          here, in hours; escalations already open keep the time they were promised.
        </p>
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="toolbar toolbar-top">
          <TextField label="L2 (hours)" type="number" step="0.25" error={errors.L2?.message} {...register('L2', { valueAsNumber: true })} />
          <TextField label="L3 (hours)" type="number" step="0.25" error={errors.L3?.message} {...register('L3', { valueAsNumber: true })} />
          <TextField label="L4 (hours)" type="number" step="0.25" error={errors.L4?.message} {...register('L4', { valueAsNumber: true })} />
          <Button type="submit" variant="primary" disabled={isSubmitting || !isDirty}>
            Set SMB times
          </Button>
        </div>
      </form>
    </section>
  );
}
