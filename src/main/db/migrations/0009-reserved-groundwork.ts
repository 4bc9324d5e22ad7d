import type { Migration } from '../migration';

/**
 * Stands in for the groundwork branch's migration 0009 so this branch's 0012 runs in order;
 * replaced by that migration when the branches are merged.
 */
export const reservedGroundwork: Migration = { version: 9, name: 'reserved for groundwork (typed settings)', up: () => {} };
