/**
 * Where a compiled rule reads its values in the index: the body paths of its leaves (and
 * `evt.name`, for its event type), as column names, and each leaf's values for one event read
 * back from those columns in the shape `compilePath` gives them.
 */
import type { FieldColumns } from '../index/field-columns';
import { valuesOf, type ValueColumn } from '../index/value-column';
import type { CompiledRule, Leaf, LeafValues } from '../secl';

export const EVENT_TYPE_PATH = 'evt.name';

/** Every body path the rule needs in the index. */
export function rulePaths(rule: CompiledRule): string[] {
  const paths = new Set<string>([EVENT_TYPE_PATH]);
  for (const leaf of rule.leaves) for (const path of leaf.paths) paths.add(path);
  return [...paths];
}

export function columnOf(fields: FieldColumns, path: string): ValueColumn {
  const column = fields.get(`@${path}`);
  if (column === undefined) throw new Error(`the index holds no column for ${path}`);
  return column;
}

/** The columns of a leaf's paths, in `leaf.paths` order. */
export function leafColumns(fields: FieldColumns, leaf: Leaf): ValueColumn[] {
  return leaf.paths.map((path) => columnOf(fields, path));
}

/** A leaf's values for the event with row key `key`. */
export function leafValues(columns: readonly ValueColumn[], key: number): LeafValues {
  return columns.map((column) => valuesOf(column.value(key)));
}
