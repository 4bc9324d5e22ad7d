import { operation } from '../operation';
import { z } from 'zod';
import { Blocker, BlockerIdInput, ListBlockersInput, RaiseBlockerInput, SetBlockerOwnerInput } from '../../blockers/schema';

export const blockers = {
  list: operation('blockers:list', ListBlockersInput, z.array(Blocker)),
  raise: operation('blockers:raise', RaiseBlockerInput, Blocker),
  resolve: operation('blockers:resolve', BlockerIdInput, Blocker),
  reopen: operation('blockers:reopen', BlockerIdInput, Blocker),
  setOwner: operation('blockers:setOwner', SetBlockerOwnerInput, Blocker),
};
