import type { Migration } from '../migration';

/** Stands in for the on-site day branch's migration 0012; replaced by it when the branches are merged. */
export const reservedOnsiteDay: Migration = { version: 12, name: 'reserved for on-site day', up: () => {} };
