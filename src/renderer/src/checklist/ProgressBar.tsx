import type { Progress } from '../../../shared/checklist/schema';

/** A thin bar with its numbers beside it: the bar is decoration, the text is the information. */
export function ProgressBar({ progress, label, size = 'md' }: { progress: Progress; label: string; size?: 'md' | 'sm' }) {
  const complete = progress.applicable > 0 && progress.done === progress.applicable;
  return (
    <div className={`progress progress-${size}`}>
      <div
        className={`progress-track ${complete ? 'complete' : ''}`}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={`${progress.done} of ${progress.applicable} done, ${progress.percent} %`}
      >
        <div className="progress-fill" style={{ width: `${progress.percent}%` }} />
      </div>
      <span className="progress-text">
        {progress.applicable === 0 ? (
          'Nothing applies'
        ) : (
          <>
            {progress.done}/{progress.applicable}
            <span className="progress-pct">{progress.percent}%</span>
          </>
        )}
      </span>
    </div>
  );
}
