import type { HandoverDocument } from '../../shared/handover/document';
import { toMarkdown } from '../../shared/handover/document';
import type { HandoverFormat, SaveHandoverResult } from '../../shared/handover/schema';
import type { MainContext } from '../context';
import { writeFileAtomically } from '../files/atomic-write';
import { safeFileName } from '../files/safe-file-name';
import { renderPdf } from './pdf';

const FILTERS: Record<HandoverFormat, { name: string; extensions: string[] }> = {
  markdown: { name: 'Markdown', extensions: ['md'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
};

/** Asks where (the save dialog), then writes the recap or digest through the atomic writer. */
export async function saveHandover(
  ctx: MainContext,
  doc: HandoverDocument,
  options: { format: HandoverFormat; dialogTitle: string; baseName: string },
): Promise<SaveHandoverResult> {
  const ext = options.format === 'pdf' ? 'pdf' : 'md';
  const path = await ctx.dialogs.chooseSavePath({
    title: options.dialogTitle,
    defaultName: safeFileName(options.baseName, ext),
    filters: [FILTERS[options.format]],
  });
  if (!path) return { status: 'cancelled' };
  const content = options.format === 'pdf' ? await renderPdf(doc, ctx.now()) : toMarkdown(doc);
  await writeFileAtomically(path, content);
  return { status: 'saved', path };
}
