import type { DomainHandlers } from '../ipc/handlers-type';
import { listAudit, verifyAuditChain } from './log';

export const auditHandlers: DomainHandlers<'audit'> = {
  list: (ctx, input) => listAudit(ctx.store, input.limit),
  verify: (ctx) => verifyAuditChain(ctx.store),
};
