/**
 * A compiled SECL rule over the index: per event its three-valued result (`results`), and as
 * a restriction of the view (`KeyFilter`) the events it is true *or undecided* for — the view
 * shows both, marked, and only true counts as a match. Leaves reading one path are decided at
 * most once per distinct value of its column, on first use (`TriTable`), then looked up per
 * event by code; leaves reading several paths (field against field, iterator registers) are
 * decided per event from the columns, memoized on the tuple of codes while that stays small.
 * Only the events of the rule's type (`evt.name`) are evaluated. A rule whose loading is
 * undecided (a policy filter the export cannot decide) decides no event true: its matches
 * become undecided.
 */
import type { FieldColumns } from '../index/field-columns';
import type { Codes, ValueColumn } from '../index/value-column';
import { valuesOf } from '../index/value-column';
import type { KeyFilter } from '../search/search-view';
import type { CompiledRule, Leaf, RuleTree } from '../secl';
import { Tri, triAnd, triNot, triOr } from '../secl';
import { tallyResults, type RuleTally } from './rule-tally';
import { EVENT_TYPE_PATH, columnOf, leafColumns, leafValues } from './rule-columns';
import { TriTable, UNDECIDED } from './tri-table';

type KeyTest = (key: number) => Tri;

interface LeafEvaluator {
  /** Brings lookups up to date with the columns (called before each pass). */
  prepare(): void;
  readonly test: KeyTest;
}

// Read once: the hot loops compare against plain numbers.
const TRUE: Tri = Tri.True;
const FALSE: Tri = Tri.False;

/** Code tuples remembered per multi-path leaf, at most. */
const MAX_MEMO = 200_000;

/**
 * Decision tables shared by the rules of one policy (compiled with the same macros): a leaf
 * with the same text on the same path decides the same way, whichever rule holds it.
 */
export type SharedTables = Map<string, TriTable>;

function tableFor(leaf: Leaf, column: ValueColumn, shared: SharedTables | undefined): TriTable {
  const make = () => new TriTable(column, (value) => leaf.test([valuesOf(value)]));
  if (shared === undefined) return make();
  const key = `${leaf.paths[0] ?? ''}\u0000${leaf.macro ?? ''}\u0000${leaf.text}`;
  let table = shared.get(key);
  if (table === undefined) {
    table = make();
    shared.set(key, table);
  }
  return table;
}

function singlePath(
  leaf: Leaf,
  column: ValueColumn,
  shared: SharedTables | undefined,
): LeafEvaluator {
  const table = tableFor(leaf, column, shared);
  let results = table.current();
  let codes: Codes = column.codes;
  return {
    prepare() {
      results = table.current();
      codes = column.codes;
    },
    test: (key) => {
      const code = codes[key] as number;
      const known = results[code] as number;
      return known === UNDECIDED ? table.decideCode(code) : (known as Tri);
    },
  };
}

function multiPath(leaf: Leaf, columns: readonly ValueColumn[]): LeafEvaluator {
  let codes: Codes[] = [];
  let sizes: number[] = [];
  let memo = new Map<number, Tri>();
  let memoizable = false;
  const direct = (key: number) => leaf.test(leafValues(columns, key));
  return {
    prepare() {
      codes = columns.map((c) => c.codes);
      const now = columns.map((c) => c.size);
      if (now.some((size, i) => size !== sizes[i])) {
        sizes = now;
        memo = new Map();
        memoizable = sizes.reduce((product, size) => product * size, 1) <= Number.MAX_SAFE_INTEGER;
      }
    },
    test: (key) => {
      if (!memoizable) return direct(key);
      let tuple = 0;
      let scale = 1;
      for (let i = 0; i < codes.length; i++) {
        tuple += ((codes[i] as Codes)[key] as number) * scale;
        scale *= sizes[i] as number;
      }
      const known = memo.get(tuple);
      if (known !== undefined) return known;
      const result = direct(key);
      if (memo.size < MAX_MEMO) memo.set(tuple, result);
      return result;
    },
  };
}

function compileTree(tree: RuleTree, leaves: readonly KeyTest[]): KeyTest {
  switch (tree.kind) {
    case 'leaf':
      return leaves[tree.leaf] ?? (() => Tri.Unknown);
    case 'const': {
      const value = tree.value;
      return () => value;
    }
    case 'not': {
      const child = compileTree(tree.child, leaves);
      return (key) => triNot(child(key));
    }
    case 'and':
    case 'or': {
      const children = tree.children.map((c) => compileTree(c, leaves));
      const isAnd = tree.kind === 'and';
      const decisive = isAnd ? FALSE : TRUE;
      return (key) => {
        let result: Tri = isAnd ? TRUE : FALSE;
        for (const child of children) {
          const r = child(key);
          if (r === decisive) return r;
          result = isAnd ? triAnd(result, r) : triOr(result, r);
        }
        return result;
      };
    }
  }
}

export class RuleFilter implements KeyFilter {
  private readonly evaluators: LeafEvaluator[];
  private readonly test: KeyTest;
  private readonly typeColumn: ValueColumn;
  private readonly typeTable: TriTable;
  private last:
    { readonly count: number; readonly results: Uint8Array; readonly kept: Uint8Array } | undefined;

  /**
   * Every path of `rulePaths(rule)` must have its column in `fields`. `shared`: decision
   * tables to share with other rules compiled with the same macros. `loaded`: whether the
   * agent loads the rule at all (unknown when a policy filter could not be decided).
   */
  constructor(
    readonly rule: CompiledRule,
    readonly fields: FieldColumns,
    shared?: SharedTables,
    private readonly loaded: Tri = Tri.True,
  ) {
    this.evaluators = rule.leaves.map((leaf) => {
      const columns = leafColumns(fields, leaf);
      return columns.length === 1
        ? singlePath(leaf, columns[0] as ValueColumn, shared)
        : multiPath(leaf, columns);
    });
    this.test = compileTree(
      rule.tree,
      this.evaluators.map((e) => e.test),
    );
    this.typeColumn = columnOf(fields, EVENT_TYPE_PATH);
    const type = rule.eventType;
    this.typeTable = new TriTable(this.typeColumn, (value) =>
      type === undefined || valuesOf(value)[0] === type ? Tri.True : Tri.False,
    );
  }

  private evaluate(count: number): { readonly results: Uint8Array; readonly kept: Uint8Array } {
    if (this.last?.count === count) return this.last;
    for (const evaluator of this.evaluators) evaluator.prepare();
    const typeTable = this.typeTable;
    const types = this.typeColumn.codes;
    const results = new Uint8Array(count); // Tri.False everywhere
    const kept = new Uint8Array(count);
    const test = this.test;
    const loaded = this.loaded;
    if (loaded !== FALSE) {
      for (let key = 0; key < count; key++) {
        if (typeTable.resultOf(types[key] as number) !== TRUE) continue;
        const result = loaded === TRUE ? test(key) : triAnd(loaded, test(key));
        if (result === FALSE) continue;
        results[key] = result;
        kept[key] = 1;
      }
    }
    this.last = { count, results, kept };
    return this.last;
  }

  /** The rule's result (`Tri`) for each key of `[0, count)`; false for other event types. */
  results(count: number): Uint8Array {
    return this.evaluate(count).results;
  }

  /** 1 for the keys of `[0, count)` the rule is true or undecided for (what the view shows). */
  matches(count: number): Uint8Array {
    return this.evaluate(count).kept;
  }

  /** How many of the keys `[0, count)` the rule matches, and how many it leaves undecided. */
  tally(count: number): RuleTally {
    return tallyResults(this.results(count));
  }
}
