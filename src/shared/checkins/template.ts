import type { CheckinKind } from './kinds';

export interface TemplateContext {
  /** The account's installed product version, written under "Installed version" when known. */
  productVersion: string;
}

/**
 * The bi-weekly sync agenda of seed 000 ("Bi-Weekly Sync (CSM)") as headed Markdown sections,
 * in the seed's order, so the CSM types under each heading during the meeting.
 */
export function biWeeklySyncTemplate(context: TemplateContext): string {
  const version = context.productVersion.trim();
  return [
    '## Health score',
    '',
    '',
    '## Q&A',
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
    '### Templates',
    '',
    '',
    '### Blueprints',
    '',
    '',
    '### Policies',
    '',
    '',
    '### Custom views, themes, marketplace',
    '',
    '',
    '### Installed version',
    '',
    version,
    '',
    '## Open feedback',
    '',
    '',
  ].join('\n');
}

/** Seed 000's quarterly / half-yearly review points, as headed sections. */
function reviewTemplate(): string {
  return ['## Witboost roadmap', '', '', "## Customer's platform roadmap", '', '', '## Events tracking shared with PM', '', ''].join('\n');
}

/** The body a new note of this kind starts from; kinds without an agenda start empty. */
export function checkinTemplate(kind: CheckinKind, context: TemplateContext): string {
  switch (kind) {
    case 'bi-weekly-sync':
      return biWeeklySyncTemplate(context);
    case 'quarterly-review':
    case 'half-yearly-review':
      return reviewTemplate();
    case 'onboarding':
    case 'installation-support':
    case 'training':
    case 'ad-hoc':
      return '';
    default: {
      const never: never = kind;
      return never;
    }
  }
}
