/** The data file can't be used as it is; it was left exactly as it was found. */
export class StoreUnavailableError extends Error {
  constructor(
    message: string,
    readonly databaseFile: string,
  ) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}
