import type { ComponentType } from 'react';
import { CheckinsTab } from '../checkins/CheckinsTab';
import { ReadinessTab } from '../checklist/ReadinessTab';
import { FeedbackTab } from '../feedback/FeedbackTab';
import { TasksTab } from '../tasks/TasksTab';
import { LicensesTab } from '../licenses/LicensesTab';
import { HealthTab } from '../health/HealthTab';
import { OnboardingTab } from '../lifecycle/OnboardingTab';
import { SuccessPlanTab } from '../lifecycle/SuccessPlanTab';
import { SurveysTab } from '../lifecycle/SurveysTab';
import { SupportTab } from '../lifecycle/SupportTab';
import { GrowthTab } from '../growth/GrowthTab';
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
  { key: 'onboarding', label: 'Onboarding kit', Component: OnboardingTab },
  { key: 'success-plan', label: 'Success plan', Component: SuccessPlanTab },
  { key: 'surveys', label: 'Surveys', Component: SurveysTab },
  { key: 'support', label: 'Support', Component: SupportTab },
  { key: 'growth', label: 'Growth', Component: GrowthTab },
  { key: 'qbr', label: 'QBR', Component: QbrTab },
];
