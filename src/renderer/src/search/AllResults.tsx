import { useState } from 'react';
import { SEARCH_KIND_LABELS, type SearchKind } from '../../../shared/search/kinds';
import type { SearchHit } from '../../../shared/search/schema';
import { useApiQuery } from '../api/use-api';
import { Button } from '../ui/Button';
import { HitTitle, matchCount } from './HitTitle';
import { Marked } from './Marked';

/** Results per page of "Show all results". */
export const ALL_RESULTS_PAGE = 25;

interface AllResultsProps {
  text: string;
  kind: SearchKind;
  onOpen: (hit: SearchHit) => void;
  onBack: () => void;
}

/** One page of one kind's matches, in rank order, through the cache like every read. */
const usePage = (text: string, kind: SearchKind, offset: number) => {
  const query = useApiQuery('search.query', { text, kinds: [kind], limit: ALL_RESULTS_PAGE, offset });
  return { data: query.data?.groups[0] ?? null, error: query.error?.message ?? null };
};

function Hits({ hits, onOpen }: { hits: readonly SearchHit[]; onOpen: (hit: SearchHit) => void }) {
  return (
    <>
      {hits.map((hit) => (
        <li key={hit.id}>
          <button type="button" className="search-hit search-all-hit" onClick={() => onOpen(hit)}>
            <span className="search-hit-title">
              <HitTitle hit={hit} />
            </span>
            {hit.snippet.text && (
              <span className="search-hit-snippet">
                <Marked value={hit.snippet} />
              </span>
            )}
          </button>
        </li>
      ))}
    </>
  );
}

/** A later page, loaded when "Show more" adds it. */
function LaterPage({ text, kind, offset, onOpen }: { text: string; kind: SearchKind; offset: number; onOpen: (hit: SearchHit) => void }) {
  const page = usePage(text, kind, offset);
  return <Hits hits={page.data?.hits ?? []} onOpen={onOpen} />;
}

/**
 * "Show all results" for one kind: every match in rank order (not only the newest ones the
 * palette ranks for a common word), a page at a time.
 */
export function AllResults({ text, kind, onOpen, onBack }: AllResultsProps) {
  const first = usePage(text, kind, 0);
  const [pages, setPages] = useState(1);
  const total = first.data?.total ?? null;
  const label = SEARCH_KIND_LABELS[kind];
  const shown = total === null ? 0 : Math.min(total, pages * ALL_RESULTS_PAGE);
  return (
    <section className="search-all" aria-label={`All ${label.toLowerCase()} matching “${text}”`}>
      <div className="row">
        <Button size="sm" variant="ghost" onClick={onBack}>
          ← Back to search
        </Button>
        <span className="spacer" />
        <span className="muted" role="status">
          {total === null ? 'Searching…' : `${label}: ${matchCount(total, false)} matching “${text}”, best first`}
        </span>
      </div>
      {first.error && (
        <p className="form-error" role="alert">
          {first.error}
        </p>
      )}
      <ol className="search-all-list">
        <Hits hits={first.data?.hits ?? []} onOpen={onOpen} />
        {Array.from({ length: pages - 1 }, (_, i) => (
          <LaterPage key={i} text={text} kind={kind} offset={(i + 1) * ALL_RESULTS_PAGE} onOpen={onOpen} />
        ))}
      </ol>
      {total !== null && shown < total && (
        <Button onClick={() => setPages((n) => n + 1)}>
          Show {Math.min(ALL_RESULTS_PAGE, total - shown)} more ({(total - shown).toLocaleString()} left)
        </Button>
      )}
    </section>
  );
}
