import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateAccountInput } from '../../src/shared/accounts/schema';
import { ContactFields } from '../../src/shared/contacts/schema';
import { FeedbackFields } from '../../src/shared/feedback/schema';
import { listOperations } from '../../src/shared/ipc/contract';
import { ApiError, callOp } from '../../src/renderer/src/api/client';
import { showServerErrors } from '../../src/renderer/src/api/form-errors';
import { invalidatedBy, operationEffects, type WriteOpName } from '../../src/renderer/src/api/operation-effects';
import type { OpName } from '../../src/renderer/src/api/operations';
import { invalidateAfter } from '../../src/renderer/src/api/query-client';
import { queryKeys } from '../../src/renderer/src/api/query-keys';
import { fieldNamesOf } from '../../src/renderer/src/api/use-api-form';
import { emptyContact } from '../../src/renderer/src/contacts/contact-form-values';

afterEach(() => vi.unstubAllGlobals());

describe('the renderer data layer', () => {
  it('says for every contract operation whether it reads or what it changes', () => {
    const declared = Object.entries(operationEffects).flatMap(([domain, ops]) => Object.keys(ops).map((m) => `${domain}.${m}`));
    expect(declared.sort()).toEqual(listOperations().map(({ domain, method }) => `${domain}.${method}`).sort());
  });

  it('a change refreshes the reads of the domains it declares, and leaves the others cached', async () => {
    const client = new QueryClient();
    const seed = (name: OpName, input: unknown) => client.setQueryData([...queryKeys.read(name as 'accounts.list', input as never)], []);
    seed('contacts.list', { accountId: 'a' });
    seed('accounts.list', { sort: 'name' });
    seed('licenses.list', { accountId: 'a' });

    await invalidateAfter(client, 'contacts.create');

    const stale = (name: OpName) => client.getQueryCache().findAll({ queryKey: queryKeys.operation(name) }).every((q) => q.isStale());
    expect(stale('contacts.list')).toBe(true);
    // The accounts table counts contacts.
    expect(stale('accounts.list')).toBe(true);
    expect(client.getQueryState(queryKeys.read('licenses.list', { accountId: 'a' }))?.isInvalidated).toBe(false);
  });

  it('changes that write the audit log refresh it', () => {
    const writesAudit: WriteOpName[] = ['licenses.issue', 'licenses.revoke', 'licenses.saveFile', 'keys.rotate', 'keys.exportPublicKey'];
    for (const name of writesAudit) expect(invalidatedBy(name)).toContain('audit');
  });

  it('calls an operation by name and unwraps its envelope', async () => {
    const list = vi.fn(async (input: unknown) => ({ ok: true as const, value: [{ input }] }));
    vi.stubGlobal('window', { api: { contacts: { list } } });
    await expect(callOp('contacts.list', { accountId: 'x' })).resolves.toEqual([{ input: { accountId: 'x' } }]);
    expect(list).toHaveBeenCalledWith({ accountId: 'x' });
  });

  it('turns a failed envelope into an ApiError carrying the field issues', async () => {
    const issues = [{ path: ['fields', 'email'], message: 'Enter an email address like name@company.com' }];
    const create = vi.fn(async () => ({ ok: false as const, error: { code: 'INVALID_INPUT' as const, message: 'Check the fields', issues } }));
    vi.stubGlobal('window', { api: { contacts: { create } } });
    const error = await callOp('contacts.create', { accountId: 'x', fields: { ...emptyContact(), name: 'A' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).issues).toEqual(issues);
  });
});

describe('the form helper', () => {
  it('knows the fields of each form schema, so main’s issues find them', () => {
    expect(fieldNamesOf(CreateAccountInput)).toEqual(expect.arrayContaining(['name', 'arr', 'renewalDate']));
    expect(fieldNamesOf(ContactFields)).toEqual(expect.arrayContaining(['name', 'email', 'leftOn']));
    expect(fieldNamesOf(FeedbackFields)).toEqual(expect.arrayContaining(['request', 'whys', 'rootCause', 'askedBy']));
  });

  it('puts an issue under the operation’s `fields` onto the form field it names', () => {
    const setError = vi.fn();
    const error = new ApiError('INVALID_INPUT', 'Check the fields', [{ path: ['fields', 'whys', 1], message: 'Say why in a few words' }]);
    const unplaced = showServerErrors(error, setError, fieldNamesOf(FeedbackFields), ['fields']);
    expect(setError).toHaveBeenCalledWith('whys.1', { type: 'server', message: 'Say why in a few words' }, { shouldFocus: true });
    expect(unplaced).toBeNull();
  });

  it('shows an issue that names no field of the form for the form as a whole', () => {
    const setError = vi.fn();
    const error = new ApiError('CONFLICT', 'An account with this name exists', [{ path: ['id'], message: 'This account was archived' }]);
    expect(showServerErrors(error, setError, fieldNamesOf(ContactFields), ['fields'])).toBe('This account was archived');
    expect(setError).not.toHaveBeenCalled();
  });
});
