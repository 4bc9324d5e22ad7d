import type { Migration } from '../migration';

/**
 * Stand in for migrations claimed by branches merged alongside this one (0016 QBR, 0017 health2,
 * 0018 datasafety2, 0019 hardening2), so growth2's 0020 keeps its number. Each is replaced by
 * the real migration when its branch is merged; delete this file once all four are in.
 */
const standIn = (version: number, claimedBy: string): Migration => ({ version, name: `reserved for ${claimedBy}`, up: () => {} });

export const reservedQbr = standIn(16, 'QBR');
export const reservedHealth2 = standIn(17, 'health2');
export const reservedDataSafety2 = standIn(18, 'datasafety2');
export const reservedHardening2 = standIn(19, 'hardening2');
