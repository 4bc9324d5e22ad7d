import type { ReactNode } from 'react';
import { Button } from './Button';

/** A column heading; a numeric one is right-aligned like its cells (`td.num`). */
export type RecordColumn = string | { label: string; numeric: true };

interface RecordTableProps {
  /** Read by screen readers only: names the table for "tables" navigation. */
  caption: string;
  columns: readonly RecordColumn[];
  /** In a bordered box that scrolls sideways when the table outgrows it; off where a card already frames it. */
  framed?: boolean;
  /** The rows; each ends with a `RecordActions` cell under the "Actions" heading. */
  children: ReactNode;
}

/**
 * The table of an account's records (milestones, tickets, escalations, kit items, opportunities): one
 * row a record, a last column of per-row buttons headed "Actions" for screen readers only.
 */
export function RecordTable({ caption, columns, framed = true, children }: RecordTableProps) {
  const table = (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) =>
            typeof c === 'string' ? (
              <th key={c} scope="col">
                {c}
              </th>
            ) : (
              <th key={c.label} scope="col" className="num">
                {c.label}
              </th>
            ),
          )}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
  return framed ? <div className="table-wrap">{table}</div> : table;
}

/** The last cell of a record row: its buttons side by side. */
export function RecordActions({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <td className={className}>
      <div className="row">{children}</div>
    </td>
  );
}

interface EditDeleteProps {
  /** Completes each button's accessible name: "Edit <what>", "Delete <what>". */
  what: string;
  onEdit: () => void;
  onDelete: () => void;
  /** "Remove" where the record is taken off a list rather than deleted. */
  deleteLabel?: 'Delete' | 'Remove';
}

/** The quiet Edit and Delete buttons of one record, named for it so a list of them stays tellable apart. */
export function EditDeleteButtons({ what, onEdit, onDelete, deleteLabel = 'Delete' }: EditDeleteProps) {
  return (
    <>
      <Button size="sm" variant="ghost" aria-label={`Edit ${what}`} onClick={onEdit}>
        Edit
      </Button>
      <Button size="sm" variant="ghost" aria-label={`${deleteLabel} ${what}`} onClick={onDelete}>
        {deleteLabel}
      </Button>
    </>
  );
}
