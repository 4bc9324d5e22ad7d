import { MIN_PASSPHRASE_LENGTH, UnlockSigningInput, type KeyStoreStatus } from '../../../shared/licenses/keys-schema';
import { useApiMutation } from '../api/use-api';
import { useApiForm } from '../api/use-api-form';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';

/**
 * Where the OS has no real key store, the signing key is protected by a passphrase: entered
 * once per session, held only in main's memory.
 */
export function UnlockSigningForm({ status }: { status: KeyStoreStatus }) {
  const unlock = useApiMutation('keys.unlock');
  const {
    register,
    submit,
    formError,
    reset,
    formState: { errors, isSubmitting },
  } = useApiForm({
    schema: UnlockSigningInput,
    defaultValues: { passphrase: '' },
    onSubmit: async (input) => {
      await unlock.mutateAsync(input);
      reset({ passphrase: '' });
    },
  });
  const isNew = status.activeKeyId === null;

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
          error={errors.passphrase?.message ?? formError ?? undefined}
          {...register('passphrase')}
        />
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          Unlock signing
        </Button>
      </div>
    </form>
  );
}
