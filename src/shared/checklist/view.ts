import { isReady, progressOf } from './progress';
import type { Checklist, ChecklistItem, ChecklistSection, ChecklistStatus } from './schema';
import type { ChecklistTemplate } from './template';

/** One answered item as main stores it. */
export interface StoredChecklistItem {
  id: string;
  sectionKey: string;
  templateKey: string | null;
  /** The text when the item was added (template items show the current template's wording). */
  text: string;
  position: number;
  status: ChecklistStatus;
  note: string;
  evidence: string;
  changedBy: string;
  changedAt: string | null;
}

/** Where items go whose section no longer exists in the template (never expected: keys are kept). */
const ORPHANS = { key: 'other', title: 'Other' };

/** The template's keys, worked out once per template rather than on every open. */
const keysOf = new WeakMap<ChecklistTemplate, { items: Set<string>; sections: Set<string> }>();
function templateKeys(template: ChecklistTemplate) {
  let keys = keysOf.get(template);
  if (!keys) {
    keys = {
      items: new Set(template.sections.flatMap((s) => s.items.map((i) => i.key))),
      sections: new Set(template.sections.map((s) => s.key)),
    };
    keysOf.set(template, keys);
  }
  return keys;
}

/**
 * An account's checklist as the CSM sees it: the template's sections and items in the
 * template's order, each section's custom items after its template items, and progress.
 */
export function buildChecklist(
  template: ChecklistTemplate,
  accountId: string,
  templateVersion: number,
  stored: readonly StoredChecklistItem[],
): Checklist {
  const byKey = new Map<string, StoredChecklistItem>();
  const extrasBySection = new Map<string, StoredChecklistItem[]>();
  const keys = templateKeys(template);

  for (const row of stored) {
    if (row.templateKey !== null && keys.items.has(row.templateKey)) {
      byKey.set(row.templateKey, row);
      continue;
    }
    const section = keys.sections.has(row.sectionKey) ? row.sectionKey : ORPHANS.key;
    const list = extrasBySection.get(section) ?? [];
    list.push(row);
    extrasBySection.set(section, list);
  }

  const toItem = (row: StoredChecklistItem, text: string, parentId: string | null): ChecklistItem => ({
    id: row.id,
    templateKey: row.templateKey,
    origin: row.templateKey === null ? 'custom' : 'template',
    text,
    parentId,
    status: row.status,
    note: row.note,
    evidence: row.evidence,
    changedBy: row.changedBy,
    changedAt: row.changedAt,
  });
  const extras = (sectionKey: string) =>
    (extrasBySection.get(sectionKey) ?? [])
      .slice()
      .sort((a, b) => a.position - b.position)
      .map((row) => toItem(row, row.text, null));
  const section = (key: string, title: string, items: ChecklistItem[]): ChecklistSection => ({
    key,
    title,
    items,
    progress: progressOf(items.map((i) => i.status)),
  });

  const sections: ChecklistSection[] = template.sections.map((s) => {
    const items: ChecklistItem[] = [];
    for (const t of s.items) {
      const row = byKey.get(t.key);
      if (!row) continue;
      const parentId = t.parentKey ? (byKey.get(t.parentKey)?.id ?? null) : null;
      items.push(toItem(row, t.text, parentId));
    }
    return section(s.key, s.title, [...items, ...extras(s.key)]);
  });
  const orphans = extras(ORPHANS.key);
  if (orphans.length > 0) sections.push(section(ORPHANS.key, ORPHANS.title, orphans));

  const progress = progressOf(sections.flatMap((s) => s.items.map((i) => i.status)));
  return { accountId, templateVersion, sections, progress, ready: isReady(progress) };
}
