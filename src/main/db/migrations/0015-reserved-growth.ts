import type { Migration } from '../migration';

/** Holds version 15 for the growth branch's migration until the branches are merged (the lead replaces it). */
export const reservedGrowth: Migration = { version: 15, name: 'reserved for growth', up: () => {} };
