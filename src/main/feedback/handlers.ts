import type { DomainHandlers } from '../ipc/handlers-type';
import { exportInboxToFile } from './export-to-file';
import { inbox } from './inbox';
import { createRequest, getRequest, listRequests, removeRequest, updateRequest } from './requests';
import { productAreas } from './requests-repository';
import { suggestThemes } from './suggest';
import { createTheme, getThemeDetail, linkRequest, removeTheme, setThemeStatus, unlinkRequest, updateTheme } from './themes';

export const feedbackHandlers: DomainHandlers<'feedback'> = {
  list: (ctx, input) => listRequests(ctx.store, input),
  get: (ctx, { id }) => getRequest(ctx.store, id),
  create: (ctx, { accountId, fields }) => createRequest(ctx.store, accountId, fields, ctx.now()),
  update: (ctx, { id, fields }) => updateRequest(ctx.store, id, fields, ctx.now()),
  remove: (ctx, { id }) => removeRequest(ctx.store, id),
  productAreas: (ctx) => productAreas(ctx.store),
  link: (ctx, { requestId, themeId }) => linkRequest(ctx.store, requestId, themeId, ctx.now()),
  unlink: (ctx, { requestId }) => unlinkRequest(ctx.store, requestId, ctx.now()),
  getTheme: (ctx, { id }) => getThemeDetail(ctx.store, id),
  createTheme: (ctx, { fields, requestIds }) => createTheme(ctx.store, fields, requestIds, ctx.now()),
  updateTheme: (ctx, { id, fields }) => updateTheme(ctx.store, id, fields, ctx.now()),
  removeTheme: (ctx, { id }) => removeTheme(ctx.store, id),
  setThemeStatus: (ctx, { id, status, reason }) => setThemeStatus(ctx.store, id, status, reason, ctx.now()),
  suggestThemes: (ctx, { text, excludeThemeId, limit }) =>
    suggestThemes(ctx.store, text, { ...(excludeThemeId ? { excludeThemeId } : {}), ...(limit ? { limit } : {}) }),
  inbox: (ctx, query) => inbox(ctx.store, query),
  exportInbox: (ctx, input) => exportInboxToFile(ctx, input),
};
