import { z } from 'zod';
import { operation } from '../operation';
import {
  AccountIdOnly,
  Advocacy,
  AdvocacyIdInput,
  CreateOpportunityInput,
  GrowthFigures,
  GuardrailCheck,
  ListOpportunitiesInput,
  NotifyResult,
  Opportunity,
  OpportunityIdInput,
  PromoterSuggestion,
  RecordReleaseInput,
  Release,
  ReleaseDetail,
  ReleaseIdInput,
  SaveAdvocacyInput,
  UpdateOpportunityInput,
} from '../../growth/schema';

const Removed = z.object({ id: z.string() });

/** Releases matched to the accounts that wait for them, expansion opportunities, advocacy (issue 14). */
export const growth = {
  listReleases: operation('growth:listReleases', z.undefined(), z.array(Release)),
  getRelease: operation('growth:getRelease', ReleaseIdInput, ReleaseDetail),
  recordRelease: operation('growth:recordRelease', RecordReleaseInput, ReleaseDetail),
  removeRelease: operation('growth:removeRelease', ReleaseIdInput, Removed),
  notifyAccounts: operation('growth:notifyAccounts', ReleaseIdInput, NotifyResult),
  listOpportunities: operation('growth:listOpportunities', ListOpportunitiesInput, z.array(Opportunity)),
  checkGuardrails: operation('growth:checkGuardrails', AccountIdOnly, GuardrailCheck),
  createOpportunity: operation('growth:createOpportunity', CreateOpportunityInput, Opportunity),
  updateOpportunity: operation('growth:updateOpportunity', UpdateOpportunityInput, Opportunity),
  removeOpportunity: operation('growth:removeOpportunity', OpportunityIdInput, Removed),
  listAdvocacy: operation('growth:listAdvocacy', AccountIdOnly, z.array(Advocacy)),
  saveAdvocacy: operation('growth:saveAdvocacy', SaveAdvocacyInput, Advocacy),
  removeAdvocacy: operation('growth:removeAdvocacy', AdvocacyIdInput, Removed),
  promoters: operation('growth:promoters', AccountIdOnly, z.array(PromoterSuggestion)),
  figures: operation('growth:figures', z.undefined(), GrowthFigures),
};
