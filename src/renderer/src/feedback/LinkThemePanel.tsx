import { useState } from 'react';
import type { FeedbackRequest, ThemeDetail } from '../../../shared/feedback/schema';
import { useApiMutation } from '../api/use-api';
import { Button } from '../ui/Button';
import { TextField } from '../ui/Field';
import { toast } from '../ui/toasts';
import { ThemeStatusBadge } from './StatusBadge';
import { ThemeFormDialog } from './ThemeFormDialog';
import { useThemeSuggestions } from './queries';

const requestText = (r: FeedbackRequest) => [r.rootCause, r.request, ...r.whys].join(' ');

/** A title for a theme made from a request: its root cause, else its words, cut to fit. */
const titleFrom = (r: FeedbackRequest) => (r.rootCause || r.request).slice(0, 200);

/**
 * Links a request to a theme: existing themes with similar words come first (FTS), the CSM
 * can search with other words, or start a new theme from this request.
 */
export function LinkThemePanel({ request, onLinked }: { request: FeedbackRequest; onLinked: (themeId: string) => void }) {
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const text = search.trim() || requestText(request);
  const suggestions = useThemeSuggestions({ text, ...(request.themeId ? { excludeThemeId: request.themeId } : {}), limit: 6 });
  const linkRequest = useApiMutation('feedback.link');

  const link = async (themeId: string, title: string) => {
    try {
      await linkRequest.mutateAsync({ requestId: request.id, themeId });
      toast.info(`Linked to “${title}”.`);
      onLinked(themeId);
    } catch (e) {
      toast.error((e as Error).message);
    }
  };

  return (
    <section className="link-theme" aria-label="Link to a theme">
      <TextField
        label="Find a theme"
        type="search"
        placeholder="Similar words are suggested; type others to search"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {suggestions.data && suggestions.data.length === 0 && (
        <p className="muted">No theme shares words with this yet. Start one from this request.</p>
      )}
      {suggestions.data && suggestions.data.length > 0 && (
        <ul className="suggestions" aria-label="Suggested themes">
          {suggestions.data.map((s) => (
            <li key={s.id} className="suggestion">
              <div className="stack suggestion-text">
                <span className="row">
                  <strong>{s.title}</strong>
                  <ThemeStatusBadge status={s.status} />
                </span>
                {s.problemStatement && <span className="muted">{s.problemStatement}</span>}
              </div>
              <Button size="sm" aria-label={`Link to ${s.title}`} onClick={() => void link(s.id, s.title)}>
                Link
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button onClick={() => setCreating(true)}>New theme from this request</Button>
      </div>
      {creating && (
        <ThemeFormDialog
          requestIds={[request.id]}
          initial={{ title: titleFrom(request), problemStatement: request.rootCause }}
          onClose={() => setCreating(false)}
          onSaved={(detail: ThemeDetail) => {
            setCreating(false);
            toast.info(`Created theme “${detail.theme.title}”.`);
            onLinked(detail.theme.id);
          }}
        />
      )}
    </section>
  );
}
