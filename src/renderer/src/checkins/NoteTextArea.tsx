import { useLayoutEffect, useRef, type ChangeEvent, type RefObject } from 'react';
import { parseHeadings, sectionJumpTarget } from '../../../shared/checkins/sections';
import { MAX_NOTE_BODY } from '../../../shared/checkins/schema';
import { TextAreaField } from '../ui/Field';

interface NoteTextAreaProps {
  /** The textarea, for the editor (it puts the caret back after a restart). */
  textRef: RefObject<HTMLTextAreaElement | null>;
  value: string;
  onChange: (body: string) => void;
  autoFocus: boolean;
}

const lineStart = (text: string, line: number) => {
  let at = 0;
  for (let i = 0; i < line; i += 1) {
    const next = text.indexOf('\n', at);
    if (next === -1) return text.length;
    at = next + 1;
  }
  return at;
};
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

/** The nearest ancestor that scrolls (the app's main pane), or the page. */
function scrollParent(element: HTMLElement): HTMLElement {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return document.scrollingElement as HTMLElement;
}

/**
 * Moves the caret and scrolls so its line sits in the upper third of the view. The box grows
 * with its text and never scrolls itself, so it is the pane around it that has to move.
 */
function placeCaret(box: HTMLTextAreaElement, at: number) {
  box.setSelectionRange(at, at);
  const style = getComputedStyle(box);
  const lineHeight = parseFloat(style.lineHeight) || 20;
  const pane = scrollParent(box);
  const caretTop = box.getBoundingClientRect().top + (parseFloat(style.paddingTop) || 0) + lineOf(box.value, at) * lineHeight;
  const paneTop = pane === document.scrollingElement ? 0 : pane.getBoundingClientRect().top;
  pane.scrollTop += caretTop - paneTop - pane.clientHeight / 3;
}

/**
 * The note's text, still Markdown in a plain textarea (the stored format, and the control
 * assistive tech and tests know as "Notes"), made for typing in a meeting: proportional type,
 * a box that grows with the text, an outline of the agenda's sections to jump to, and
 * Alt+↓ / Alt+↑ for the next / previous section. A textarea beats an editor library here: it
 * keeps native undo, spell check, IME and the accessible name, and sections are all we need.
 */
export function NoteTextArea({ textRef: ref, value, onChange, autoFocus }: NoteTextAreaProps) {
  const headings = parseHeadings(value);

  // Where the caret goes once React has written a value this component just changed.
  const pendingCaret = useRef<number | null>(null);

  // Grows with the text (never shrinking below the CSS minimum), so the page scrolls, not the box.
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    box.style.height = 'auto';
    box.style.height = `${box.scrollHeight + 2}px`;
    if (pendingCaret.current !== null) {
      placeCaret(box, pendingCaret.current);
      pendingCaret.current = null;
    }
  }, [value, ref]);

  /** Puts the caret on the line under a heading (adding an empty line when there is none). */
  const goToSection = (headingLine: number) => {
    const box = ref.current;
    if (!box) return;
    const text = box.value;
    const at = lineStart(text, headingLine + 1);
    box.focus();
    if (at >= text.length && !text.endsWith('\n')) {
      pendingCaret.current = text.length + 1;
      onChange(`${text}\n`);
      return;
    }
    placeCaret(box, at);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const box = e.currentTarget;
    const target = sectionJumpTarget(box.value, lineOf(box.value, box.selectionStart), e.key === 'ArrowDown' ? 1 : -1);
    e.preventDefault();
    if (target !== null) goToSection(target);
  };

  return (
    <div className={headings.length > 0 ? 'note-writing' : 'note-writing no-outline'}>
      {headings.length > 0 && (
        <nav className="note-outline" aria-label="Note sections">
          <p className="note-outline-title">Sections</p>
          <ul>
            {headings.map((h) => (
              <li key={`${h.line}-${h.heading}`} className={`note-outline-level-${Math.min(h.level, 4)}`}>
                <button type="button" className="note-outline-link" onClick={() => goToSection(h.line)} aria-label={`Go to section: ${h.heading}`}>
                  {h.heading}
                </button>
              </li>
            ))}
          </ul>
          <p className="faint note-outline-keys">Alt+↓ / Alt+↑ next / previous section</p>
        </nav>
      )}
      <TextAreaField
        ref={ref}
        label="Notes"
        className="note-text"
        rows={12}
        value={value}
        hint="Markdown: ## heading, - list, **bold**. A line starting BLOCKER: raises a blocker (add “(owner: Name)”)."
        onChange={(e: ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        maxLength={MAX_NOTE_BODY}
        autoFocus={autoFocus}
        spellCheck
      />
    </div>
  );
}
