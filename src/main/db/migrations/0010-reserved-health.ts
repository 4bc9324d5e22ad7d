import type { Migration } from '../migration';

/**
 * Stands in for the health branch's migration 0010 so this branch's 0011 runs in order;
 * replaced by that migration when the branches are merged (drop this file then).
 */
export const reservedHealth: Migration = { version: 10, name: 'reserved for health scores', up: () => {} };
