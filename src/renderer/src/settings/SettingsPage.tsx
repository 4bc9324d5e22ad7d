import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { UpdateSettingsInput, type DataLocation } from '../../../shared/settings/schema';
import { api, call } from '../api/client';
import { showServerErrors } from '../api/form-errors';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { toast } from '../ui/toasts';
import { useSettings } from './settings-store';
import { AuditLogCard } from '../licenses/AuditLogCard';
import { SigningKeysCard } from '../licenses/SigningKeysCard';
import { HealthSettingsCard } from '../health/HealthSettingsCard';

type FormIn = z.input<typeof UpdateSettingsInput>;
type FormOut = z.output<typeof UpdateSettingsInput>;

export function SettingsPage() {
  const { settings, save } = useSettings();
  const [location, setLocation] = useState<DataLocation | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting, isDirty },
    reset,
  } = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(UpdateSettingsInput), values: settings });

  useEffect(() => {
    call(api().app.dataLocation())
      .then(setLocation)
      .catch((e: Error) => toast.error(e.message));
  }, []);

  const submit = handleSubmit(async (values) => {
    try {
      reset(await save(values));
      toast.info('Settings saved.');
    } catch (error) {
      const message = showServerErrors(error, setError, ['csmName']);
      if (message) toast.error(message);
    }
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
            error={errors.csmName?.message}
            {...register('csmName')}
          />
          <Button type="submit" variant="primary" disabled={isSubmitting || !isDirty}>
            Save
          </Button>
        </form>
      </section>
      <section className="card" aria-label="Your data">
        <div className="card-header">
          <h2>Your data</h2>
        </div>
        <div className="card-body stack">
          <p className="muted">
            Everything you keep in Fieldbook lives in one file on this computer. Nothing is sent anywhere.
          </p>
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
            <Button onClick={() => void call(api().app.revealDataFile()).catch((e: Error) => toast.error(e.message))}>
              Show data file in folder
            </Button>
          </div>
        </div>
      </section>
      <HealthSettingsCard />
      <SigningKeysCard />
      <AuditLogCard />
    </div>
  );
}
