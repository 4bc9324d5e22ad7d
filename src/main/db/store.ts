import type { Database, RunResult, Statement } from 'better-sqlite3';
import {
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
} from 'kysely';
import type { Schema } from './schema';

interface Compilable<O> {
  compile(): CompiledQuery<O>;
}

/**
 * The one handle services get. Kysely builds typed SQL; better-sqlite3 runs it synchronously,
 * so a handler's reads and writes can't interleave with another call's, and a write returns
 * only after its transaction committed.
 */
export interface Store {
  readonly sqlite: Database;
  readonly q: Kysely<Schema>;
  all<O>(query: Compilable<O>): O[];
  first<O>(query: Compilable<O>): O | undefined;
  run(query: Compilable<unknown>): RunResult;
  /** Runs `fn` in one `BEGIN IMMEDIATE` transaction (nested calls become savepoints). */
  tx<T>(fn: () => T): T;
}

/** Kysely as a query builder only: it compiles, the `Store` executes. */
const builder = new Kysely<Schema>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

export function createStore(sqlite: Database): Store {
  const statements = new Map<string, Statement<unknown[]>>();
  const prepare = (sql: string) => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = sqlite.prepare<unknown[]>(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  };
  const params = (c: CompiledQuery<unknown>) => c.parameters as unknown[];

  return {
    sqlite,
    q: builder,
    all: <O>(query: Compilable<O>) => {
      const c = query.compile();
      return prepare(c.sql).all(...params(c)) as O[];
    },
    first: <O>(query: Compilable<O>) => {
      const c = query.compile();
      return prepare(c.sql).get(...params(c)) as O | undefined;
    },
    run: (query) => {
      const c = query.compile();
      return prepare(c.sql).run(...params(c));
    },
    tx: <T>(fn: () => T) => sqlite.transaction(fn).immediate(),
  };
}
