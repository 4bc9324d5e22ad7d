import type { BackupOverview } from '../../../shared/backups/schema';
import { useApiQuery } from '../api/use-api';

/** The backup folder, its backups (newest first) and when the last one succeeded. */
export function useBackups(): { data: BackupOverview | undefined; error: Error | null } {
  const q = useApiQuery('backups.list', undefined);
  return { data: q.data, error: q.error };
}
