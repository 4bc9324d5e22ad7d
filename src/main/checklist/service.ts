import { requireWritableAccount } from '../accounts/read-only';
import { randomUUID } from 'node:crypto';
import type { AddChecklistItemInput, Checklist, UpdateChecklistItemInput } from '../../shared/checklist/schema';
import { READINESS_TEMPLATE, type ChecklistTemplate } from '../../shared/checklist/template';
import { buildChecklist } from '../../shared/checklist/view';
import { findAccount } from '../accounts/repository';
import type { ChecklistInstancesTable } from '../db/schema';
import type { Store } from '../db/store';
import { AppError, notFound } from '../ipc/app-error';
import type { Actor } from '../settings/actor';
import {
  findInstance,
  findItem,
  insertInstance,
  insertItem,
  listStoredItems,
  nextPosition,
  rewordTemplateItem,
  setInstanceTemplateVersion,
  updateItemColumns,
} from './repository';
import { syncChecklistItemDocument } from './search-document';

function loadChecklist(store: Store, accountId: string, template: ChecklistTemplate, known?: ChecklistInstancesTable): Checklist {
  const instance = known ?? findInstance(store, accountId);
  if (!instance) throw notFound("That account's checklist");
  return buildChecklist(template, accountId, instance.template_version, listStoredItems(store, accountId));
}

/**
 * Adds the template items this account does not have yet and takes the template's current
 * wording for the ones it has; statuses, notes and evidence are left alone.
 */
function addMissingTemplateItems(store: Store, accountId: string, template: ChecklistTemplate, at: string): void {
  let position = nextPosition(store, accountId);
  for (const section of template.sections) {
    for (const item of section.items) {
      const reworded = rewordTemplateItem(store, accountId, item.key, item.text);
      if (reworded) syncChecklistItemDocument(store, reworded);
      const inserted = insertItem(
        store,
        {
          id: randomUUID(),
          account_id: accountId,
          section_key: section.key,
          template_key: item.key,
          text: item.text,
          position,
          status: 'todo',
          note: '',
          evidence: '',
          changed_by: '',
          changed_at: null,
          created_at: at,
          removed_at: null,
        },
        { skipIfTemplateItemExists: true },
      );
      if (inserted) position += 1;
    }
  }
}

/**
 * An account's readiness checklist. The first open lays out the template; an instance made
 * from an older template gains the newer template's items. Opening again changes nothing.
 */
export function openChecklist(
  store: Store,
  accountId: string,
  now: Date,
  template: ChecklistTemplate = READINESS_TEMPLATE,
): Checklist {
  const instance = findInstance(store, accountId);
  // The usual case: laid out and current, so opening is two reads.
  if (instance && instance.template_version >= template.version) return loadChecklist(store, accountId, template, instance);
  store.tx(() => {
    if (!findAccount(store, accountId)) throw notFound('That account');
    const at = now.toISOString();
    const current = findInstance(store, accountId);
    if (!current) {
      insertInstance(store, { account_id: accountId, template_version: template.version, created_at: at, updated_at: at });
    } else if (current.template_version >= template.version) {
      return;
    } else {
      setInstanceTemplateVersion(store, accountId, template.version, at);
    }
    addMissingTemplateItems(store, accountId, template, at);
  });
  return loadChecklist(store, accountId, template);
}

function requireLiveItem(store: Store, id: string) {
  const item = findItem(store, id);
  if (!item || item.removed_at !== null) throw notFound('That checklist item');
  return item;
}

/**
 * Sets an item's status, note or evidence and records who (`actor`, the CSM named in Settings) and
 * when. Saving what is already there is not a change and leaves who / when as they were.
 */
export function updateChecklistItem(
  store: Store,
  input: UpdateChecklistItemInput,
  now: Date,
  actor: Actor,
  template: ChecklistTemplate = READINESS_TEMPLATE,
): Checklist {
  return store.tx(() => {
    const item = requireLiveItem(store, input.id);
    requireWritableAccount(store, item.account_id, 'readiness checklist');
    const next = {
      status: input.changes.status ?? item.status,
      note: input.changes.note ?? item.note,
      evidence: input.changes.evidence ?? item.evidence,
    };
    if (next.status !== item.status || next.note !== item.note || next.evidence !== item.evidence) {
      updateItemColumns(store, item.id, { ...next, changed_by: actor.name, changed_at: now.toISOString() });
    }
    if (next.note !== item.note || next.evidence !== item.evidence) syncChecklistItemDocument(store, item.id);
    return loadChecklist(store, item.account_id, template);
  });
}

/** Adds a custom item at the end of a section. */
export function addChecklistItem(
  store: Store,
  input: AddChecklistItemInput,
  now: Date,
  actor: Actor,
  template: ChecklistTemplate = READINESS_TEMPLATE,
): Checklist {
  if (!template.sections.some((s) => s.key === input.sectionKey)) {
    const message = "That section isn't part of the readiness checklist.";
    throw new AppError('INVALID_INPUT', message, [{ path: ['sectionKey'], message }]);
  }
  openChecklist(store, input.accountId, now, template);
  return store.tx(() => {
    requireWritableAccount(store, input.accountId, 'readiness checklist');
    const at = now.toISOString();
    insertItem(store, {
      id: randomUUID(),
      account_id: input.accountId,
      section_key: input.sectionKey,
      template_key: null,
      text: input.text,
      position: nextPosition(store, input.accountId),
      status: 'todo',
      note: '',
      evidence: '',
      changed_by: actor.name,
      changed_at: at,
      created_at: at,
      removed_at: null,
    });
    return loadChecklist(store, input.accountId, template);
  });
}

/**
 * Removes a custom item (it can be brought back with `restoreChecklistItem`). Template items
 * stay: an item that does not apply is marked "not applicable" instead.
 */
export function removeChecklistItem(
  store: Store,
  id: string,
  now: Date,
  template: ChecklistTemplate = READINESS_TEMPLATE,
): Checklist {
  return store.tx(() => {
    const item = requireLiveItem(store, id);
    requireWritableAccount(store, item.account_id, 'readiness checklist');
    if (item.template_key !== null) {
      throw new AppError(
        'CONFLICT',
        "Items from the readiness template can't be removed. Mark it \"not applicable\" if it doesn't apply to this customer.",
      );
    }
    updateItemColumns(store, id, { removed_at: now.toISOString() });
    syncChecklistItemDocument(store, id);
    return loadChecklist(store, item.account_id, template);
  });
}

/** Undoes a removal: the item comes back where it was, with its status, note and evidence. */
export function restoreChecklistItem(
  store: Store,
  id: string,
  template: ChecklistTemplate = READINESS_TEMPLATE,
): Checklist {
  return store.tx(() => {
    const item = findItem(store, id);
    if (!item) throw notFound('That checklist item');
    if (item.removed_at !== null) {
      requireWritableAccount(store, item.account_id, 'readiness checklist');
      updateItemColumns(store, id, { removed_at: null });
      syncChecklistItemDocument(store, id);
    }
    return loadChecklist(store, item.account_id, template);
  });
}
