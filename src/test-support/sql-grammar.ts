/**
 * Test support for the SQL compilers: the tokens compiled SQL may contain. A statement passes
 * when it is made only of the events table's column names, the functions, keywords and
 * lambda parameters the compilers write, operators, integer literals, the fixed string
 * literals of `clickhouse/sql/sql-constants.ts`, and `{pN:Type}` placeholders — so no user text can be in it.
 */
import type { ParamBag } from '../clickhouse/sql/params';
import { SQL_STRING_LITERALS } from '../clickhouse/sql/sql-constants';

const COLUMNS = [
  'event_id',
  'source_path',
  'ordinal',
  'timed',
  'time_ms',
  'validity',
  'schema',
  'target',
  'env_host',
  'env_service',
  'env_source',
  'env_status',
  'tags',
  'process_key',
  'parent_key',
  'lineage',
  'attr_paths',
  'attr_values',
  'attr_kinds',
  'ix_paths',
  'ix_values',
  'ix_kinds',
  'free_text',
];
const FUNCTIONS = [
  'arrayExists',
  'arrayFilter',
  'arrayMap',
  'arrayDistinct',
  'arrayElement',
  'has',
  'indexOf',
  'notEmpty',
  'startsWith',
  'substring',
  'length',
  'position',
  'match',
  'lowerUTF8',
  'upper',
  'toString',
  'toFloat64OrZero',
  'toInt128',
  'toInt128OrZero',
  'toInt128OrNull',
  'isFinite',
  'isNotNull',
  'floor',
  'abs',
  'if',
  'ifNull',
  'multiIf',
  'toUnixTimestamp64Nano',
  'parseDateTime64BestEffortOrNull',
  'reinterpretAsUInt64',
  'reverse',
  'unhex',
  'trimBoth',
  'arrayStringConcat',
  'arrayAll',
  'arrayFold',
  'splitByChar',
  'bitOr',
  'bitAnd',
  'bitXor',
  'transform',
];
const KEYWORDS = ['AND', 'OR', 'NOT', 'ASC', 'DESC'];
const LAMBDA_PARAMETERS = ['p', 'v', 'k', 't', 'x', 'y', 'acc'];

export const ALLOWED_IDENTIFIERS: ReadonlySet<string> = new Set([
  ...COLUMNS,
  ...FUNCTIONS,
  ...KEYWORDS,
  ...LAMBDA_PARAMETERS,
]);

const TOKEN =
  /\s+|\{(p\d+):(String|Int64|UInt64|Float64|UInt8|Array\(String\))\}|'(?:[^'\\]|\\.)*'|\d+|[A-Za-z_][A-Za-z0-9_]*|->|>=|<=|!=|[=<>+(),[\]]/y;

/** The placeholders of `sql` (name and type), or the first token the grammar refuses. */
export function checkSqlTokens(
  sql: string,
): { placeholders: { name: string; type: string }[] } | { refused: string } {
  const placeholders: { name: string; type: string }[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < sql.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(sql);
    if (m === null) return { refused: sql.slice(at, at + 40) };
    const token = m[0];
    if (m[1] !== undefined && m[2] !== undefined) placeholders.push({ name: m[1], type: m[2] });
    else if (token.startsWith("'") && !SQL_STRING_LITERALS.includes(token))
      return { refused: token };
    else if (/^[A-Za-z_]/.test(token) && !ALLOWED_IDENTIFIERS.has(token)) return { refused: token };
  }
  return { placeholders };
}

/** Fails unless `sql` passes the grammar and every placeholder it uses has a value in `bag`. */
export function expectOwnTokens(sql: string, bag: ParamBag): void {
  const checked = checkSqlTokens(sql);
  if ('refused' in checked) throw new Error(`unexpected SQL token ${checked.refused}`);
  const params = bag.params();
  for (const { name } of checked.placeholders) {
    if (!(name in params)) throw new Error(`placeholder ${name} has no value`);
  }
}
