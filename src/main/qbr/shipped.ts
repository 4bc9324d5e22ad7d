import type { FeedbackRequest } from '../../shared/feedback/schema';
import type { Release } from '../../shared/growth/schema';
import type { QbrSection } from '../../shared/qbr/schema';

type Table = QbrSection['tables'][number];

export interface ShippedTheme {
  theme: string;
  requests: number;
  /** "2.4.0": the release that shipped it, or null when the theme was marked shipped with no release. */
  release: string | null;
  shippedOn: string;
}

/**
 * What this account asked for that shipped in the period: the themes of its requests carried by
 * a release dated in the period (growth), and themes marked shipped in the period that no
 * release carries (their status change is the date). `shippedOn(themeId)` answers the latter.
 */
export function shippedInPeriod(
  requests: readonly FeedbackRequest[],
  releases: readonly Release[],
  shippedOn: (themeId: string) => string | null,
  from: string,
  to: string,
): { shipped: ShippedTheme[]; releases: string[] } {
  const asked = new Map<string, { title: string; requests: number; status: string | null }>();
  for (const r of requests) {
    if (!r.themeId || !r.themeTitle) continue;
    const seen = asked.get(r.themeId);
    asked.set(r.themeId, { title: r.themeTitle, requests: (seen?.requests ?? 0) + 1, status: r.themeStatus });
  }
  const shipped: ShippedTheme[] = [];
  const inRelease = new Set<string>();
  const releaseNames = new Set<string>();
  // Oldest release first, so a theme shipped twice is credited to its first release in the period.
  for (const release of [...releases].sort((a, b) => a.releasedOn.localeCompare(b.releasedOn))) {
    for (const t of release.themes) inRelease.add(t.id);
    if (release.releasedOn < from || release.releasedOn > to) continue;
    for (const t of release.themes) {
      const mine = asked.get(t.id);
      if (!mine || shipped.some((s) => s.theme === mine.title)) continue;
      shipped.push({ theme: mine.title, requests: mine.requests, release: release.version, shippedOn: release.releasedOn });
      releaseNames.add(release.version);
    }
  }
  for (const [id, mine] of asked) {
    if (mine.status !== 'shipped' || inRelease.has(id)) continue;
    const on = shippedOn(id);
    if (on !== null && on >= from && on <= to) shipped.push({ theme: mine.title, requests: mine.requests, release: null, shippedOn: on });
  }
  shipped.sort((a, b) => a.shippedOn.localeCompare(b.shippedOn) || a.theme.localeCompare(b.theme));
  return { shipped, releases: [...releaseNames] };
}

export function shippedTable(shipped: readonly ShippedTheme[]): Table {
  return {
    title: 'Shipped in the period from this account’s requests',
    header: ['Theme', 'Requests from this account', 'Shipped in', 'On'],
    rows: shipped.map((s) => ({ cells: [s.theme, String(s.requests), s.release ? `Release ${s.release}` : 'Marked shipped', s.shippedOn] })),
    empty: 'Nothing this account asked for shipped in this period.',
  };
}
