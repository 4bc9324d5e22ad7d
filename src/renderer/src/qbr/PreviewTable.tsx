import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { QbrSection } from '../../../shared/qbr/schema';

/** Rows shown per table in the preview; the pack itself carries every row (the CSVs too). */
const PREVIEW_ROWS = 6;
/** A figure ("12", "$180,000", "64 %"): right-aligned on one line, like every number column in the app. */
const FIGURE = /^[−+-]?[$€£]?\d[\d,.]*\s?%?$/;
/** A short value ("2026-07-11", "L2", "0 of 34", "Not yet") keeps its line; a column of longer text wraps. */
const TOKEN = /^.{1,12}$/;
/** Past this, a column holds sentences: it asks for enough width to read them in a few lines. */
const LONG = 40;

type ColumnKind = 'figure' | 'token' | 'text' | 'long';
const COLUMN_CLASS: Record<ColumnKind, string> = { figure: 'num', token: 'qbr-token', text: 'qbr-wrap', long: 'qbr-wrap qbr-long' };

type Table = QbrSection['tables'][number];

/**
 * How each column is laid out, read from the rows shown: the pack's tables carry plain strings, and
 * the preview shows them in full (as the exported files do) in a column half the window wide.
 */
function columnKinds(header: readonly string[], rows: Table['rows']): ColumnKind[] {
  return header.map((_, j) => {
    const cells = rows.map((r) => r.cells[j] ?? '').filter((c) => c !== '' && c !== '—');
    if (cells.length > 0 && cells.every((c) => FIGURE.test(c))) return 'figure';
    if (cells.every((c) => TOKEN.test(c))) return 'token';
    return cells.some((c) => c.length > LONG) ? 'long' : 'text';
  });
}

/**
 * True while the element is wider inside than out. A table that can't wrap down to the preview's width
 * (seven columns of sentences) then scrolls sideways, and only then is it a named, focusable region so
 * a keyboard can scroll it too (WCAG 2.1.1); a table that fits adds no tab stop.
 */
function useOverflowing<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [overflowing, setOverflowing] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setOverflowing(el.scrollWidth > el.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return [ref, overflowing] as const;
}

/** One table of a pack section as the preview shows it: every cell in full, the first rows only. */
export function PreviewTable({ table }: { table: Table }) {
  return (
    <div className="qbr-table">
      <h4>{table.title}</h4>
      {table.rows.length === 0 ? <p className="muted">{table.empty}</p> : <PreviewRows table={table} />}
    </div>
  );
}

/**
 * The rows, in their own component so the overflow check mounts with the element it measures: the
 * same table stays on screen across periods (the preview keeps the last answer while the next one
 * loads) and may go from empty to rows and back.
 */
function PreviewRows({ table }: { table: Table }) {
  const [ref, overflowing] = useOverflowing<HTMLDivElement>();
  const hintId = useId();
  const shown = table.rows.slice(0, PREVIEW_ROWS);
  const kinds = columnKinds(table.header, shown);
  const classOf = (j: number) => COLUMN_CLASS[kinds[j] ?? 'text'];
  return (
    <>
      <div
        ref={ref}
        className="qbr-table-rows"
        {...(overflowing ? { role: 'region', tabIndex: 0, 'aria-label': `${table.title}, scrolls sideways`, 'aria-describedby': hintId } : {})}
      >
        <table className="table">
          <thead>
            <tr>
              {table.header.map((c, j) => (
                <th key={c} scope="col" className={classOf(j)}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r, i) => (
              <tr key={i}>
                {r.cells.map((c, j) => (
                  <td key={j} className={classOf(j)}>
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {overflowing && (
        <p id={hintId} className="faint qbr-scroll-hint">
          Scroll the table sideways to see every column.
        </p>
      )}
      {table.rows.length > PREVIEW_ROWS && <p className="muted">and {table.rows.length - PREVIEW_ROWS} more in the pack</p>}
    </>
  );
}
