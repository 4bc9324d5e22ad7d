import { z } from 'zod';
import { operation } from '../operation';
import {
  AccountHealth,
  AccountIdOnly,
  AcknowledgeAlertInput,
  Alert,
  CloseAlertInput,
  HealthCheck,
  HealthSettings,
  ListAlertsInput,
  Portfolio,
  RecordCheckInput,
  RecordRenewalInput,
  RenewalRecord,
  SetOverrideInput,
  SummaryInput,
  SummaryText,
  Today,
  TodayInput,
  UpdateHealthSettingsInput,
} from '../../health/schema';
import { RecordSignals } from '../../health/record-signals';

const NoInput = z.undefined();

export const health = {
  get: operation('health:get', AccountIdOnly, AccountHealth),
  recordCheck: operation('health:recordCheck', RecordCheckInput, HealthCheck),
  setOverride: operation('health:setOverride', SetOverrideInput, AccountHealth),
  clearOverride: operation('health:clearOverride', AccountIdOnly, AccountHealth),
  settings: operation('health:settings', NoInput, HealthSettings),
  updateSettings: operation('health:updateSettings', UpdateHealthSettingsInput, HealthSettings),
  alerts: operation('health:alerts', ListAlertsInput, z.array(Alert)),
  acknowledgeAlert: operation('health:acknowledgeAlert', AcknowledgeAlertInput, Alert),
  closeAlert: operation('health:closeAlert', CloseAlertInput, Alert),
  recordRenewal: operation('health:recordRenewal', RecordRenewalInput, RenewalRecord),
  renewals: operation('health:renewals', AccountIdOnly, z.array(RenewalRecord)),
  /** The raw signals the account's lifecycle records already know, with where each came from. */
  recordSignals: operation('health:recordSignals', AccountIdOnly, RecordSignals),
};

export const today = {
  list: operation('today:list', TodayInput, Today),
  portfolio: operation('today:portfolio', NoInput, Portfolio),
  summary: operation('today:summary', SummaryInput, SummaryText),
};
