import type { Migration } from '../migration';

/** Stands in for the health branch's migration 0010; replaced by it when the branches are merged. */
export const reservedHealth: Migration = { version: 10, name: 'reserved for health', up: () => {} };
