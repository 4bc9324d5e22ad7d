import { UpdateSettingsInput } from '../../../shared/settings/schema';
import { useApiMutation, useApiQuery } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { toast } from '../ui/toasts';
import { useSettings } from './queries';
import { AuditLogCard } from '../licenses/AuditLogCard';
import { SigningKeysCard } from '../licenses/SigningKeysCard';
import { HealthSettingsCard } from '../health/HealthSettingsCard';
import { BackupsCard } from '../backups/BackupsCard';
import { DataFileCheck } from '../backups/DataFileCheck';
import { ExportEverything } from '../everything/ExportEverything';
import { SmbEscalationCard } from '../lifecycle/SmbEscalationCard';

export function SettingsPage() {
  const settings = useSettings();
  const save = useApiMutation('settings.update');
  const reveal = useApiMutation('app.revealDataFile', { onError: (e) => toast.error(e.message) });
  const { data: location, error: locationError } = useApiQuery('app.dataLocation', undefined);
  const {
    register,
    submit,
    formError,
    formState: { errors, isSubmitting, isDirty },
    reset,
  } = useApiForm({
    schema: UpdateSettingsInput,
    // Only what this form edits: the settings also hold values other screens keep.
    values: { csmName: settings.csmName },
    onSubmit: async (values) => {
      const saved = await save.mutateAsync(values);
      reset({ csmName: saved.csmName });
      toast.info('Settings saved.');
    },
  });

  return (
    <div className="page settings">
      <header className="page-header">
        <h1>Settings</h1>
      </header>
      <section className="card" aria-label="You">
        <div className="card-header">
          <h2>You</h2>
        </div>
        <form className="card-body toolbar toolbar-top" onSubmit={submit} noValidate>
          <TextField
            label="Your name"
            hint="Shown as the owner of new accounts and in the audit log."
            error={errors.csmName?.message ?? formError ?? undefined}
            {...register('csmName')}
          />
          <Button type="submit" variant="primary" disabled={isSubmitting || !isDirty}>
            Save
          </Button>
        </form>
      </section>
      <SmbEscalationCard />
      <section className="card" aria-label="Your data">
        <div className="card-header">
          <h2>Your data</h2>
        </div>
        <div className="card-body stack">
          <p className="muted">
            Everything you keep in Fieldbook lives in one file on this computer. Nothing is sent anywhere.
          </p>
          {locationError && (
            <p className="form-error" role="alert">
              {locationError.message}
            </p>
          )}
          {location && (
            <dl className="facts">
              <dt>Data file</dt>
              <dd>
                <code className="path">{location.databaseFile}</code>
              </dd>
              <dt>Folder</dt>
              <dd>
                <code className="path">{location.dataDir}</code>
              </dd>
              <dt>Schema version</dt>
              <dd>{location.schemaVersion}</dd>
            </dl>
          )}
          <div>
            <Button onClick={() => reveal.mutate(undefined)}>
              Show data file in folder
            </Button>
          </div>
          <DataFileCheck />
          <ExportEverything />
        </div>
      </section>
      <HealthSettingsCard />
      <BackupsCard />
      <SigningKeysCard />
      <AuditLogCard />
    </div>
  );
}
