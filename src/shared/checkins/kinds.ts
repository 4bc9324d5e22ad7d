/** The kinds of check-in a CSM holds with a customer (seed 000, "Scheduled Check-ins" and onboarding steps). */
export const CHECKIN_KINDS = [
  'bi-weekly-sync',
  'quarterly-review',
  'half-yearly-review',
  'onboarding',
  'installation-support',
  'training',
  'ad-hoc',
] as const;
export type CheckinKind = (typeof CHECKIN_KINDS)[number];

export const CHECKIN_KIND_LABELS: Record<CheckinKind, string> = {
  'bi-weekly-sync': 'Bi-weekly sync',
  'quarterly-review': 'Quarterly review',
  'half-yearly-review': 'Half-yearly review',
  onboarding: 'Onboarding',
  'installation-support': 'Installation support',
  training: 'Training',
  'ad-hoc': 'Ad hoc',
};
