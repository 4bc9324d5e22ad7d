import type { Contract, Domain } from './contract';

/**
 * Whether an operation may change anything: `'write'` when it changes the data file, a file
 * the app owns, the settings, or opens a dialog whose answer leads to a write (import, save
 * as, export); `'read'` when it only answers from what is there.
 *
 * Main uses it at launch (src/main/runtime.ts): while the data file's integrity check runs a
 * `'write'` waits for the verdict before its handler starts, so no dialog is shown, no file
 * written and nothing run twice for a book that turns out damaged; a `'read'` answers at once.
 * The renderer's cache declares the same split (src/renderer/src/api/operation-effects.ts: a
 * write must say what it invalidates) and the types hold the two together.
 *
 * Kept in the shared layer, beside the contract, because main is the side that acts on it. The
 * mapped type makes a new contract operation without an entry here a type error.
 *
 * Reads that are not cacheable queries (the renderer calls them as mutations with nothing to
 * invalidate): `app.revealDataFile` (shows the file in the OS's file manager), `licenses.verifyFile`
 * and `verifyText` (check a license; nothing recorded), `operations.cancel` (stops a running
 * operation; it must answer at once, even while writes wait).
 */
export type Access = 'read' | 'write';

export const operationAccess = {
  app: { status: 'read', dataLocation: 'read', revealDataFile: 'read', loadSampleData: 'write' },
  settings: { get: 'read', update: 'write' },
  accounts: { list: 'read', page: 'read', get: 'read', create: 'write', update: 'write', archive: 'write', restore: 'write' },
  contacts: { list: 'read', create: 'write', update: 'write', remove: 'write' },
  tasks: { list: 'read', create: 'write', update: 'write', setDone: 'write', snooze: 'write', remove: 'write' },
  checkins: { list: 'read', get: 'read', save: 'write', remove: 'write', restore: 'write', addActionItem: 'write' },
  search: { query: 'read' },
  // Opening lays out a checklist not laid out yet (a write inside a read: see runtime.ts).
  checklist: { open: 'read', update: 'write', addItem: 'write', removeItem: 'write', restoreItem: 'write' },
  feedback: { list: 'read', get: 'read', create: 'write', update: 'write', remove: 'write', productAreas: 'read', link: 'write', unlink: 'write', getTheme: 'read', createTheme: 'write', updateTheme: 'write', removeTheme: 'write', setThemeStatus: 'write', suggestThemes: 'read', inbox: 'read', exportInbox: 'write' },
  licenses: { list: 'read', issue: 'write', revoke: 'write', saveFile: 'write', saveCalendar: 'write', recordShare: 'write', moduleSuggestions: 'read', verifyFile: 'read', verifyText: 'read' },
  keys: { status: 'read', list: 'read', rotate: 'write', publicKey: 'read', exportPublicKey: 'write', unlock: 'write', lock: 'write' },
  audit: { list: 'read', verify: 'write' },
  qbr: { getDraft: 'read', saveDraft: 'write', preview: 'read', exportPack: 'write' },
  operations: { cancel: 'read' },
  // The data check reads the book on a worker thread but writes its record beside the file (and
  // needs the writable store, open once the launch verdict is in): it waits with the writes.
  backups: { list: 'read', create: 'write', restore: 'write', chooseFolder: 'write', useDefaultFolder: 'write', lastDataCheck: 'read', checkDataFile: 'write' },
  // Choosing opens the file dialog of an import: it waits with the import it leads to.
  crmImport: { choose: 'write', preview: 'read', run: 'write' },
  // Exports and saves open a save dialog and write the file chosen.
  bundles: { export: 'write', import: 'write', saveConflicts: 'write' },
  everything: { export: 'write', import: 'write' },
  recovery: { options: 'read', restoreNewestBackup: 'write', openAnotherFile: 'write', startEmpty: 'write' },
  session: { getLocation: 'read', setLocation: 'write' },
  health: { get: 'read', recordCheck: 'write', setOverride: 'write', clearOverride: 'write', settings: 'read', updateSettings: 'write', alerts: 'read', acknowledgeAlert: 'write', closeAlert: 'write', recordRenewal: 'write', renewals: 'read', recordSignals: 'read' },
  today: { list: 'read', portfolio: 'read', summary: 'read' },
  blockers: { list: 'read', raise: 'write', resolve: 'write', reopen: 'write', setOwner: 'write' },
  handover: { glance: 'read', recap: 'read', digest: 'read', saveRecap: 'write', saveDigest: 'write' },
  lifecycle: { get: 'read', book: 'read', shareKitItem: 'write', unshareKitItem: 'write', addGoal: 'write', updateGoal: 'write', addMilestone: 'write', updateMilestone: 'write', recordSurvey: 'write', addTicket: 'write', updateTicket: 'write', openEscalation: 'write', stepEscalation: 'write', remove: 'write' },
  growth: { listReleases: 'read', getRelease: 'read', recordRelease: 'write', removeRelease: 'write', notifyAccounts: 'write', listOpportunities: 'read', checkGuardrails: 'read', createOpportunity: 'write', updateOpportunity: 'write', removeOpportunity: 'write', listAdvocacy: 'read', saveAdvocacy: 'write', removeAdvocacy: 'write', promoters: 'read', figures: 'read' },
} as const satisfies { [D in Domain]: { [M in keyof Contract[D]]: Access } };

export type OperationAccess = typeof operationAccess;

/** The access of the operation `method` of `domain` (names as `listOperations()` gives them); undefined for an unknown one. */
export function accessOf(domain: string, method: string): Access | undefined {
  return (operationAccess as Record<string, Record<string, Access> | undefined>)[domain]?.[method];
}
