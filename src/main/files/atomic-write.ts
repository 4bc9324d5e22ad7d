import { randomUUID } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../ipc/app-error';

export interface AtomicWriteOptions {
  /** Stops between chunks; the temp file is removed and the signal's reason thrown. */
  signal?: AbortSignal;
  /** Called after each chunk with bytes written so far and the total. */
  onProgress?: (written: number, total: number) => void;
  /** Bytes per write; small enough that a cancel takes effect promptly. */
  chunkBytes?: number;
}

const DEFAULT_CHUNK_BYTES = 256 * 1024;

/** Flushes the folder's entry for the renamed file; not every OS lets a folder be opened for that (Windows). */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // EISDIR / EPERM / EINVAL on platforms that can't fsync a directory: the rename stands.
  } finally {
    await handle?.close().catch(() => {});
  }
}

/**
 * The one way Fieldbook writes a file the user asked for (every export, license, key): a
 * hidden temp file in the same folder, written and fsynced, then renamed over the target and
 * the folder fsynced. A crash, a failure or a cancel never leaves half a file under the name
 * the user chose, and the temp file is removed on failure or cancel.
 *
 * Failures become an UNAVAILABLE AppError naming the file; a cancel rethrows the signal's reason.
 */
export async function writeFileAtomically(path: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const { signal, onProgress, chunkBytes = DEFAULT_CHUNK_BYTES } = options;
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.partial`);
  let handle;
  try {
    signal?.throwIfAborted();
    handle = await open(temp, 'wx');
    let written = 0;
    do {
      signal?.throwIfAborted();
      const end = Math.min(bytes.length, written + chunkBytes);
      const { bytesWritten } = await handle.write(bytes, written, end - written);
      written += bytesWritten;
      onProgress?.(written, bytes.length);
    } while (written < bytes.length);
    await handle.sync();
    await handle.close();
    handle = undefined;
    signal?.throwIfAborted();
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => {});
    await rm(temp, { force: true }).catch(() => {});
    if (signal?.aborted) throw signal.reason;
    if (error instanceof AppError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new AppError('UNAVAILABLE', `Fieldbook could not write ${basename(path)} there (${reason}). Nothing was saved; choose another folder.`);
  }
  await syncFolder(dirname(path));
}
