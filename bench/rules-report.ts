// Turns the rules benchmark into a markdown table: the typical rule's median and p95 against
// the plain query of comparable selectivity measured in the same run, and the whole policy.
import type { RulesRun } from './measure-rules';
import { median } from './report';
import { percentile } from './search-report';

const ms = (v: number | undefined): string => (v === undefined ? '–' : `${v.toFixed(0)} ms`);

export function rulesTable(run: RulesRun): string {
  const rule = median(run.ruleMs);
  const query = median(run.queryMs);
  const ratio = rule === undefined || query === undefined ? '–' : `${(rule / query).toFixed(2)}×`;
  return [
    '| measure | samples | median | p95 | budget | vs plain query |',
    '| --- | --- | --- | --- | --- | --- |',
    `| plain query, same selectivity (baseline) | ${run.queryMs.length} | ${ms(query)} | ${ms(percentile(run.queryMs, 95))} | – | 1× |`,
    `| typical rule (Enter → count and rows) | ${run.ruleMs.length} | ${ms(rule)} | ${ms(percentile(run.ruleMs, 95))} | 300 ms | ${ratio} |`,
    `| typical rule, first (adds unindexed fields) | 1 | ${ms(run.ruleColdMs)} | – | – | – |`,
    `| 1.10.0 policy, first (adds unindexed fields) | 1 | ${ms(run.policyColdMs)} | – | – | – |`,
    `| 1.10.0 policy, again | ${run.policyMs.length} | ${ms(median(run.policyMs))} | ${ms(percentile(run.policyMs, 95))} | – | – |`,
  ].join('\n');
}
