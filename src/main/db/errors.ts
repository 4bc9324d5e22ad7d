/** What is wrong with a refused data file, for the recovery screen's wording. */
export type RefusalKind = 'damaged' | 'foreign' | 'newer' | 'unreadable';

/** The data file can't be used as it is; it was left exactly as it was found. */
export class StoreUnavailableError extends Error {
  constructor(
    message: string,
    readonly databaseFile: string,
    readonly kind: RefusalKind = 'unreadable',
  ) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}
