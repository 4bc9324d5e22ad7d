/**
 * The onboarding kit (seed 000, "Step 1: Enable Installation & Access" and "Step 2"): the
 * essentials handed to a new customer. Each item records the date and how it was shared —
 * never the secret itself (see secrets.ts).
 */
export const KIT_ITEMS = [
  { key: 'welcome', label: 'Welcome message' },
  { key: 'license', label: 'Valid license' },
  { key: 'registry-token', label: 'Registry / GitLab access token' },
  { key: 'values-yaml', label: 'values.yaml' },
  { key: 'installation-playbook', label: 'Installation playbook' },
  { key: 'bug-tracker', label: 'Bug-tracker (Jira) URL' },
  { key: 'starter-kit', label: 'Starter-kit review' },
  { key: 'tutorials', label: 'Tutorial location' },
  { key: 'ai-assistant', label: 'AI-assistant (Witty) briefing' },
] as const;
export type KitItemKey = (typeof KIT_ITEMS)[number]['key'];
export const KIT_ITEM_KEYS = KIT_ITEMS.map((i) => i.key) as [KitItemKey, ...KitItemKey[]];

export const SHARE_CHANNELS = ['email', 'secure-share', 'in-person'] as const;
export type ShareChannel = (typeof SHARE_CHANNELS)[number];
export const SHARE_CHANNEL_LABELS: Record<ShareChannel, string> = {
  email: 'Email',
  'secure-share': 'Secure share',
  'in-person': 'In person',
};

export interface KitProgress {
  shared: number;
  total: number;
  complete: boolean;
}

/** How much of the kit has been shared. */
export function kitProgress(sharedKeys: Iterable<string>): KitProgress {
  const known = new Set<string>(KIT_ITEM_KEYS);
  const shared = new Set([...sharedKeys].filter((k) => known.has(k))).size;
  return { shared, total: KIT_ITEMS.length, complete: shared === KIT_ITEMS.length };
}
