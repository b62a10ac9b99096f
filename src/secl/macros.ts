/**
 * Policy macros: `{ id, expression }` definitions parsed once into a table that rules expand
 * by name. A macro body is a list (`["sh", "bash"]`), an expression, or a single value; parse
 * errors are kept per macro and reported where a rule uses it.
 */
import type { MacroBody } from './ast';
import type { SeclError } from './errors';
import { parseMacro } from './parser';

export interface MacroDefinition {
  readonly id: string;
  readonly expression: string;
}

export interface MacroEntry {
  readonly id: string;
  readonly source: string;
  readonly body: MacroBody | undefined;
  readonly errors: readonly SeclError[];
}

export type MacroTable = ReadonlyMap<string, MacroEntry>;

export const NO_MACROS: MacroTable = new Map();

/** Parses every definition; a later definition of the same id replaces an earlier one. */
export function buildMacroTable(definitions: readonly MacroDefinition[]): MacroTable {
  const table = new Map<string, MacroEntry>();
  for (const { id, expression } of definitions) {
    const parsed = parseMacro(expression);
    table.set(id, {
      id,
      source: expression,
      body: parsed.ok ? parsed.ast : undefined,
      errors: parsed.ok ? [] : parsed.errors,
    });
  }
  return table;
}
