import type { CheckinKind } from './kinds';

/** What the previous note of the same account left to follow up (seed 002: "key points… to follow up on your next check-in"). */
export interface PreviousNote {
  /** The day it was held, as the window writes dates ("Nov 19, 2026"). */
  heldOn: string;
  body: string;
  /** Titles of its action items that are still open. */
  openActionItems: readonly string[];
}

export interface TemplateContext {
  /** The account's installed product version, written under "Installed version" when known. */
  productVersion: string;
  /** The account's latest note before this one, whose open follow-ups this note starts with. */
  previous?: PreviousNote | null;
}

/** The heading under which a note collects what to take up next time; the next note starts with those lines. */
export const FOLLOW_UP_HEADING = '## To follow up next check-in';

/**
 * The bi-weekly sync agenda of seed 000 ("Bi-Weekly Sync (CSM)") as headed Markdown sections,
 * in the seed's order, each heading keeping the seed's prompt for it ("track usage, adoption,
 * and OKRs"), so the CSM types under each heading during the meeting.
 */
function biWeeklySyncAgenda(productVersion: string): string[] {
  const version = productVersion.trim();
  return [
    '## Health score: track usage, adoption, and OKRs',
    '',
    '',
    '## Q&A: address blockers, bugs, and feature requests',
    '',
    '### Blockers',
    '',
    '',
    '### Bugs',
    '',
    '',
    '### Feature requests',
    '',
    '',
    '## Platform check-up',
    '',
    '### Templates: icons, UX, defaults',
    '',
    '',
    '### Blueprints',
    '',
    '',
    '### Policies: presence, clarity, usefulness',
    '',
    '',
    '### Custom views, themes, marketplace: usability',
    '',
    '',
    '### Installed version',
    '',
    version,
    '',
    '## Open feedback',
    '',
    '',
  ];
}

/** Seed 000's quarterly / half-yearly review points (Witboost Lead + CSM), as headed sections. */
function reviewAgenda(): string[] {
  return [
    '## Witboost roadmap',
    '',
    '',
    "## Customer's platform roadmap",
    '',
    '',
    '## Events tracking shared with PM: download and share',
    '',
    '',
  ];
}

/** Seed 002's check-in at day 90 of onboarding: its questions, one heading each. */
function onboardingAgenda(): string[] {
  return [
    '## Any outstanding issues?',
    '',
    '',
    '## Any feature requests?',
    '',
    '',
    '## Changes in the organisation?',
    '',
    '',
    '## Opportunity for further user adoption?',
    '',
    '',
    '## Are the key decision makers and license contacts still current?',
    '',
    '',
  ];
}

function agenda(kind: CheckinKind, productVersion: string): string[] {
  switch (kind) {
    case 'bi-weekly-sync':
      return biWeeklySyncAgenda(productVersion);
    case 'quarterly-review':
    case 'half-yearly-review':
      return reviewAgenda();
    case 'onboarding':
      return onboardingAgenda();
    case 'installation-support':
    case 'training':
    case 'ad-hoc':
      return [];
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** The lines a note wrote under FOLLOW_UP_HEADING (up to the next heading), blank lines left out. */
export function followUpLines(body: string): string[] {
  const lines = body.split('\n');
  const start = lines.findIndex((l) => l.trim().toLowerCase() === FOLLOW_UP_HEADING.toLowerCase());
  if (start < 0) return [];
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^\s{0,3}#{1,6}\s/.test(l));
  return (end < 0 ? rest : rest.slice(0, end)).filter((l) => l.trim() !== '');
}

const asItem = (line: string) => (/^\s*(?:[-*+]|\d+[.)])\s/.test(line) ? line.trim() : `- ${line.trim()}`);

/**
 * The open follow-ups of the previous note, carried into the next one: the points it kept
 * under FOLLOW_UP_HEADING and its action items still open. Empty when there are none.
 */
function carriedFollowUps(previous: PreviousNote | null | undefined): string[] {
  if (!previous) return [];
  const points = [...followUpLines(previous.body).map(asItem), ...previous.openActionItems.map((t) => `- [ ] ${t.trim()}`)];
  if (points.length === 0) return [];
  return [`## Open follow-ups from the last check-in (${previous.heldOn})`, '', ...points, '', ''];
}

/**
 * The body a new note of this kind starts from: the previous note's open follow-ups, the
 * kind's agenda, and a place for what to follow up next time. A kind without an agenda and
 * nothing to carry starts empty.
 */
export function checkinTemplate(kind: CheckinKind, context: TemplateContext): string {
  const carried = carriedFollowUps(context.previous);
  const own = agenda(kind, context.productVersion);
  if (carried.length === 0 && own.length === 0) return '';
  return [...carried, ...own, FOLLOW_UP_HEADING, '', ''].join('\n');
}

/** Who the seed has at a meeting of this kind besides the customer: the lead joins quarterly and half-yearly reviews. */
export function suggestedAttendees(kind: CheckinKind, leadName: string): string[] {
  const lead = leadName.trim() || 'Witboost Lead';
  return kind === 'quarterly-review' || kind === 'half-yearly-review' ? [lead] : [];
}
