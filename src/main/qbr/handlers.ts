import type { DomainHandlers } from '../ipc/handlers-type';
import { buildQbrContent } from './content';
import { exportPack } from './export-pack';
import { getDraft, saveDraft } from './service';

/** The OS locale decides the PDF's paper (A4 or Letter). */
const osLocale = () => Intl.DateTimeFormat().resolvedOptions().locale;

export const qbrHandlers: DomainHandlers<'qbr'> = {
  getDraft: (ctx, { accountId, period }) => getDraft(ctx.store, accountId, period),
  saveDraft: (ctx, input) => saveDraft(ctx.store, input, ctx.now()),
  preview: (ctx, { accountId, period }) =>
    buildQbrContent(ctx.store, accountId, period, getDraft(ctx.store, accountId, period).narrative, ctx.now()),
  exportPack: (ctx, input) => exportPack(ctx, input, osLocale()),
};
