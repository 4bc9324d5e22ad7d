import { toMarkdown, toPlainText, type HandoverDocument } from '../../shared/handover/document';
import { buildDigest, weekStart } from '../../shared/handover/digest';
import { buildRecap } from '../../shared/handover/recap';
import type { HandoverText } from '../../shared/handover/schema';
import type { DomainHandlers } from '../ipc/handlers-type';
import { digestSource } from './digest-source';
import { accountGlance } from './glance';
import { recapSource } from './recap-source';
import { saveHandover } from './save';

const asText = (doc: HandoverDocument): HandoverText => ({ title: doc.title, text: toPlainText(doc), markdown: toMarkdown(doc) });

export const handoverHandlers: DomainHandlers<'handover'> = {
  glance: (ctx, { accountId }) => accountGlance(ctx.store, accountId, ctx.now()),
  recap: (ctx, { noteId }) => asText(buildRecap(recapSource(ctx.store, noteId))),
  saveRecap: (ctx, { noteId, format }) => {
    const source = recapSource(ctx.store, noteId);
    return saveHandover(ctx, buildRecap(source), { format, dialogTitle: 'Save the meeting recap', baseName: `Recap ${source.accountName} ${source.note.heldAt.slice(0, 10)}` });
  },
  digest: (ctx, { weekOf }) => asText(buildDigest(digestSource(ctx.store, weekOf))),
  saveDigest: (ctx, { weekOf, format }) =>
    saveHandover(ctx, buildDigest(digestSource(ctx.store, weekOf)), {
      format,
      dialogTitle: 'Save the weekly digest',
      baseName: `Weekly digest ${weekStart(weekOf)}`,
    }),
};
