import type { Migration } from '../migration';

/** Stands in for the hardening branch's migration 0011; replaced by it when the branches are merged. */
export const reservedHardening: Migration = { version: 11, name: 'reserved for hardening', up: () => {} };
