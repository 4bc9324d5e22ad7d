import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeStreamAtomically } from '../../src/main/files/atomic-write';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'fieldbook-stream-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the streaming atomic writer', () => {
  it('writes every piece in order under the chosen name, replacing an older file, and says how many bytes', async () => {
    const path = join(dir, 'everything.json');
    writeFileSync(path, 'old');
    const pieces = Array.from({ length: 2_000 }, (_, i) => `{"row":${i},"name":"Zürich ✓"}\n`);
    const bytes = await writeStreamAtomically(path, async (write) => {
      for (const piece of pieces) await write(piece);
    }, { chunkBytes: 4096 });
    const expected = pieces.join('');
    expect(readFileSync(path, 'utf8')).toBe(expected);
    expect(bytes).toBe(Buffer.byteLength(expected, 'utf8'));
    expect(readdirSync(dir)).toEqual(['everything.json']);
  });

  it('cancelled half-way, leaves neither the file nor its temp file, and an older file untouched', async () => {
    const path = join(dir, 'everything.json');
    writeFileSync(path, 'older export');
    const controller = new AbortController();
    const write = writeStreamAtomically(path, async (append) => {
      for (let i = 0; i < 10_000; i++) {
        await append('x'.repeat(100));
        // The temp file is already on disk (several buffers flushed) when the user cancels.
        if (i === 5_000) {
          expect(readdirSync(dir).some((name) => name.endsWith('.partial'))).toBe(true);
          controller.abort(new Error('cancelled by the user'));
        }
      }
    }, { signal: controller.signal, chunkBytes: 4096 });
    await expect(write).rejects.toThrow('cancelled by the user');
    expect(readdirSync(dir)).toEqual(['everything.json']);
    expect(readFileSync(path, 'utf8')).toBe('older export');
  });

  it('into a "folder" that is a file, fails saying which file, and leaves nothing', async () => {
    writeFileSync(join(dir, 'not-a-folder'), 'a file');
    await expect(writeStreamAtomically(join(dir, 'not-a-folder', 'everything.json'), async (write) => write('{}'))).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringContaining('everything.json'),
    });
    expect(readdirSync(dir)).toEqual(['not-a-folder']);
  });

  it('passes on what the producer throws as it is, and removes the temp file', async () => {
    const path = join(dir, 'everything.json');
    const failing = writeStreamAtomically(path, async (write) => {
      await write('{"tables":[');
      throw new Error('the database went away');
    });
    await expect(failing).rejects.toThrow('the database went away');
    expect(readdirSync(dir)).toEqual([]);
  });
});
