import type { SearchHit } from '../../../shared/search/schema';
import { formatDay } from '../ui/format';
import { Marked } from './Marked';

/** A result's title with its matches marked; a note's day written in the app's date format ("Nov 19, 2026"). */
export function HitTitle({ hit }: { hit: SearchHit }) {
  return (
    <>
      <Marked value={hit.title} />
      {hit.day && ` · ${formatDay(hit.day)}`}
      {hit.accountName && hit.kind !== 'account' && <span className="faint"> · {hit.accountName}</span>}
    </>
  );
}

/** "27" or "1,000+": how many of a kind match. */
export function matchCount(total: number, capped: boolean): string {
  return `${total.toLocaleString()}${capped ? '+' : ''}`;
}
