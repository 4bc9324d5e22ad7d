import { operation } from '../operation';
import { ExportPackInput, ExportPackResult, QbrContent, QbrDraft, QbrTarget, SaveDraftInput } from '../../qbr/schema';

export const qbr = {
  /** The CSM's narrative for an account and period (empty before anything was typed). */
  getDraft: operation('qbr:getDraft', QbrTarget, QbrDraft),
  /** Autosaves the narrative. */
  saveDraft: operation('qbr:saveDraft', SaveDraftInput, QbrDraft),
  /** Every section of the pack as it would be exported now (the tab's live preview). */
  preview: operation('qbr:preview', QbrTarget, QbrContent),
  /** Asks for a folder and writes the pack there (a long operation: progress, cancel). */
  exportPack: operation('qbr:exportPack', ExportPackInput, ExportPackResult),
};
