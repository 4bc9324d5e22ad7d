import { z } from 'zod';
import type { Envelope } from './envelope';
import type { InputOf, Operation, OutputOf } from './operation';
import { accounts } from './domains/accounts';
import { checklist } from './domains/checklist';
import { app, settings } from './domains/app';
import { contacts } from './domains/contacts';
import { feedback } from './domains/feedback';
import { audit, keys, licenses } from './domains/licenses';
import { tasks } from './domains/tasks';
import { checkins } from './domains/checkins';
import { search } from './domains/search';
import { health, today } from './domains/health';
import { operations } from './domains/operations';
import { blockers } from './domains/blockers';
import { handover } from './domains/handover';
import { event, type EventDecl, type PayloadOf } from './event';
import { OperationProgress } from './long-operation';
import { AlertsRaised } from '../health/schema';
import { session } from './domains/session';
import { backups, recovery } from './domains/backups';
import { everything } from './domains/everything';
import { lifecycle } from './domains/lifecycle';
import { growth } from './domains/growth';
import { qbr } from './domains/qbr';
import { crmImport } from './domains/crm-import';
import { bundles } from './domains/bundles';
import { DataCheck } from '../backups/schema';

/**
 * Every IPC operation, grouped by domain. This object is the only list of channels: the
 * preload exposes exactly these methods and main registers exactly these handlers.
 */
export const contract = {
  app,
  settings,
  accounts,
  contacts,
  tasks,
  checkins,
  search,
  checklist,
  feedback,
  licenses,
  keys,
  audit,
  health,
  today,
  qbr,
  operations,
  session,
  blockers,
  handover,
  backups,
  recovery,
  everything,
  lifecycle,
  growth,
  crmImport,
  bundles,
} as const;

export type Contract = typeof contract;
export type Domain = keyof Contract;

/**
 * Every event main sends to the page, by name. Like `contract`, this object is the only list:
 * `ctx.emit` sends these, the preload's `api.on(name, …)` accepts exactly these names.
 */
export const events = {
  /** A long operation's progress (see `long-operation.ts`). */
  operationProgress: event('operations:progress', OperationProgress),
  /** Early-warning alerts main raised: an open Today or Health tab shows them without a reload. */
  alertsRaised: event('health:alertsRaised', AlertsRaised),
  /** The store reopened on other data (a backup restored, a recovery choice): every view is stale. */
  dataReplaced: event('data:replaced', z.object({ reason: z.enum(['restore', 'recovery', 'damaged']) }).strict()),
  /** The launch check has answered (a damaged book is `dataReplaced` instead): the page drops its "Checking your data file" line. */
  launchChecked: event('data:launchChecked', z.object({}).strict()),
  /** The data file's thorough check finished (idle, launch or on request): Settings shows its date and verdict. */
  dataChecked: event('data:checked', DataCheck),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;

/** Subscribes to one event; the listener gets the payload only. Returns the unsubscribe. */
export type OnEvent = <K extends EventName>(name: K, listener: (payload: PayloadOf<Events[K]>) => void) => () => void;

/** The renderer's view of the contract: `api.accounts.list(input)` resolves to an envelope. */
export type Api = {
  [D in Domain]: {
    [M in keyof Contract[D]]: (
      ...args: undefined extends InputOf<Contract[D][M]> ? [input?: InputOf<Contract[D][M]>] : [input: InputOf<Contract[D][M]>]
    ) => Promise<Envelope<OutputOf<Contract[D][M]>>>;
  };
} & { on: OnEvent };

/** Every event with its name, in a stable order. */
export function listEvents(): { name: string; decl: EventDecl }[] {
  return Object.entries(events).map(([name, decl]) => ({ name, decl }));
}

/** Every operation with its domain and method name, in a stable order. */
export function listOperations(): { domain: string; method: string; op: Operation }[] {
  return Object.entries(contract).flatMap(([domain, ops]) =>
    Object.entries(ops as Record<string, Operation>).map(([method, op]) => ({ domain, method, op })),
  );
}
