import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { MIN_PASSPHRASE_LENGTH, UnlockSigningInput, type KeyStoreStatus } from '../../../shared/licenses/keys-schema';
import { api, call } from '../api/client';
import { showServerErrors } from '../api/form-errors';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';

type FormIn = z.input<typeof UnlockSigningInput>;
type FormOut = z.output<typeof UnlockSigningInput>;

/**
 * Where the OS has no real key store, the signing key is protected by a passphrase: entered
 * once per session, held only in main's memory.
 */
export function UnlockSigningForm({ status, onChanged }: { status: KeyStoreStatus; onChanged: (s: KeyStoreStatus) => void }) {
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FormIn, unknown, FormOut>({ resolver: zodResolver(UnlockSigningInput), defaultValues: { passphrase: '' } });
  const isNew = status.activeKeyId === null;

  const submit = handleSubmit(async (input) => {
    try {
      const next = await call(api().keys.unlock(input));
      reset({ passphrase: '' });
      onChanged(next);
    } catch (error) {
      const message = showServerErrors(error, setError, ['passphrase']);
      if (message) setError('passphrase', { message });
    }
  });

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label="Unlock signing">
      <p className="muted">
        This computer has no usable OS key store (for example, no keyring is running), so Fieldbook protects the signing key with a
        passphrase instead. Enter it once per session to sign; it is kept in memory only.
      </p>
      <div className="toolbar">
        <TextField
          label={isNew ? 'Choose a signing passphrase' : 'Signing passphrase'}
          type="password"
          autoComplete={isNew ? 'new-password' : 'current-password'}
          hint={
            isNew
              ? `At least ${MIN_PASSPHRASE_LENGTH} characters. It protects the signing key and can't be recovered: keep it in your password manager.`
              : `The passphrase that protects key ${status.activeKeyId ?? ''}.`
          }
          error={errors.passphrase?.message}
          {...register('passphrase')}
        />
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          Unlock signing
        </Button>
      </div>
    </form>
  );
}
