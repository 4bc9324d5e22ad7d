import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { periodKey, type QbrPeriod } from '../../shared/qbr/period';
import type { ExportPackInput, ExportPackResult, QbrContent } from '../../shared/qbr/schema';
import type { MainContext } from '../context';
import type { Store } from '../db/store';
import { writeFileAtomically } from '../files/atomic-write';
import { safeFileName } from '../files/safe-file-name';
import { AppError } from '../ipc/app-error';
import { isCancelled, type LongOperation } from '../operations/long-operation';
import { buildAppendices } from './appendices';
import { buildQbrContent } from './content';
import { buildDeck } from './deck';
import { buildPdf } from './pdf';
import { getDraft, recordExport } from './service';

/** `ACME QBR 2026 Q3`, `ACME QBR 2026 H1`, `ACME QBR 2026-01-15 to 2026-03-31`: safe on every OS. */
export function packFolderName(accountName: string, period: QbrPeriod): string {
  const when = period.kind === 'custom' ? `${period.from} to ${period.to}` : periodKey(period).replace('-', ' ');
  // The account's part is capped so the period always survives the name's length limit.
  return safeFileName(`${safeFileName(accountName, undefined, { maxBytes: 120, fallback: 'Account' })} QBR ${when}`, undefined, { fallback: 'QBR' });
}

export interface BuiltPack {
  content: QbrContent;
  files: { name: string; bytes: Uint8Array }[];
  /** Milliseconds spent on each file (the bench reports the share of each). */
  timings: Record<string, number>;
}

/** Builds every file of the pack in memory: deck, PDF, CSV appendices, and a zip of them all. */
export async function buildPack(store: Store, accountId: string, period: QbrPeriod, now: Date, locale: string, op: Pick<LongOperation, 'signal' | 'progress'>): Promise<BuiltPack> {
  const { signal, progress } = op;
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const result = await work();
    timings[name] = performance.now() - start;
    return result;
  };
  const steps = 6;
  progress(0, steps, 'Gathering the period’s data');
  const narrative = getDraft(store, accountId, period).narrative;
  const content = await timed('content', () => buildQbrContent(store, accountId, period, narrative, now));
  const stem = packFolderName(content.accountName, period);
  signal.throwIfAborted();
  progress(1, steps, 'Building the deck');
  const deck = await timed('pptx', () => buildDeck(content));
  signal.throwIfAborted();
  progress(2, steps, 'Building the PDF report');
  const pdf = await timed('pdf', () => buildPdf(content, locale, signal));
  signal.throwIfAborted();
  progress(3, steps, 'Writing the CSV appendices');
  const csvs = await timed('csv', () => buildAppendices(store, accountId, content, now));
  const files: { name: string; bytes: Uint8Array }[] = [
    { name: safeFileName(stem, 'pptx'), bytes: deck },
    { name: safeFileName(stem, 'pdf'), bytes: pdf },
    ...csvs.map((c) => ({ name: c.name, bytes: Buffer.from(c.text, 'utf8') })),
  ];
  signal.throwIfAborted();
  progress(4, steps, 'Zipping the pack');
  const zip = await timed('zip', () => {
    const archive: Zippable = {};
    // The deck and the PDF are compressed already: storing them saves time and no space.
    for (const f of files) archive[f.name] = [f.bytes, { level: /\.(pptx|pdf)$/.test(f.name) ? 0 : 6 }];
    return zipSync(archive);
  });
  files.push({ name: safeFileName(stem, 'zip'), bytes: zip });
  return { content, files, timings };
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/**
 * "Export QBR pack…": asks for a folder, then writes `<Account> QBR <YYYY> Q<n>/` as a long
 * operation. Every file goes into a hidden temp folder beside the target, which is renamed into
 * place only once all of them are written: a cancel or a failure removes the temp folder, so
 * the user never finds half a pack. An existing pack of that name is never overwritten; the new
 * one gets " (2)", " (3)"… instead.
 */
export async function exportPack(ctx: MainContext, { accountId, period, operationId }: ExportPackInput, locale: string): Promise<ExportPackResult> {
  const parent = await ctx.dialogs.chooseFolder({ title: 'Choose where to save the QBR pack' });
  if (!parent) return { status: 'cancelled' };
  const now = ctx.now();
  const temp = join(parent, `.fieldbook-qbr-${randomUUID()}.partial`);
  try {
    return await ctx.operations.run(operationId, async (op) => {
      const pack = await buildPack(ctx.store, accountId, period, now, locale, op);
      op.progress(5, 6, 'Saving the files');
      try {
        await mkdir(temp);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new AppError('UNAVAILABLE', `Fieldbook can't write in that folder (${reason}). Nothing was saved; choose another folder.`);
      }
      for (const file of pack.files) await writeFileAtomically(join(temp, file.name), file.bytes, { signal: op.signal });
      op.signal.throwIfAborted();
      const base = packFolderName(pack.content.accountName, period);
      let name = base;
      for (let n = 2; await exists(join(parent, name)); n++) name = `${base} (${n})`;
      const folder = join(parent, name);
      try {
        await rename(temp, folder);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
        throw new AppError('UNAVAILABLE', `Fieldbook could not put the pack in place (${reason}). Nothing was saved.`);
      }
      recordExport(ctx.store, accountId, period, folder, ctx.actor.name, now);
      op.progress(6, 6, 'Done');
      return { status: 'saved' as const, folder, files: pack.files.map((f) => f.name) };
    });
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => {});
    if (isCancelled(error)) return { status: 'cancelled' };
    throw error;
  }
}
