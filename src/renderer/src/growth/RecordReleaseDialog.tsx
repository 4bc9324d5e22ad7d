import { Controller } from 'react-hook-form';
import { localIsoDate } from '../../../shared/dates/iso-date';
import { ReleaseFields, type ReleaseDetail, type ReleaseFieldsInput } from '../../../shared/growth/schema';
import { THEME_STATUS_LABELS } from '../../../shared/feedback/theme-status';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { FormDialog } from '../ui/FormDialog';
import { TextAreaField, TextField } from '../ui/Field';
import { useShippableThemes } from './queries';

/** Records a product release and the feedback themes it ships (seed 000 "New Version Release"). */
export function RecordReleaseDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (r: ReleaseDetail) => void }) {
  const record = useApiMutation('growth.recordRelease');
  const { themes, loaded } = useShippableThemes();
  const initial: ReleaseFieldsInput = { version: '', releasedOn: localIsoDate(new Date()), highlights: '', themeIds: [] };
  const {
    register,
    control,
    submit,
    formError,
    formState: { errors, isSubmitting },
  } = useApiForm({ schema: ReleaseFields, defaultValues: initial, onSubmit: async (fields) => onSaved(await record.mutateAsync(fields)) });

  return (
    <FormDialog title="Record release" submitLabel="Record release" submitting={isSubmitting} onSubmit={submit} onClose={onClose} error={formError} width={560}>
      <div className="form-grid">
        <TextField label="Version" autoFocus placeholder="e.g. 2.10.0" error={errors.version?.message} {...register('version')} />
        <TextField label="Release date" type="date" error={errors.releasedOn?.message} {...register('releasedOn')} />
      </div>
      <TextAreaField
        label="Highlights"
        rows={4}
        hint="One per line; they go into each account’s email draft."
        error={errors.highlights?.message}
        {...register('highlights')}
      />
      <fieldset className="theme-picker">
        <legend className="field-label">Feedback themes it ships</legend>
        {loaded && themes.length === 0 && <p className="muted">No feedback themes yet. Themes are made in Feedback from customers’ requests.</p>}
        <Controller
          control={control}
          name="themeIds"
          render={({ field }) => (
            <ul className="theme-picker-list">
              {themes.map((t) => {
                const checked = field.value.includes(t.id);
                return (
                  <li key={t.id}>
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={checked}
                        onChange={(e) => field.onChange(e.target.checked ? [...field.value, t.id] : field.value.filter((id) => id !== t.id))}
                      />
                      {t.title}
                      <span className="faint">
                        {' '}
                        · {THEME_STATUS_LABELS[t.status]} · {t.accountCount} {t.accountCount === 1 ? 'account' : 'accounts'}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          )}
        />
        {errors.themeIds?.message && (
          <p className="error" role="alert">
            {errors.themeIds.message}
          </p>
        )}
      </fieldset>
    </FormDialog>
  );
}
