/**
 * Evidence is free text; when it is just a web link it is shown as one. Only https links are
 * offered (the app opens nothing else outside itself).
 */
export function evidenceLink(evidence: string): string | null {
  const text = evidence.trim();
  if (!/^https:\/\/\S+$/i.test(text)) return null;
  try {
    return new URL(text).protocol === 'https:' ? text : null;
  } catch {
    return null;
  }
}
