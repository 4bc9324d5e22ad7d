import { operation } from '../operation';
import { SearchInput, SearchResult } from '../../search/schema';

export const search = {
  query: operation('search:query', SearchInput, SearchResult),
};
