import { randomUUID } from 'node:crypto';

/** A chosen CRM file, read and parsed once; the page refers to it by id, never by path. */
export interface PendingCrmFile {
  fileName: string;
  headers: string[];
  rows: Record<string, string>[];
  /** Rows papaparse could not split cleanly (1-based, header = row 1). */
  parseErrors: Map<number, string>;
}

/**
 * The files chosen for import, by id. Few: a CSM imports one file at a time; the oldest is
 * forgotten past `KEEP` so a page that never finishes can't pile files up in memory.
 */
const KEEP = 3;
const chosen = new Map<string, PendingCrmFile>();

export function rememberCrmFile(file: PendingCrmFile): string {
  const id = randomUUID();
  chosen.set(id, file);
  while (chosen.size > KEEP) chosen.delete(chosen.keys().next().value!);
  return id;
}

export function chosenCrmFile(id: string): PendingCrmFile | undefined {
  return chosen.get(id);
}

export function forgetCrmFile(id: string): void {
  chosen.delete(id);
}
