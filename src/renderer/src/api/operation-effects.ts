import type { Access, OperationAccess } from '../../../shared/ipc/access';
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

/**
 * The effect an operation may declare, given its access in src/shared/ipc/access.ts (which main
 * acts on at launch): a `'write'` says what it makes stale and can never be cached as a query; a
 * `'read'` is cached, or — called as a mutation (verify a license, cancel, reveal the file) —
 * makes nothing stale. So the two tables cannot disagree: mismatching them is a type error.
 */
type EffectFor<A> = A extends Extract<Access, 'write'>
  ? { readonly invalidates: readonly Domain[] }
  : A extends Extract<Access, 'read'>
    ? 'read' | { readonly invalidates: readonly [] }
    : never;

/** Everything a change to an account's record touches: lists and views that show account fields. */
const ACCOUNT_VIEWS = ['accounts', 'tasks', 'checklist', 'feedback', 'licenses', 'search', 'health', 'today', 'handover', 'lifecycle', 'growth', 'qbr'] as const;
/**
 * The account at a glance (issue 16): Overview's summary (`handover.glance`) and the accounts
 * table's columns, moved by notes, action items, readiness, licenses and blockers.
 */
const GLANCE = ['handover', 'accounts'] as const;
/** Every domain holding data main stores (a bulk load touches them all). */
const ALL_DATA = ['accounts', 'contacts', 'tasks', 'checkins', 'checklist', 'feedback', 'licenses', 'keys', 'audit', 'search', 'health', 'today', 'blockers', 'handover', 'lifecycle', 'growth'] as const;
/**
 * What a health change shows in: the account's Health tab, Today, the accounts table's Health
 * column, growth's upsell guardrails (red or falling health is one) and the QBR preview (its
 * usage, goals and feedback sections read health and the lifecycle records).
 */
const HEALTH_VIEWS = ['health', 'today', 'accounts', 'growth', 'qbr'] as const;

export const operationEffects = {
  app: { status: 'read', dataLocation: 'read', revealDataFile: { invalidates: [] }, loadSampleData: { invalidates: ALL_DATA } },
  settings: { get: 'read', update: { invalidates: ['settings'] } },
  accounts: {
    list: 'read',
    page: 'read',
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
    // A champion marked as gone raises an alert; growth lists contacts' advocacy.
    create: { invalidates: ['contacts', 'accounts', 'checkins', 'feedback', 'search', 'health', 'today', 'growth'] },
    update: { invalidates: ['contacts', 'accounts', 'checkins', 'feedback', 'search', 'health', 'today', 'growth'] },
    remove: { invalidates: ['contacts', 'accounts', 'checkins', 'feedback', 'search', 'growth'] },
  },
  tasks: {
    list: 'read',
    // A note's action items are tasks, shown in the timeline.
    // Today ranks open tasks; open / overdue action items show at a glance (Overview, accounts table).
    create: { invalidates: ['tasks', 'checkins', 'search', 'today', ...GLANCE] },
    update: { invalidates: ['tasks', 'checkins', 'search', 'today', ...GLANCE] },
    setDone: { invalidates: ['tasks', 'checkins', 'today', ...GLANCE] },
    snooze: { invalidates: ['tasks', 'checkins', 'today'] },
    remove: { invalidates: ['tasks', 'checkins', 'search', 'today', ...GLANCE] },
  },
  checkins: {
    list: 'read',
    get: 'read',
    // A note's marked lines raise blockers (on Today); its date is the account's last touch.
    save: { invalidates: ['checkins', 'search', 'blockers', 'today', ...GLANCE] },
    remove: { invalidates: ['checkins', 'tasks', 'feedback', 'search', 'blockers', 'today', ...GLANCE] },
    restore: { invalidates: ['checkins', 'tasks', 'feedback', 'search', 'blockers', 'today', ...GLANCE] },
    addActionItem: { invalidates: ['checkins', 'tasks', 'search', 'today', ...GLANCE] },
  },
  search: { query: 'read' },
  checklist: {
    open: 'read',
    update: { invalidates: ['checklist', 'search', ...GLANCE] },
    addItem: { invalidates: ['checklist', 'search', ...GLANCE] },
    removeItem: { invalidates: ['checklist', 'search', ...GLANCE] },
    restoreItem: { invalidates: ['checklist', 'search', ...GLANCE] },
  },
  feedback: {
    list: 'read',
    get: 'read',
    create: { invalidates: ['feedback', 'search', 'growth'] },
    update: { invalidates: ['feedback', 'search', 'growth'] },
    remove: { invalidates: ['feedback', 'search', 'growth'] },
    productAreas: 'read',
    link: { invalidates: ['feedback', 'growth'] },
    unlink: { invalidates: ['feedback', 'growth'] },
    getTheme: 'read',
    createTheme: { invalidates: ['feedback', 'search', 'growth'] },
    updateTheme: { invalidates: ['feedback', 'search', 'growth'] },
    removeTheme: { invalidates: ['feedback', 'search', 'growth'] },
    setThemeStatus: { invalidates: ['feedback', 'growth'] },
    suggestThemes: 'read',
    inbox: 'read',
    exportInbox: { invalidates: [] },
  },
  licenses: {
    list: 'read',
    // Issuing and revoking write the audit log; an issued license schedules renewal reminder
    // tasks, and the first one generates the signing key.
    // The first live license ticks the onboarding kit's license item (lifecycle).
    issue: { invalidates: ['licenses', 'audit', 'tasks', 'keys', 'health', 'today', 'lifecycle', ...GLANCE] },
    revoke: { invalidates: ['licenses', 'audit', 'tasks', 'health', 'today', 'lifecycle', ...GLANCE] },
    // Saving a license file is audited.
    saveFile: { invalidates: ['audit'] },
    // A calendar file is written where the CSM chose; nothing main keeps changes.
    saveCalendar: { invalidates: [] },
    // Sharing is shown with the license and written to the audit log.
    recordShare: { invalidates: ['licenses', 'audit'] },
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
  backups: {
    list: 'read',
    create: { invalidates: ['backups'] },
    // The data is replaced after the reply; the dataReplaced event refreshes every view then.
    restore: { invalidates: ['backups'] },
    chooseFolder: { invalidates: ['backups', 'settings'] },
    useDefaultFolder: { invalidates: ['backups', 'settings'] },
    lastDataCheck: 'read',
    // Writes only the record beside the data file (its date and verdict), which `lastDataCheck` reads.
    checkDataFile: { invalidates: ['backups'] },
  },
  // Choosing reads the file into main only; a run adds and updates accounts and contacts (with their tasks, search entries and health).
  crmImport: { choose: { invalidates: [] }, preview: 'read', run: { invalidates: [...ACCOUNT_VIEWS, 'contacts'] } },
  // A bundle brings accounts with every record attached to them.
  bundles: { export: { invalidates: [] }, import: { invalidates: ALL_DATA }, saveConflicts: { invalidates: [] } },
  everything: { export: { invalidates: [] }, import: { invalidates: [...ALL_DATA, 'settings', 'backups'] } },
  // The data is replaced after the reply; dataReplaced refreshes everything (the app's status too).
  recovery: { options: 'read', restoreNewestBackup: { invalidates: [] }, openAnotherFile: { invalidates: [] }, startEmpty: { invalidates: [] } },
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
    recordSignals: 'read',
  },
  today: { list: 'read', portfolio: 'read', summary: 'read' },
  blockers: {
    list: 'read',
    raise: { invalidates: ['blockers', 'today', ...GLANCE] },
    resolve: { invalidates: ['blockers', 'today', ...GLANCE] },
    reopen: { invalidates: ['blockers', 'today', ...GLANCE] },
    setOwner: { invalidates: ['blockers', 'today', ...GLANCE] },
  },
  handover: {
    glance: 'read',
    recap: 'read',
    digest: 'read',
    // Saving writes a file the user chose; nothing cached changes.
    saveRecap: { invalidates: [] },
    saveDigest: { invalidates: [] },
  },
  // Every write answers with the account's lifecycle; surveys also write follow-up and survey
  // tasks; all of them write search documents. Growth reads tickets and escalations (upsell
  // guardrails) and NPS answers (promoters suggested for advocacy).
  lifecycle: {
    get: 'read',
    book: 'read',
    shareKitItem: { invalidates: ['lifecycle'] },
    unshareKitItem: { invalidates: ['lifecycle'] },
    // Milestones, tickets, escalations and surveys feed health's signals and triggers (and so
    // Today's alerts and the accounts table's health column).
    addGoal: { invalidates: ['lifecycle', 'search', ...HEALTH_VIEWS] },
    updateGoal: { invalidates: ['lifecycle', 'search', ...HEALTH_VIEWS] },
    addMilestone: { invalidates: ['lifecycle', 'search', ...HEALTH_VIEWS] },
    updateMilestone: { invalidates: ['lifecycle', 'search', ...HEALTH_VIEWS] },
    recordSurvey: { invalidates: ['lifecycle', 'search', 'tasks', ...HEALTH_VIEWS] },
    addTicket: { invalidates: ['lifecycle', 'search', ...HEALTH_VIEWS] },
    updateTicket: { invalidates: ['lifecycle', 'search', ...HEALTH_VIEWS] },
    openEscalation: { invalidates: ['lifecycle', 'search', ...HEALTH_VIEWS] },
    stepEscalation: { invalidates: ['lifecycle', ...HEALTH_VIEWS] },
    remove: { invalidates: ['lifecycle', 'search', ...HEALTH_VIEWS] },
  },
  growth: {
    listReleases: 'read',
    getRelease: 'read',
    recordRelease: { invalidates: ['growth'] },
    removeRelease: { invalidates: ['growth'] },
    // Notifying lays out tasks and ships the release's themes (feedback's close-the-loop path).
    notifyAccounts: { invalidates: ['growth', 'tasks', 'feedback', 'checkins', 'today'] },
    listOpportunities: 'read',
    checkGuardrails: 'read',
    createOpportunity: { invalidates: ['growth'] },
    updateOpportunity: { invalidates: ['growth'] },
    removeOpportunity: { invalidates: ['growth'] },
    listAdvocacy: 'read',
    saveAdvocacy: { invalidates: ['growth'] },
    removeAdvocacy: { invalidates: ['growth'] },
    promoters: 'read',
    figures: 'read',
  },
} as const satisfies {
  [D in Domain]: { [M in keyof Contract[D]]: M extends keyof OperationAccess[D] ? EffectFor<OperationAccess[D][M]> : never };
};

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
