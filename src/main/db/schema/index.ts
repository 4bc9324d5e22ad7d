/**
 * Kysely's view of the database, composed from one file per domain (column names are
 * snake_case in SQL, mapped at each repository's edge). A migration that adds a table adds its
 * type to its domain's file, or a new file here and one line below.
 */
import type { AccountsTables } from './accounts';
import type { ContactsTables } from './contacts';
import type { TasksTables } from './tasks';
import type { SettingsTables } from './settings';
import type { CheckinsTables } from './checkins';
import type { SearchTables } from './search';
import type { ChecklistTables } from './checklist';
import type { FeedbackTables } from './feedback';
import type { LicensesTables } from './licenses';
import type { AuditTables } from './audit';
import type { HealthTables } from './health';
import type { BlockersTables } from './blockers';
import type { LifecycleTables } from './lifecycle';
import type { GrowthTables } from './growth';
import type { QbrTables } from './qbr';

export type * from './accounts';
export type * from './contacts';
export type * from './tasks';
export type * from './settings';
export type * from './checkins';
export type * from './search';
export type * from './checklist';
export type * from './feedback';
export type * from './licenses';
export type * from './audit';
export type * from './health';
export type * from './blockers';
export type * from './lifecycle';
export type * from './growth';
export type * from './qbr';

export interface Schema
  extends AccountsTables,
    ContactsTables,
    TasksTables,
    SettingsTables,
    CheckinsTables,
    SearchTables,
    ChecklistTables,
    FeedbackTables,
    LicensesTables,
    AuditTables,
    HealthTables,
    BlockersTables,
    LifecycleTables,
    GrowthTables,
    QbrTables {}
