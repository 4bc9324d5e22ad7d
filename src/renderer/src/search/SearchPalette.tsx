import { useCallback, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { SEARCH_KIND_LABELS, type SearchKind } from '../../../shared/search/kinds';
import type { SearchHit, SearchResult } from '../../../shared/search/schema';
import { useApiQuery } from '../api/use-api';
import { useRoute } from '../shell/route';
import { Dialog } from '../ui/Dialog';
import { useHotkey } from '../ui/hotkeys';
import { Marked } from './Marked';
import { AllResults } from './AllResults';
import { HitTitle, matchCount } from './HitTitle';
import { Button } from '../ui/Button';
import { openHit as openSearchHit } from './open-hit';
import './search.css';

/** Typing pauses this long before a search runs; each search answers within a frame or two. */
const SEARCH_DELAY_MS = 60;

const NO_RESULT: SearchResult = { groups: [] };

/** Ctrl/Cmd+K from anywhere: search the whole book, results grouped by kind, Enter opens one. */
export function SearchPalette() {
  const [open, setOpen] = useState(false);
  const openPalette = useCallback(() => setOpen(true), []);
  useHotkey('mod+k', openPalette);
  if (!open) return null;
  return <Palette onClose={() => setOpen(false)} />;
}

function Palette({ onClose }: { onClose: () => void }) {
  const go = useRoute((s) => s.go);
  const [text, setText] = useState('');
  // The text searched for: `text` once typing pauses.
  const [asked, setAsked] = useState<string | null>(null);
  // "Show all results" for one kind replaces the grouped results until "Back to search".
  const [allOf, setAllOf] = useState<SearchKind | null>(null);
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    const timer = setTimeout(() => setAsked(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  // The last results stay on screen while the next search runs; a newer answer always wins.
  const search = useApiQuery('search.query', { text: asked ?? '' }, { enabled: asked !== null, placeholderData: keepPreviousData });
  const result: SearchResult = search.data ?? NO_RESULT;
  const error = search.error?.message ?? null;
  // New results put the highlight back on the first hit.
  const [shownResult, setShownResult] = useState(result);
  if (shownResult !== result) {
    setShownResult(result);
    setActive(0);
  }

  const hits: SearchHit[] = result.groups.flatMap((g) => g.hits);
  const openHit = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onClose();
    openSearchHit(hit, go, asked ?? '');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openHit(hits[active]);
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;
  // Each group's first position in the flat list the arrow keys move through.
  const offsets = result.groups.map((_, g) => result.groups.slice(0, g).reduce((n, x) => n + x.hits.length, 0));
  const more = result.groups.filter((g) => g.totalCapped || g.total > g.hits.length);
  if (allOf) {
    return (
      <Dialog title="Search" open onClose={onClose} width={720}>
        <AllResults text={text.trim()} kind={allOf} onOpen={openHit} onBack={() => setAllOf(null)} />
      </Dialog>
    );
  }
  return (
    <Dialog title="Search" open onClose={onClose} width={640}>
      <input
        className="input search-input"
        role="combobox"
        aria-label="Search accounts, contacts, notes and action items"
        aria-expanded={hits.length > 0}
        aria-controls={hits.length > 0 ? listId : undefined}
        aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
        placeholder="Search accounts, contacts, notes, action items…"
        value={text}
        autoFocus
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {error && <p className="form-error" role="alert">{error}</p>}
      {/* The hints sit beside the list box, not in it: a list box may hold only options. */}
      <div className="search-results">
        {hits.length > 0 && (
          <div id={listId} role="listbox" aria-label="Results">
            {result.groups.map((group, g) => (
              <div key={group.kind} role="group" aria-label={SEARCH_KIND_LABELS[group.kind]}>
                <div className="search-group" aria-hidden="true">
                  {SEARCH_KIND_LABELS[group.kind]}
                  <span className="search-group-count">{matchCount(group.total, group.totalCapped)}</span>
                </div>
                {group.hits.map((hit, h) => {
                  const i = (offsets[g] ?? 0) + h;
                  return (
                    <div
                      key={`${hit.kind}-${hit.id}`}
                      id={optionId(i)}
                      role="option"
                      aria-selected={i === active}
                      className="search-hit"
                      onMouseMove={() => setActive(i)}
                      onClick={() => openHit(hit)}
                    >
                      <div className="search-hit-title">
                        <HitTitle hit={hit} />
                      </div>
                      {hit.snippet.text && (
                        <div className="search-hit-snippet">
                          <Marked value={hit.snippet} />
                        </div>
                      )}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
        )}
        {text.trim() !== '' && result.groups.length === 0 && !error && <p className="muted search-empty">Nothing matches “{text.trim()}”.</p>}
        {text.trim() === '' && <p className="faint search-empty">Type a name, a word from a note, a person… ↑↓ to move, Enter to open, Esc to close.</p>}
      </div>
      {more.length > 0 && (
        <div className="search-more" role="group" aria-label="Show all results">
          {more.map((g) => (
            <Button key={g.kind} size="sm" onClick={() => setAllOf(g.kind)}>
              Show all {matchCount(g.total, g.totalCapped)} {SEARCH_KIND_LABELS[g.kind].toLowerCase()}
            </Button>
          ))}
        </div>
      )}
    </Dialog>
  );
}
