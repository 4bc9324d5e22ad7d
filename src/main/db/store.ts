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
import { registerSqlFunctions } from './sql-functions';

interface Compilable<O> {
  compile(): CompiledQuery<O>;
}

/**
 * The one handle services get, and the one place SQL runs from: one statement cache per open
 * database, shared by kysely-built queries and fixed SQL. Kysely builds typed SQL; better-sqlite3 runs it synchronously,
 * so a handler's reads and writes can't interleave with another call's, and a write returns
 * only after its transaction committed.
 */
export interface Store {
  readonly sqlite: Database;
  readonly q: Kysely<Schema>;
  all<O>(query: Compilable<O>): O[];
  first<O>(query: Compilable<O>): O | undefined;
  run(query: Compilable<unknown>): RunResult;
  /**
   * The cached prepared statement for fixed SQL that kysely can't type (FTS5 tables and
   * commands) or that is too hot to rebuild per call. Values are always bound parameters; only
   * table names from `ftsTable()` are ever spliced into `sql`. Same cache as `all`/`first`/`run`.
   */
  prepared(sql: string): Statement<unknown[]>;
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
  registerSqlFunctions(sqlite);
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
    prepared: prepare,
    tx: <T>(fn: () => T) => sqlite.transaction(fn).immediate(),
  };
}
