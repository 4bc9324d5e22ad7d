import { randomUUID } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
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

/** What a streamed write's producer gets: append text (buffered; awaiting it lets a full buffer reach the disk). */
export type StreamWrite = (text: string) => Promise<void>;

/**
 * `writeFileAtomically` for content too large to hold as one string (an export of every
 * record): `produce` appends text piece by piece, and buffers of about `chunkBytes` go to the
 * same kind of hidden temp file, fsynced, renamed over the target and the folder fsynced. A
 * failure or a cancel (checked at every append and before the rename) removes the temp file and
 * leaves any older file under the name untouched. A failure of the file itself becomes an
 * UNAVAILABLE AppError naming it; whatever `produce` throws is rethrown as it is. Returns the
 * bytes written.
 */
export async function writeStreamAtomically(path: string, produce: (write: StreamWrite) => Promise<void>, options: Omit<AtomicWriteOptions, 'onProgress'> = {}): Promise<number> {
  const { signal, chunkBytes = DEFAULT_CHUNK_BYTES } = options;
  const temp = join(dirname(path), `.${basename(path)}.${randomUUID()}.partial`);
  // Errors of the file system, told apart from the producer's own (a database error is not "could not write there").
  const fileErrors = new WeakSet<object>();
  const onFile = async <T>(step: Promise<T>): Promise<T> => {
    try {
      return await step;
    } catch (error) {
      if (typeof error === 'object' && error !== null) fileErrors.add(error);
      throw error;
    }
  };
  let handle: FileHandle | undefined;
  let pending: string[] = [];
  let pendingLength = 0;
  let written = 0;
  const flush = async () => {
    if (pendingLength === 0 || !handle) return;
    const bytes = Buffer.from(pending.join(''), 'utf8');
    pending = [];
    pendingLength = 0;
    let offset = 0;
    while (offset < bytes.length) offset += (await onFile(handle.write(bytes, offset, bytes.length - offset))).bytesWritten;
    written += bytes.length;
  };
  try {
    signal?.throwIfAborted();
    handle = await onFile(open(temp, 'wx'));
    await produce(async (text) => {
      signal?.throwIfAborted();
      pending.push(text);
      // UTF-16 length: a close enough measure of the buffer's size to decide when to flush.
      pendingLength += text.length;
      if (pendingLength >= chunkBytes) await flush();
    });
    signal?.throwIfAborted();
    await flush();
    await onFile(handle.sync());
    await onFile(handle.close());
    handle = undefined;
    signal?.throwIfAborted();
    await onFile(rename(temp, path));
  } catch (error) {
    await handle?.close().catch(() => {});
    await rm(temp, { force: true }).catch(() => {});
    if (signal?.aborted) throw signal.reason;
    if (error instanceof AppError || !(typeof error === 'object' && error !== null && fileErrors.has(error))) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new AppError('UNAVAILABLE', `Fieldbook could not write ${basename(path)} there (${reason}). Nothing was saved; choose another folder.`);
  }
  await syncFolder(dirname(path));
  return written;
}
