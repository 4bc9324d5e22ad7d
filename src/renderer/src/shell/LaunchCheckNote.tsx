import { useApiQuery } from '../api/use-api';

/**
 * While main checks an existing book at launch (a few seconds for a large one), the book is
 * already readable but a change waits for the check's verdict: this says so, quietly, so a save
 * that takes a moment isn't a mystery. It fades in late, so a small book's check never flashes it.
 */
export function LaunchCheckNote() {
  const status = useApiQuery('app.status', undefined, { staleTime: Infinity });
  const checking = status.data?.state === 'ready' && status.data.checking === true;
  return (
    // A live region (announced when the words appear), but not role="status": that role is the
    // toasts', which pages and tests find by it.
    <p className="launch-check" aria-live="polite">
      {checking ? (
        <>
          <span className="launch-check-dot" aria-hidden="true" />
          Checking your data file… changes are saved as soon as it’s done.
        </>
      ) : null}
    </p>
  );
}
