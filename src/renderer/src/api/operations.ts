import type { Contract, Domain } from '../../../shared/ipc/contract';
import type { InputOf, OutputOf } from '../../../shared/ipc/operation';

/** A contract operation named the way the renderer refers to it: `domain.method`, e.g. `accounts.create`. */
export type OpName = { [D in Domain]: `${D}.${keyof Contract[D] & string}` }[Domain];

/** The operation object an `OpName` stands for. */
export type OpOf<N extends OpName> = N extends `${infer D extends Domain}.${infer M}`
  ? M extends keyof Contract[D]
    ? Contract[D][M]
    : never
  : never;

export type OpInput<N extends OpName> = InputOf<OpOf<N>>;
export type OpOutput<N extends OpName> = OutputOf<OpOf<N>>;

/** Splits `accounts.create` into its domain and method. */
export function splitOpName(name: OpName): { domain: Domain; method: string } {
  const dot = name.indexOf('.');
  return { domain: name.slice(0, dot) as Domain, method: name.slice(dot + 1) };
}
