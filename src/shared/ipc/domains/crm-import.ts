import { z } from 'zod';
import { operation } from '../operation';
import { ChosenCrmFile, CrmImportResult, CrmImportSettings, CrmPreview, RunCrmImportInput } from '../../crm-import/schema';

/** Import accounts and contacts from a CRM's CSV export (issue 11): choose, preview, run. */
export const crmImport = {
  /** Asks for the file, reads it and suggests a field for each column; the page refers to it by id after. */
  choose: operation('crmImport:choose', z.undefined(), ChosenCrmFile),
  /** What importing with these settings would do: counts, per-row errors, the first rows. Writes nothing. */
  preview: operation('crmImport:preview', CrmImportSettings, CrmPreview),
  /** Imports the valid rows in one transaction: a long operation (progress, cancel). */
  run: operation('crmImport:run', RunCrmImportInput, CrmImportResult),
};
