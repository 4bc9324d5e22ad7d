import type { ComponentType } from 'react';
import { CheckinsTab } from '../checkins/CheckinsTab';
import { ReadinessTab } from '../checklist/ReadinessTab';
import { FeedbackTab } from '../feedback/FeedbackTab';
import { TasksTab } from '../tasks/TasksTab';
import { LicensesTab } from '../licenses/LicensesTab';
import { HealthTab } from '../health/HealthTab';
import { QbrTab } from '../qbr/QbrTab';
import { AccountOverview } from './AccountOverview';
import type { AccountTabProps } from './account-tab-props';

/** The tabs of an account page, in order. Each capability adds its tab here. */
export const ACCOUNT_TABS: readonly { key: string; label: string; Component: ComponentType<AccountTabProps> }[] = [
  { key: 'overview', label: 'Overview', Component: AccountOverview },
  { key: 'health', label: 'Health', Component: HealthTab },
  { key: 'checkins', label: 'Check-ins', Component: CheckinsTab },
  { key: 'tasks', label: 'Tasks', Component: TasksTab },
  { key: 'readiness', label: 'Readiness', Component: ReadinessTab },
  { key: 'feedback', label: 'Feedback', Component: FeedbackTab },
  { key: 'licenses', label: 'Licenses', Component: LicensesTab },
  { key: 'qbr', label: 'QBR', Component: QbrTab },
];
