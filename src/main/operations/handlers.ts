import type { DomainHandlers } from '../ipc/handlers-type';

export const operationHandlers: DomainHandlers<'operations'> = {
  cancel: (ctx, { operationId }) => ({ cancelled: ctx.operations.cancel(operationId) }),
};
