import { keepPreviousData } from '@tanstack/react-query';
import type { CrmImportSettings } from '../../../shared/crm-import/schema';
import { useApiQuery } from '../api/use-api';

/** What importing the chosen file with these settings would do; the last answer stays while the next loads. */
export function useCrmPreview(settings: CrmImportSettings) {
  return useApiQuery('crmImport.preview', settings, { placeholderData: keepPreviousData });
}
