/** The email a CSM copies to tell an account about a release (seed 000: "Email highlighting new features"). */
export interface ReleaseDraftInput {
  accountName: string;
  /** Whom to greet: the champion's salutation or first name; empty for a generic greeting. */
  greeting: string;
  version: string;
  releasedOn: string;
  highlights: string;
  /** What this account asked for that the release ships. */
  asked: readonly string[];
  sender: string;
}

const bullets = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-*•]\s*/, '').trim())
    .filter((l) => l !== '')
    .map((l) => `- ${l}`);

export function releaseEmailDraft(d: ReleaseDraftInput): string {
  const lines = [`Subject: Version ${d.version} is out${d.asked.length ? ' — with what you asked for' : ''}`, ''];
  lines.push(`Hi ${d.greeting.trim() || `${d.accountName} team`},`, '');
  lines.push(`Version ${d.version} was released on ${d.releasedOn}.`);
  const highlights = bullets(d.highlights);
  if (highlights.length) lines.push('', 'Highlights:', ...highlights);
  if (d.asked.length) {
    lines.push('', 'What you asked us for is now there:', ...d.asked.map((a) => `- ${a}`));
    lines.push('', 'I would be glad to show you these in a short personalised demo — would a 30-minute slot next week suit you?');
  } else {
    lines.push('', 'Happy to walk you through what is new in a short demo, on its own or in our next sync.');
  }
  lines.push('', 'Best regards,', d.sender.trim() || 'Your Customer Success Manager');
  return lines.join('\n');
}
