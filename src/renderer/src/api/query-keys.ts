import type { Domain } from '../../../shared/ipc/contract';
import type { OpInput, OpName } from './operations';
import { splitOpName } from './operations';

/**
 * The one place query keys are made. Every key starts with the contract domain, then the
 * method, then the input: `['accounts', 'list', { sort: 'name' }]`. So invalidating a domain
 * (`queryKeys.domain('tasks')`) reaches every read of it, and a read's key is derived from the
 * same name that calls it — no hand-written key can drift from the operation it caches.
 */
export const queryKeys = {
  /** Every cached read of a domain. */
  domain: (domain: Domain) => [domain] as const,
  /** Every cached read of one operation, whatever its input. */
  operation: (name: OpName) => {
    const { domain, method } = splitOpName(name);
    return [domain, method] as const;
  },
  /** One read: the operation with this input. */
  read: <N extends OpName>(name: N, input: OpInput<N>) => {
    const { domain, method } = splitOpName(name);
    return [domain, method, input ?? null] as const;
  },
  /** A read fetched page by page (an infinite query): its data is the list of pages, so its key differs from the single read's. */
  pages: <N extends OpName>(name: N, input: OpInput<N>) => [...queryKeys.read(name, input), 'pages'] as const,
};
