/**
 * Field options of a combobox (the query box while a field name is typed, the facet picker,
 * the rule box with the SECL fields): the catalog fields matching the typed text, ranked by
 * `matchFields`, as suggestion items.
 */
import type { FieldInfo } from '../common/field-catalog';
import { FIELD_CATALOG } from '../common/field-catalog';
import { matchFields } from './match-fields';
import type { Suggestion } from './suggestion-list';

export interface FieldSuggestions {
  readonly items: readonly Suggestion[];
  /** Matches beyond the limit that were left out. */
  readonly more: number;
}

/** `catalog`: the query fields unless another list is given (the rule box's SECL fields). */
export function fieldSuggestions(
  typed: string,
  limit: number,
  catalog: readonly FieldInfo[] = FIELD_CATALOG,
): FieldSuggestions {
  const { matches, more } = matchFields(catalog, typed, limit);
  const items = matches.map(({ info }) => ({
    insert: info.field,
    kind: 'field' as const,
    type: info.type,
    description: info.description,
    isIndexed: info.isIndexed,
  }));
  return { items, more };
}
