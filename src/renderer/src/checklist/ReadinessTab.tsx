import { useEffect, useRef, useState } from 'react';
import type { Checklist, ChecklistItem, ChecklistStatus } from '../../../shared/checklist/schema';
import { isLeft } from '../../../shared/checklist/progress';
import type { AccountTabProps } from '../accounts/account-tab-props';
import { useApiMutation, useApiQuery } from '../api/use-api';
import { Button } from '../ui/Button';
import { EmptyState } from '../ui/EmptyState';
import { shortcutLabel, useHotkey } from '../ui/hotkeys';
import { useRoute } from '../shell/route';
import { takeReopen } from '../shell/session-location';
import { toast } from '../ui/toasts';
import { AddItemDialog } from './AddItemDialog';
import { ChecklistList, visibleSections } from './ChecklistList';
import { ItemDetail } from './ItemDetail';
import { KeyLegend } from './KeyLegend';
import { ProgressBar } from './ProgressBar';
import './checklist.css';

/** An account's production-readiness checklist: summary, the list, and the focused item's details. */
export function ReadinessTab({ account }: AccountTabProps) {
  const loaded = useApiQuery('checklist.open', { accountId: account.id });
  const checklist = loaded.data;
  // Each change answers with the whole checklist, and (declared) invalidates the one shown.
  const update = useApiMutation('checklist.update');
  const removeItem = useApiMutation('checklist.removeItem');
  const restoreItem = useApiMutation('checklist.restoreItem');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [onlyLeft, setOnlyLeft] = useState(false);
  const [addingTo, setAddingTo] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  // Ctrl/Cmd+N adds an item to the section of the focused item, as "new" does everywhere.
  const openAdd = () => {
    if (!checklist) return;
    const section = checklist.sections.find((s) => s.items.some((i) => i.id === selectedId)) ?? checklist.sections[0];
    setAddingTo(section?.key ?? '');
  };
  useHotkey('mod+n', openAdd, addingTo === null);

  // An item opened from elsewhere (a search hit: the route's `focus`) is selected and focused
  // once, when the checklist holding it is there.
  const requested = useRoute((s) => (s.route.page === 'account' ? s.route.focus : undefined));
  const requestedItem = requested && checklist?.sections.some((s) => s.items.some((i) => i.id === requested)) ? requested : null;
  const [shownRequest, setShownRequest] = useState<string | null>(null);
  if (requestedItem && requestedItem !== shownRequest) {
    setShownRequest(requestedItem);
    setSelectedId(requestedItem);
    setOnlyLeft(false);
  }
  useEffect(() => {
    if (!requestedItem) return;
    // The item whose note was being edited before a restart gets its note field back, caret at the end.
    const field = noteRef.current;
    if (takeReopen('checklist-item') === requestedItem && field) {
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
      return;
    }
    document.querySelector<HTMLElement>(`[data-item-id="${requestedItem}"]`)?.focus();
  }, [requestedItem]);

  if (loaded.error && !checklist) {
    return (
      <p className="form-error" role="alert">
        {loaded.error.message}
      </p>
    );
  }
  if (!checklist) return <div aria-busy="true" />;

  const sections = visibleSections(checklist, onlyLeft);
  const visible = sections.flatMap((s) => s.items);
  const selected = visible.find((i) => i.id === selectedId) ?? visible[0] ?? null;
  const selectedSection = selected ? checklist.sections.find((s) => s.items.some((i) => i.id === selected.id)) : undefined;
  const left = checklist.progress.applicable - checklist.progress.done;
  const notApplicable = checklist.sections.flatMap((s) => s.items).filter((i) => i.status === 'not-applicable').length;

  const apply = async (request: Promise<Checklist>) => {
    try {
      const next = await request;
      if (!checklist.ready && next.ready) toast.info('Every applicable item is done: ready for production.');
    } catch (error) {
      toast.error((error as Error).message);
    }
  };

  /** Where the selection goes when `item` leaves the visible list. */
  const neighbourOf = (item: ChecklistItem) => {
    const index = visible.findIndex((i) => i.id === item.id);
    return visible[index + 1] ?? visible[index - 1] ?? null;
  };

  // Always sent, even when it equals the stored status: a change still on its way may differ,
  // and main leaves who / when alone for an unchanged value.
  const setStatus = (item: ChecklistItem, status: ChecklistStatus) => {
    if (onlyLeft && !isLeft(status)) setSelectedId(neighbourOf(item)?.id ?? null);
    else setSelectedId(item.id);
    void apply(update.mutateAsync({ id: item.id, changes: { status } }));
  };

  const remove = (item: ChecklistItem) => {
    setSelectedId(neighbourOf(item)?.id ?? null);
    void apply(removeItem.mutateAsync({ id: item.id })).then(() =>
      toast.info(`Removed “${item.text}”.`, {
        label: 'Undo',
        run: () => {
          setSelectedId(item.id);
          void apply(restoreItem.mutateAsync({ id: item.id }));
        },
      }),
    );
  };

  const focusRow = (id: string) => document.querySelector<HTMLElement>(`[data-item-id="${id}"]`)?.focus();

  return (
    <div className="readiness">
      <section className="readiness-summary" aria-label="Readiness summary">
        <div className="stack readiness-summary-text">
          <h2>Production readiness</h2>
          <p className="muted">
            {checklist.progress.done} of {checklist.progress.applicable} applicable items done
            {notApplicable > 0 ? ` · ${notApplicable} not applicable` : ''}
          </p>
        </div>
        <ProgressBar progress={checklist.progress} label="Overall readiness" />
        {checklist.ready ? (
          <span className="badge badge-ok ready-badge">
            <span aria-hidden="true">✓</span> Ready for production
          </span>
        ) : (
          <span className="badge ready-badge">Not ready · {left} left</span>
        )}
      </section>

      <div className="readiness-toolbar">
        <Button aria-pressed={onlyLeft} title="Show only items to do or in progress" onClick={() => setOnlyLeft((v) => !v)}>
          {onlyLeft ? `What's left (${left})` : "What's left"}
        </Button>
        <Button
          title={`Add a custom item (${shortcutLabel('mod+n')}, or A in the list)`}
          shortcut={shortcutLabel('mod+n')}
          onClick={openAdd}
        >
          Add item
        </Button>
        <span className="spacer" />
        <KeyLegend />
      </div>

      {visible.length === 0 ? (
        <EmptyState
          title="Nothing left to do"
          actions={<Button onClick={() => setOnlyLeft(false)}>Show all items</Button>}
        >
          Every applicable item is done. Show all items to review notes and evidence.
        </EmptyState>
      ) : (
        <div className="readiness-body">
          <ChecklistList
            checklist={checklist}
            onlyLeft={onlyLeft}
            selectedId={selected?.id ?? null}
            onSelect={(item) => setSelectedId(item.id)}
            onSetStatus={setStatus}
            onEdit={() => noteRef.current?.focus()}
            onRemove={remove}
            onAdd={(sectionKey) => setAddingTo(sectionKey)}
          />
          {selected && (
            <ItemDetail
              key={selected.id}
              item={selected}
              sectionTitle={selectedSection?.title ?? ''}
              noteRef={noteRef}
              onSetStatus={(status) => setStatus(selected, status)}
              onSaveText={async (changes) => {
                await update.mutateAsync({ id: selected.id, changes });
              }}
              onRemove={() => remove(selected)}
              onBackToList={() => focusRow(selected.id)}
            />
          )}
        </div>
      )}

      {addingTo !== null && (
        <AddItemDialog
          checklist={checklist}
          sectionKey={addingTo}
          onClose={() => setAddingTo(null)}
          onAdded={(next, text, sectionKey) => {
            const before = new Set(checklist.sections.flatMap((s) => s.items.map((i) => i.id)));
            const added = next.sections.find((s) => s.key === sectionKey)?.items.find((i) => !before.has(i.id));
            setAddingTo(null);
            if (added) setSelectedId(added.id);
            toast.info(`Added “${text}”.`);
          }}
        />
      )}
    </div>
  );
}
