import type { Migration } from '../migration';

/** Holds version 14 for the lifecycle branch's migration until the branches are merged (the lead replaces it). */
export const reservedLifecycle: Migration = { version: 14, name: 'reserved for lifecycle', up: () => {} };
