import type { Migration } from '../migration';

/** Stands in for the data-safety branch's migration 0013; replaced by it when the branches are merged. */
export const reservedDataSafety: Migration = { version: 13, name: 'reserved for data safety', up: () => {} };
