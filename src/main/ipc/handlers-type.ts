import type { Contract, Domain } from '../../shared/ipc/contract';
import type { Operation } from '../../shared/ipc/operation';
import type { MainContext } from '../context';
import type { Handler } from './handle';

/** The handlers of one domain: exactly one per operation of the contract, checked by the compiler. */
export type DomainHandlers<D extends Domain> = {
  [M in keyof Contract[D]]: Handler<MainContext, Contract[D][M] & Operation>;
};
