import type { Contract, Domain } from '../../../shared/ipc/contract';
import type { OpName } from './operations';

/**
 * What each contract operation does to the data the renderer caches: `'read'` (it may be
 * cached under its key), or the domains whose cached reads a success makes stale.
 *
 * Declared here, beside the renderer's cache, rather than as metadata on `operation()` in
 * src/shared/ipc: invalidation is a concern of the renderer's cache alone (main and the preload
 * never need it), and the shared contract stays the plain list of channels and schemas. The
 * mapped type below still ties the two together: adding an operation to the contract without
 * saying here what it reads or changes is a type error, so a new capability cannot forget it.
 */
export type Effect = 'read' | { readonly invalidates: readonly Domain[] };

/** Everything a change to an account's record touches: lists and views that show account fields. */
const ACCOUNT_VIEWS = ['accounts', 'tasks', 'checklist', 'feedback', 'licenses', 'search', 'health', 'today'] as const;
/** Every domain holding data main stores (a bulk load touches them all). */
const ALL_DATA = ['accounts', 'contacts', 'tasks', 'checkins', 'checklist', 'feedback', 'licenses', 'keys', 'audit', 'search', 'health', 'today'] as const;
/** What a health change shows in: the account's Health tab, Today, the accounts table's Health column. */
const HEALTH_VIEWS = ['health', 'today', 'accounts'] as const;

export const operationEffects = {
  app: { status: 'read', dataLocation: 'read', revealDataFile: { invalidates: [] }, loadSampleData: { invalidates: ALL_DATA } },
  settings: { get: 'read', update: { invalidates: ['settings'] } },
  accounts: {
    list: 'read',
    get: 'read',
    // A new account gets its playbook tasks and readiness checklist.
    create: { invalidates: ACCOUNT_VIEWS },
    update: { invalidates: ACCOUNT_VIEWS },
    archive: { invalidates: ACCOUNT_VIEWS },
    restore: { invalidates: ACCOUNT_VIEWS },
  },
  contacts: {
    list: 'read',
    // The accounts table counts contacts; notes and requests show contact names.
    // A champion marked as gone raises an alert.
    create: { invalidates: ['contacts', 'accounts', 'checkins', 'feedback', 'search', 'health', 'today'] },
    update: { invalidates: ['contacts', 'accounts', 'checkins', 'feedback', 'search', 'health', 'today'] },
    remove: { invalidates: ['contacts', 'accounts', 'checkins', 'feedback', 'search'] },
  },
  tasks: {
    list: 'read',
    // A note's action items are tasks, shown in the timeline.
    // Today ranks open tasks.
    create: { invalidates: ['tasks', 'checkins', 'search', 'today'] },
    update: { invalidates: ['tasks', 'checkins', 'search', 'today'] },
    setDone: { invalidates: ['tasks', 'checkins', 'today'] },
    snooze: { invalidates: ['tasks', 'checkins', 'today'] },
    remove: { invalidates: ['tasks', 'checkins', 'search', 'today'] },
  },
  checkins: {
    list: 'read',
    get: 'read',
    save: { invalidates: ['checkins', 'search'] },
    remove: { invalidates: ['checkins', 'tasks', 'feedback', 'search', 'today'] },
    restore: { invalidates: ['checkins', 'tasks', 'feedback', 'search', 'today'] },
    addActionItem: { invalidates: ['checkins', 'tasks', 'search', 'today'] },
  },
  search: { query: 'read' },
  checklist: {
    open: 'read',
    update: { invalidates: ['checklist', 'search'] },
    addItem: { invalidates: ['checklist', 'search'] },
    removeItem: { invalidates: ['checklist', 'search'] },
    restoreItem: { invalidates: ['checklist', 'search'] },
  },
  feedback: {
    list: 'read',
    get: 'read',
    create: { invalidates: ['feedback', 'search'] },
    update: { invalidates: ['feedback', 'search'] },
    remove: { invalidates: ['feedback', 'search'] },
    productAreas: 'read',
    link: { invalidates: ['feedback'] },
    unlink: { invalidates: ['feedback'] },
    getTheme: 'read',
    createTheme: { invalidates: ['feedback', 'search'] },
    updateTheme: { invalidates: ['feedback', 'search'] },
    removeTheme: { invalidates: ['feedback', 'search'] },
    setThemeStatus: { invalidates: ['feedback'] },
    suggestThemes: 'read',
    inbox: 'read',
    exportInbox: { invalidates: [] },
  },
  licenses: {
    list: 'read',
    // Issuing and revoking write the audit log; an issued license schedules renewal reminder
    // tasks, and the first one generates the signing key.
    issue: { invalidates: ['licenses', 'audit', 'tasks', 'keys', 'health', 'today'] },
    revoke: { invalidates: ['licenses', 'audit', 'tasks', 'health', 'today'] },
    // Saving a license file is audited.
    saveFile: { invalidates: ['audit'] },
    moduleSuggestions: 'read',
    verifyFile: { invalidates: [] },
    verifyText: { invalidates: [] },
  },
  keys: {
    status: 'read',
    list: 'read',
    rotate: { invalidates: ['keys', 'audit'] },
    publicKey: 'read',
    // Exporting the public key is audited.
    exportPublicKey: { invalidates: ['audit'] },
    unlock: { invalidates: ['keys', 'audit'] },
    lock: { invalidates: ['keys', 'audit'] },
  },
  // Verifying re-reads the whole log: the entries shown are refreshed with it.
  audit: { list: 'read', verify: { invalidates: ['audit'] } },
  // The draft is autosaved straight from the editor (never refetched over what is typed); the
  // preview is its own read. Exporting records the pack and moves the "next QBR" task on.
  qbr: {
    getDraft: 'read',
    saveDraft: { invalidates: [] },
    preview: 'read',
    exportPack: { invalidates: ['tasks', 'today'] },
  },
  // Cancelling stops a long operation; what it would have changed is declared by that operation.
  operations: { cancel: { invalidates: [] } },
  // Where the CSM stands is read once at start (shell/session-location.ts); no view shows it.
  session: { getLocation: 'read', setLocation: { invalidates: [] } },
  health: {
    get: 'read',
    recordCheck: { invalidates: HEALTH_VIEWS },
    setOverride: { invalidates: HEALTH_VIEWS },
    clearOverride: { invalidates: HEALTH_VIEWS },
    settings: 'read',
    // The scoring model is a setting.
    updateSettings: { invalidates: ['health', 'settings'] },
    alerts: 'read',
    acknowledgeAlert: { invalidates: HEALTH_VIEWS },
    closeAlert: { invalidates: HEALTH_VIEWS },
    // The account's ARR, stage and renewal date move on, and its renewal tasks with them.
    recordRenewal: { invalidates: [...ACCOUNT_VIEWS] },
    renewals: 'read',
  },
  today: { list: 'read', portfolio: 'read', summary: 'read' },
} as const satisfies { [D in Domain]: { [M in keyof Contract[D]]: Effect } };

type Effects = typeof operationEffects;

/** Operations that only read, and so can back a query. */
export type ReadOpName = {
  [D in Domain]: { [M in keyof Effects[D]]: Effects[D][M] extends 'read' ? `${D}.${M & string}` : never }[keyof Effects[D]];
}[Domain];

/** Operations that change something (or act outside the cache, like saving a file). */
export type WriteOpName = Exclude<OpName, ReadOpName>;

/** The domains a successful call of `name` makes stale. */
export function invalidatedBy(name: WriteOpName): readonly Domain[] {
  const dot = name.indexOf('.');
  const domain = name.slice(0, dot) as Domain;
  const effect = (operationEffects[domain] as Record<string, Effect>)[name.slice(dot + 1)];
  return effect === undefined || effect === 'read' ? [] : effect.invalidates;
}
