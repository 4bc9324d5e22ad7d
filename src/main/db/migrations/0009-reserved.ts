import type { Migration } from '../migration';

/**
 * Stands in for the groundwork's 0009 (typed settings) until that branch is merged here;
 * replaced by it at the merge. It changes nothing.
 */
export const reserved: Migration = {
  version: 9,
  name: 'reserved-for-groundwork',
  up: () => {},
};
