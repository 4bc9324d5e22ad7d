import { useState } from 'react';
import { UpdateSettingsInput } from '../../../shared/settings/schema';
import { useApiMutation, useApiQuery } from '../api/use-api';
import { useRoute } from '../shell/route';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { toast } from '../ui/toasts';

const ASKED_KEY = 'fieldbook.askedForName';

/**
 * First start: asks for the CSM's name (the default owner of accounts and action items, and
 * "changed by" on the checklist and in the audit log) instead of leaving it blank until found in
 * Settings. A banner, not a modal: nothing is blocked, and "Not now" doesn't ask again.
 */
export function AskName() {
  const settings = useApiQuery('settings.get', undefined);
  const save = useApiMutation('settings.update');
  const onSettings = useRoute((s) => s.route.page === 'settings');
  const [asked, setAsked] = useState(() => localStorage.getItem(ASKED_KEY) === '1');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  // Only once the settings answered, so a named CSM never sees it flash.
  if (!settings.data || asked || onSettings || settings.data.csmName.trim() !== '') return null;

  const done = () => {
    localStorage.setItem(ASKED_KEY, '1');
    setAsked(true);
  };
  const submit = async () => {
    const parsed = UpdateSettingsInput.safeParse({ csmName: name });
    if (!parsed.success || parsed.data.csmName === '') {
      setError(parsed.success ? 'Type your name, or choose Not now' : parsed.error.issues[0]?.message);
      return;
    }
    try {
      const saved = await save.mutateAsync(parsed.data);
      toast.info(`Welcome, ${saved.csmName}. You can change your name in Settings.`);
      done();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <form
      className="ask-name"
      aria-label="Welcome"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p className="ask-name-text">
        <strong>Welcome to Fieldbook.</strong> What’s your name? It becomes the owner of new accounts and action items, and
        “changed by” on checklists and licenses.
      </p>
      <TextField label="Your name" value={name} onChange={(e) => setName(e.target.value)} error={error} autoComplete="name" />
      <Button type="submit" variant="primary">
        Use this name
      </Button>
      <Button onClick={done}>Not now</Button>
    </form>
  );
}
