import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_LICENSE_FILE_BYTES } from '../../src/shared/licenses/schema';
import { licenseHandlers } from '../../src/main/licenses/handlers';
import { createTestStore, scriptedDialogs, testContext, type TestStore } from '../support/test-store';

let t: TestStore;
beforeEach(() => (t = createTestStore()));
afterEach(() => t.close());

/** "Verify a license file…" with the open dialog answering `path`. */
async function verify(path: string) {
  const result = await licenseHandlers.verifyFile(testContext(t, undefined, scriptedDialogs({ open: path })), undefined);
  if (!('result' in result)) throw new Error('nothing was chosen');
  return result.result;
}

describe('opening a license file that is not one (issue 12)', () => {
  it('refuses a named pipe at once instead of reading from it without end', async () => {
    const fifo = join(t.dir, 'license.lic');
    execFileSync('mkfifo', [fifo]);
    const result = await verify(fifo);
    expect(result.verdict).toBe('malformed');
    expect(result.message).toContain('it is not a regular file');
    expect(result.fileName).toBe('license.lic');
  });

  it('refuses a device such as /dev/zero, which never ends', async () => {
    const result = await verify('/dev/zero');
    expect(result).toMatchObject({ verdict: 'malformed', message: expect.stringContaining('it is not a regular file') });
  });

  it('refuses a folder, and a file far larger than any license', async () => {
    expect((await verify(t.dir)).message).toContain('it is a folder, not a file');
    const big = join(t.dir, 'big.lic');
    writeFileSync(big, Buffer.alloc(MAX_LICENSE_FILE_BYTES + 1, 0x41));
    expect((await verify(big)).message).toContain('the file is far too large to be a license');
  });
});
