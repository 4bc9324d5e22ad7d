import { operation } from '../operation';
import {
  AccountGlance,
  AccountGlanceInput,
  DigestInput,
  HandoverText,
  RecapInput,
  SaveDigestInput,
  SaveHandoverResult,
  SaveRecapInput,
} from '../../handover/schema';

/** The account at a glance, and what a CSM hands over: a meeting's recap, the week's digest. */
export const handover = {
  glance: operation('handover:glance', AccountGlanceInput, AccountGlance),
  recap: operation('handover:recap', RecapInput, HandoverText),
  saveRecap: operation('handover:saveRecap', SaveRecapInput, SaveHandoverResult),
  digest: operation('handover:digest', DigestInput, HandoverText),
  saveDigest: operation('handover:saveDigest', SaveDigestInput, SaveHandoverResult),
};
