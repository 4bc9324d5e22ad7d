import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Why a file was not read, in words that finish the sentence "Fieldbook did not read it: …". */
export class UnreadableFileError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableFileError';
  }
}

const formatBytes = (n: number) => (n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : n >= 1024 ? `${Math.round(n / 1024)} KB` : `${n} bytes`);

/**
 * The one way Fieldbook reads a file the user chose (license files now, imports next). Refuses
 * anything that is not a regular file (a folder, a pipe, a device such as /dev/zero) and never
 * reads more than `maxBytes + 1` bytes, whatever `stat` says: a pipe or device reports size 0
 * and then never ends. The file is opened non-blocking so a pipe with no writer can't hang the
 * open, and checked through the open handle, so it can't be swapped between check and read.
 */
export async function readFileBounded(path: string, maxBytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new UnreadableFileError(`the file could not be opened (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new UnreadableFileError('it is a folder, not a file');
    if (!stat.isFile()) throw new UnreadableFileError('it is not a regular file (it is a pipe, socket or device)');
    if (stat.size > maxBytes) throw new UnreadableFileError(`it is larger than ${formatBytes(maxBytes)}`);
    // Sized from the stat (not the bound: a 1 GB bound must not allocate 1 GB for a 1 KB file),
    // grown if the file turns out longer, never past the bound + 1.
    let buffer = Buffer.alloc(Math.min(maxBytes, stat.size) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (buffer.length > maxBytes) break;
        const grown = Buffer.alloc(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw new UnreadableFileError(`it is larger than ${formatBytes(maxBytes)}`);
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(`the file could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    await handle.close().catch(() => {});
  }
}
