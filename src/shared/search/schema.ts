import { z } from 'zod';
import { SEARCH_KINDS } from './kinds';

export const SearchKind = z.enum(SEARCH_KINDS);

export const SearchInput = z
  .object({
    text: z.string().max(500, 'Keep the search under 500 characters'),
    /** Only these kinds (all when absent). */
    kinds: z.array(SearchKind).max(SEARCH_KINDS.length).optional(),
    /** Results per kind. */
    limit: z.number().int().min(1).max(50).optional(),
    /**
     * Page through every match in rank order, skipping this many (the "Show all results"
     * view). Without it the palette's quick answer ranks the newest matches of a common word.
     */
    offset: z.number().int().min(0).max(1_000_000).optional(),
  })
  .strict();
export type SearchInput = z.output<typeof SearchInput>;

const MarkedText = z.object({ text: z.string(), ranges: z.array(z.tuple([z.number().int(), z.number().int()])) });

export const SearchHit = z.object({
  kind: SearchKind,
  id: z.string(),
  accountId: z.string().nullable(),
  accountName: z.string().nullable(),
  /** The record that opens for this hit when it lives inside another (an action item's note). */
  parentId: z.string().nullable(),
  title: MarkedText,
  /** The day a check-in note was held (the window writes it in the app's date format); null for other kinds. */
  day: z.iso.date().nullable(),
  snippet: MarkedText,
});
export type SearchHit = z.output<typeof SearchHit>;

export const SearchGroup = z.object({
  kind: SearchKind,
  hits: z.array(SearchHit),
  /** How many records of this kind match: the hits are the best of them. */
  total: z.number().int().min(0),
  /** True when there are more than `total` (the palette stops counting at 1,000: "1,000+"). */
  totalCapped: z.boolean(),
  /** Whether the hits were ranked among every match (false: among the newest matches of a common word). */
  rankedAll: z.boolean(),
});
export type SearchGroup = z.output<typeof SearchGroup>;

export const SearchResult = z.object({ groups: z.array(SearchGroup) });
export type SearchResult = z.output<typeof SearchResult>;
