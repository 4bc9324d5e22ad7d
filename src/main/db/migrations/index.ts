import type { Migration } from '../migration';
import { accountsAndContacts } from './0001-accounts-contacts';
import { tasks } from './0002-tasks';
import { checkinsAndSearch } from './0003-checkins-search';
import { checklist } from './0004-checklist';
import { feedback } from './0005-feedback';
import { licenses } from './0006-licenses';
import { feedbackSearch } from './0007-feedback-search';
import { checklistSearch } from './0008-checklist-search';
import { typedSettings } from './0009-typed-settings';
import { health } from './0010-health';
import { hardening } from './0011-hardening';
import { blockers } from './0012-blockers';
import { reservedDataSafety } from './0013-reserved-data-safety';
import { lifecycle } from './0014-lifecycle';
import { growth } from './0015-growth';
import { qbr } from './0016-qbr';

/** Every migration, in order. Append only; versions are 1, 2, 3… with no gaps. */
export const MIGRATIONS: readonly Migration[] = [
  accountsAndContacts,
  tasks,
  checkinsAndSearch,
  checklist,
  feedback,
  licenses,
  feedbackSearch,
  checklistSearch,
  typedSettings,
  health,
  hardening,
  blockers,
  // Data safety (issue 11) claimed 0013 but needed no schema change: its empty slot keeps later numbers as claimed.
  reservedDataSafety,
  lifecycle,
  growth,
  qbr,
];
