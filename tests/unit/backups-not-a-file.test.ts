import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectBackup } from '../../src/main/backups/inspect';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'fieldbook-not-a-file-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a data file or backup that is not a regular file', () => {
  it('refuses a named pipe at once instead of waiting for a writer (Open another file…, the backups folder)', () => {
    const fifo = join(dir, 'fieldbook-2026-11-29T00-00-00-000Z-manual.sqlite');
    execFileSync('mkfifo', [fifo]);
    expect(() => inspectBackup(fifo, { thorough: true })).toThrow('it is not a regular file');
    expect(() => inspectBackup(fifo, { thorough: false })).toThrow('it is not a regular file');
  });

  it('refuses a device and a folder', () => {
    expect(() => inspectBackup('/dev/zero', { thorough: true })).toThrow('it is not a regular file');
    expect(() => inspectBackup(dir, { thorough: false })).toThrow('it is not a regular file');
  });
});
