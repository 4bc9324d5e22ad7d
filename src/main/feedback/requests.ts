import { requireWritableAccount } from '../accounts/read-only';
import { randomUUID } from 'node:crypto';
import type { FeedbackFields, FeedbackRequest, ListFeedbackInput } from '../../shared/feedback/schema';
import { getAccount } from '../accounts/service';
import type { FeedbackRequestsTable } from '../db/schema';
import type { Store } from '../db/store';
import { AppError, notFound } from '../ipc/app-error';
import { removeDocument } from '../search/documents';
import {
  accountContactIds,
  deleteRequest,
  findRequest,
  findRequestRow,
  insertRequest,
  queryRequests,
  updateRequestFields,
  writeChainAndPeople,
} from './requests-repository';
import { indexRequest } from './search-document';

export function requireRequestRow(store: Store, id: string): FeedbackRequestsTable {
  const row = findRequestRow(store, id);
  if (!row) throw notFound('That feedback');
  return row;
}

export function getRequest(store: Store, id: string): FeedbackRequest {
  const request = findRequest(store, id);
  if (!request) throw notFound('That feedback');
  return request;
}

/** An account's, a note's or a theme's requests, newest first. */
export function listRequests(store: Store, input: ListFeedbackInput): FeedbackRequest[] {
  if (input.accountId) getAccount(store, input.accountId);
  return queryRequests(store, input);
}

/** Who asked must be the account's own contacts. */
function checkAskedBy(store: Store, accountId: string, contactIds: readonly string[]): void {
  if (contactIds.length === 0) return;
  const found = accountContactIds(store, accountId, contactIds);
  if (found.length !== contactIds.length) {
    const message = "Pick who asked from this account's contacts";
    throw new AppError('INVALID_INPUT', message, [{ path: ['fields', 'askedBy'], message }]);
  }
}

export function createRequest(store: Store, accountId: string, fields: FeedbackFields, now: Date): FeedbackRequest {
  return store.tx(() => {
    requireWritableAccount(store, accountId, 'feedback');
    checkAskedBy(store, accountId, fields.askedBy);
    const id = randomUUID();
    insertRequest(store, id, accountId, fields, now.toISOString());
    writeChainAndPeople(store, id, fields);
    const created = getRequest(store, id);
    indexRequest(store, created);
    return created;
  });
}

export function updateRequest(store: Store, id: string, fields: FeedbackFields, now: Date): FeedbackRequest {
  return store.tx(() => {
    const row = requireRequestRow(store, id);
    requireWritableAccount(store, row.account_id, 'feedback');
    checkAskedBy(store, row.account_id, fields.askedBy);
    updateRequestFields(store, id, fields, now.toISOString());
    writeChainAndPeople(store, id, fields);
    const updated = getRequest(store, id);
    indexRequest(store, updated);
    return updated;
  });
}

export function removeRequest(store: Store, id: string): { id: string } {
  return store.tx(() => {
    const row = requireRequestRow(store, id);
    requireWritableAccount(store, row.account_id, 'feedback');
    deleteRequest(store, id);
    removeDocument(store, 'feedback', id);
    return { id };
  });
}
