import type { MarkedText } from '../../../shared/search/query';

/** Text with its search matches highlighted, built as elements (never as HTML). */
export function Marked({ value }: { value: MarkedText }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  value.ranges.forEach(([start, end], i) => {
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(<mark key={i}>{value.text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}
