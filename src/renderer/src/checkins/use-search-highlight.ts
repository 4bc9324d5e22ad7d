import { useEffect, type RefObject } from 'react';
import { markMatches } from '../../../shared/search/highlight';
import { searchTerms } from '../../../shared/search/query';

const HIGHLIGHT = 'search-match';

/**
 * Highlights the words a search matched inside `container` (a note opened from a search hit),
 * with the same matching rules as the index. It uses the CSS Custom Highlight API, which paints
 * ranges without touching the DOM React renders, and clears when the note or query changes.
 */
export function useSearchHighlight(container: RefObject<HTMLElement | null>, query: string | undefined): void {
  useEffect(() => {
    const root = container.current;
    const terms = query ? searchTerms(query) : [];
    if (!root || terms.length === 0 || typeof Highlight === 'undefined') return;
    const ranges: Range[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const [start, end] of markMatches(node.textContent ?? '', terms).ranges) {
        const range = new Range();
        range.setStart(node, start);
        range.setEnd(node, end);
        ranges.push(range);
      }
    }
    CSS.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    return () => {
      CSS.highlights.delete(HIGHLIGHT);
    };
  }, [container, query]);
}
