import { operation } from '../operation';
import { ExportEverythingInput, ExportEverythingResult, ImportEverythingInput, ImportEverythingResult } from '../../everything/schema';

/** The whole book as one JSON file, and back into an empty book (docs/export-format.md). */
export const everything = {
  export: operation('everything:export', ExportEverythingInput, ExportEverythingResult),
  import: operation('everything:import', ImportEverythingInput, ImportEverythingResult),
};
