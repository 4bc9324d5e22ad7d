import type { BenchBook } from '../book';
import type { BenchCase } from '../measure';

/**
 * Slot for "load a checklist" (issue 3). The checklist domain is built on its own branch; when
 * it is on main, return its case here: the handler `checklist:get` (or whatever it is named)
 * for an account through `book.runtime.invoke`, and the same statements as bare SQL. While
 * this returns nothing the report says the path is not measured.
 */
export function checklistCases(_book: BenchBook): BenchCase[] {
  return [];
}
