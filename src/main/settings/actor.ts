import type { Settings } from '../../shared/settings/schema';
import type { Store } from '../db/store';
import { getSettings } from './service';

/** Who is recorded when no CSM name is set in Settings. */
export const UNNAMED_ACTOR = '(no name set in Settings)';

/** The person acting on a call: the CSM named in Settings. */
export interface Actor {
  /** The name as set, '' when none is (a checklist change then shows no name). */
  readonly name: string;
  /** How audit entries and licenses record them: the name, or that none was set. */
  readonly recorded: string;
}

export function actorFrom(settings: Settings): Actor {
  const name = settings.csmName.trim();
  return { name, recorded: name || UNNAMED_ACTOR };
}

/** The one place "who is acting" is derived; handlers read it as `ctx.actor`. */
export function actingPerson(store: Store): Actor {
  return actorFrom(getSettings(store));
}
