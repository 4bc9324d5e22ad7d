import type { DomainHandlers } from '../ipc/handlers-type';
import { growthFigures, listAdvocacy, promoterSuggestions, removeAdvocacy, saveAdvocacy } from './advocacy';
import { checkGuardrails } from './guardrail-facts';
import { createOpportunity, listOpportunities, removeOpportunity, updateOpportunity } from './opportunities';
import { getRelease, listReleases, notifyAccounts, recordRelease, removeRelease } from './releases';

export const growthHandlers: DomainHandlers<'growth'> = {
  listReleases: (ctx) => listReleases(ctx.store),
  getRelease: (ctx, { id }) => getRelease(ctx.store, id),
  recordRelease: (ctx, fields) => recordRelease(ctx.store, fields, ctx.now()),
  removeRelease: (ctx, { id }) => removeRelease(ctx.store, id),
  notifyAccounts: (ctx, { id }) => notifyAccounts(ctx.store, id, ctx.actor.name, ctx.now()),
  listOpportunities: (ctx, { accountId }) => listOpportunities(ctx.store, accountId),
  checkGuardrails: (ctx, { accountId }) => checkGuardrails(ctx.store, accountId, ctx.now()),
  createOpportunity: (ctx, { accountId, fields, overrideNote }) => createOpportunity(ctx.store, accountId, fields, overrideNote, ctx.now()),
  updateOpportunity: (ctx, { id, fields, overrideNote }) => updateOpportunity(ctx.store, id, fields, overrideNote, ctx.now()),
  removeOpportunity: (ctx, { id }) => removeOpportunity(ctx.store, id),
  listAdvocacy: (ctx, { accountId }) => listAdvocacy(ctx.store, accountId),
  saveAdvocacy: (ctx, { contactId, fields, surveyResponseId }) => saveAdvocacy(ctx.store, contactId, fields, ctx.now(), surveyResponseId),
  promoters: (ctx, { accountId }) => promoterSuggestions(ctx.store, accountId),
  removeAdvocacy: (ctx, { id }) => removeAdvocacy(ctx.store, id),
  figures: (ctx) => growthFigures(ctx.store),
};
