import { operation } from '../operation';
import { ExportBundleInput, ExportBundleResult, ImportBundleInput, ImportBundleResult, SaveBundleConflictsInput, SaveBundleConflictsResult } from '../../bundles/schema';

/** Account bundles (issue 11): accounts with everything attached, out to a file and into another book. */
export const bundles = {
  export: operation('bundles:export', ExportBundleInput, ExportBundleResult),
  import: operation('bundles:import', ImportBundleInput, ImportBundleResult),
  saveConflicts: operation('bundles:saveConflicts', SaveBundleConflictsInput, SaveBundleConflictsResult),
};
