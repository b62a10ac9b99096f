/**
 * SECL rules as ClickHouse SQL over the events table: the rule is parsed and lowered by the
 * tab's own front end (`secl/`: macros, constants, field lookup, type checks), then each
 * condition is compiled to a pair of predicates (true / false, `secl-condition-sql.ts`) and
 * the boolean structure combined with Kleene logic, so that only events the tab decides true
 * are matched — never those it marks unknown. A rule of one event type also requires
 * `evt.name` to be that type (`secl/evaluate.ts`).
 *
 * When some part has no SQL form (variables, registers, durations, return values, IP
 * ranges, aggregate fields such as `process.args` or flag masks, regexes beyond RE2), the
 * result names each such part and why, instead of SQL. Every value is a bound parameter.
 */
import type { QueryErrorInfo } from '../../protocol/view';
import { compileRule, type CompileOptions } from '../../secl/compile';
import type { BoolIR } from '../../secl/ir';
import { LowerContext } from '../../secl/lower-context';
import { lowerBool } from '../../secl/lower-bool';
import { NO_MACROS, buildMacroTable, type MacroTable } from '../../secl/macros';
import { parseSecl } from '../../secl/parser';
import type { ParamBag } from './params';
import { conditionSql, triConstant, type TriSql } from './secl-condition-sql';
import { leafArraysOf } from './leaf-arrays';
import { and, or } from './sql-logic';

export interface UnsupportedPart {
  /** Source text of the part (within its macro, when it comes from one). */
  readonly part: string;
  readonly reason: string;
  /** Where the part is in the rule (a macro's part: the macro's name). */
  readonly position: number;
  readonly length: number;
}

export type SeclSqlResult =
  | { readonly sql: string }
  | { readonly errors: QueryErrorInfo[] }
  | { readonly unsupported: UnsupportedPart[] };

export type SeclSqlOptions = CompileOptions;

function macroTableOf(macros: CompileOptions['macros']): MacroTable {
  if (macros === undefined) return NO_MACROS;
  return Array.isArray(macros) ? buildMacroTable(macros) : (macros as MacroTable);
}

function boolSql(node: BoolIR, bag: ParamBag, unsupported: UnsupportedPart[]): TriSql {
  switch (node.kind) {
    case 'and':
    case 'or': {
      const parts = node.operands.map((operand) => boolSql(operand, bag, unsupported));
      const t = parts.map((p) => p.t);
      const f = parts.map((p) => p.f);
      return node.kind === 'and' ? { t: and(...t), f: or(...f) } : { t: or(...t), f: and(...f) };
    }
    case 'not': {
      const inner = boolSql(node.operand, bag, unsupported);
      return { t: inner.f, f: inner.t };
    }
    case 'const':
      return triConstant(node.value);
    default: {
      const compiled = conditionSql(node, bag);
      if ('t' in compiled) return compiled;
      const { origin } = node;
      unsupported.push({
        part: origin.macro === undefined ? origin.text : `${origin.macro}: ${origin.text}`,
        reason: compiled.unsupported,
        position: origin.position,
        length: origin.length,
      });
      return triConstant(0);
    }
  }
}

/** The SQL condition selecting the events `ruleText` matches, or why it cannot be had. */
export function seclToSql(
  ruleText: string,
  bag: ParamBag,
  options: SeclSqlOptions = {},
): SeclSqlResult {
  const compiled = compileRule(ruleText, options);
  if (!compiled.ok) return { errors: [...compiled.errors] };
  const parsed = parseSecl(ruleText);
  if (!parsed.ok) return { errors: [...parsed.errors] };
  const ctx = new LowerContext(ruleText, macroTableOf(options.macros));
  const ir = lowerBool(parsed.ast, ctx);
  const unsupported: UnsupportedPart[] = [];
  if (ctx.fim !== undefined) {
    unsupported.push({
      part: ctx.fim.text,
      reason: 'fim.write.file fields stand for any file-modifying event',
      position: ctx.fim.position,
      length: ctx.fim.length,
    });
  }
  const tree = boolSql(ir, bag, unsupported);
  if (unsupported.length > 0) return { unsupported };
  const type = compiled.rule.eventType;
  if (type === undefined) return { sql: tree.t };
  const p = bag.bind('evt.name', 'String');
  const { paths, values, kinds } = leafArraysOf('evt.name');
  const gate = `arrayElement(${values}, indexOf(${paths}, ${p})) = ${bag.bind(type, 'String')} AND arrayElement(${kinds}, indexOf(${paths}, ${p})) = 0`;
  return { sql: and(gate, tree.t) };
}
