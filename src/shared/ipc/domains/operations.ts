import { operation } from '../operation';
import { CancelOperationInput, CancelOperationResult } from '../long-operation';

export const operations = {
  cancel: operation('operations:cancel', CancelOperationInput, CancelOperationResult),
};
