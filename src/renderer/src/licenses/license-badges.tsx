import type { LicenseStatus } from '../../../shared/licenses/schema';
import { LICENSE_STATUS_LABELS } from '../../../shared/licenses/status';
import type { VerifyVerdict } from '../../../shared/licenses/file-format';

const STATUS_CLASS: Record<LicenseStatus, string> = {
  'not-yet-valid': 'badge-info',
  valid: 'badge-ok',
  'expiring-soon': 'badge-warn',
  expired: 'badge-danger',
  revoked: '',
};

/** A license's standing, in words (colour only repeats what the label says). */
export function LicenseStatusBadge({ status }: { status: LicenseStatus }) {
  return <span className={`badge ${STATUS_CLASS[status]}`}>{LICENSE_STATUS_LABELS[status]}</span>;
}

export const VERDICTS: Record<VerifyVerdict, { label: string; tone: 'ok' | 'warn' | 'info' | 'danger'; icon: string }> = {
  valid: { label: 'Valid license', tone: 'ok', icon: '✓' },
  expired: { label: 'Expired', tone: 'warn', icon: '⏱' },
  'not-yet-valid': { label: 'Not yet valid', tone: 'info', icon: '⏳' },
  'unknown-key': { label: 'Signed by an unknown key', tone: 'danger', icon: '?' },
  tampered: { label: 'Tampered', tone: 'danger', icon: '✕' },
  malformed: { label: 'Not a license file', tone: 'danger', icon: '✕' },
};
