import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { checkIntegrityOffThread, type IntegrityChecker } from '../../src/main/db/integrity-check';

/** A launch check whose answer the test lets through: the real worker-thread check, run on release. */
export function heldCheck() {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const asked: { thorough: boolean }[] = [];
  const check: IntegrityChecker = async (path, options) => {
    asked.push({ thorough: options.thorough });
    await released;
    return checkIntegrityOffThread(path, options);
  };
  return { check, release, asked };
}

/** Overwrites pages near the end of the file (a filler table's), as a bad sector or a torn copy would. */
export function damageTail(file: string): void {
  const size = statSync(file).size;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096 * 8, 0xa5), 0, 4096 * 8, size - 4096 * 12);
  closeSync(fd);
}

/** Lets every pending promise and I/O callback run, so a call that could answer has answered. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

/** A promise and whether it has settled yet. */
export function tracked<T>(promise: Promise<T>) {
  const state = { settled: false, promise };
  void promise.finally(() => (state.settled = true));
  return state;
}
