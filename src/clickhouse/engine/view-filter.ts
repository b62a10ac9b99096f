/**
 * The WHERE condition of a view on a ClickHouse source: its query, its rule (rules mode), its
 * time range and its id restriction (starred events), every value bound.
 */
import type { QueryErrorInfo, ViewSpec } from '../../protocol/messages';
import type { ParamBag } from '../sql/params';
import type { SqlCompiler } from './compiler';

export type ViewCondition =
  { readonly sql: string } | { readonly errors: readonly QueryErrorInfo[]; readonly inRule?: true };

export function viewCondition(spec: ViewSpec, compiler: SqlCompiler, bag: ParamBag): ViewCondition {
  const compiled = compiler.query(spec.query, bag);
  if ('errors' in compiled) return compiled;
  const parts = [`(${compiled.sql})`];
  if (spec.rule !== undefined && spec.rule.trim() !== '') {
    const rule = compiler.rule(spec.rule, bag);
    if ('errors' in rule) return { errors: rule.errors, inRule: true };
    parts.push(`(${rule.sql})`);
  }
  if (spec.range !== undefined) {
    const from = bag.bind(Math.floor(spec.range.fromMs), 'Int64');
    const to = bag.bind(Math.ceil(spec.range.toMs), 'Int64');
    parts.push(`timed = 1 AND time_ms >= ${from} AND time_ms < ${to}`);
  }
  if (spec.ids !== undefined) parts.push(`event_id IN ${bag.bind(spec.ids, 'Array(String)')}`);
  return { sql: parts.join(' AND ') };
}
