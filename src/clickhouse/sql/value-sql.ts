/**
 * One value match (`query/ast.ts` `ValueMatch`) as a SQL predicate over one value: its text
 * `v` and, for body leaves, its JSON kind `k` (0 string, 1 number, 2 boolean, 3 null — the
 * `attr_kinds` of the events table). Sources that only hold strings (envelope fields, tags,
 * derived fields) have no kind column and are compiled as kind 0.
 *
 * The semantics are those of `query/match-value.ts` and `query/order.ts`:
 * - exact: strings and booleans by text, numbers numerically (`4121.0` matches 4121);
 * - wildcard: the glob over the value's text (never null);
 * - compare / range: numeric when the query value is a number and the value a number or a
 *   numeric string (integers exactly, up to Int128), by time when both are RFC 3339 dates
 *   (to the nanosecond, within DateTime64's 1900–2262 range), else by string order when the
 *   value is neither (ClickHouse orders bytes, i.e. code points: texts with characters past
 *   U+FFFF can order differently from the tab's UTF-16 order).
 * `*:` (`any`) compares strings ignoring case (`lowerUTF8`, which may differ from
 * JavaScript's `toLowerCase` on a few special letters).
 */
import type { ValueMatch } from '../../query/ast';
import { queryKey, type OrderKey } from '../../query/order';
import { globRegex } from './glob-regex';
import type { ParamBag } from './params';
import { DATE_RE, INTEGER_RE, NUMERIC_RE, UTC } from './sql-constants';
import { FALSE, TRUE, and, not, or } from './sql-logic';

/** The value being matched: its text expression and its kind expression, if it has kinds. */
export interface ValueExpr {
  readonly v: string;
  readonly k?: string;
}

export type MatchMode = 'attribute' | 'any';

type Op = '>' | '>=' | '<' | '<=';
const OPS: Readonly<Record<Op, string>> = { '>': '>', '>=': '>=', '<': '<', '<=': '<=' };

const MAX_SAFE_INTEGER = '9007199254740991';
const INT128_LIMIT = 2n ** 127n;

/**
 * A float parameter as text: clients refuse to send numbers past 2^53 as JavaScript numbers,
 * and the shortest round-trip text parses back to the same double.
 */
function floatText(value: number): string {
  return String(value);
}

function kindIs(value: ValueExpr, kind: 0 | 1 | 2 | 3): string {
  if (value.k === undefined) return kind === 0 ? TRUE : FALSE;
  return `${value.k} = ${kind}`;
}

const float = (value: ValueExpr): string => `toFloat64OrZero(${value.v})`;

/** The value is a number, or a string `order.ts` reads as a finite number. */
function isNumeric(value: ValueExpr): string {
  return or(
    kindIs(value, 1),
    and(kindIs(value, 0), `match(${value.v}, ${NUMERIC_RE})`, `isFinite(${float(value)})`),
  );
}

/** The value has an exact integer key in `order.ts` (a safe integer, or an integer text). */
function isExactInteger(value: ValueExpr): string {
  const f = float(value);
  return or(
    and(kindIs(value, 1), `${f} = floor(${f})`, `abs(${f}) <= ${MAX_SAFE_INTEGER}`),
    and(
      kindIs(value, 0),
      `match(${value.v}, ${INTEGER_RE})`,
      `isNotNull(toInt128OrNull(${value.v}))`,
    ),
  );
}

function nanos(value: ValueExpr): string {
  return `toUnixTimestamp64Nano(parseDateTime64BestEffortOrNull(upper(${value.v}), 9, ${UTC}))`;
}

/** The value is a string `order.ts` reads as a date. */
function isDate(value: ValueExpr): string {
  return and(kindIs(value, 0), `match(${value.v}, ${DATE_RE})`, `isNotNull(${nanos(value)})`);
}

function compareSql(value: ValueExpr, key: OrderKey, op: Op, bag: ParamBag): string {
  const sqlOp = OPS[op];
  switch (key.kind) {
    case 'number': {
      const f = float(value);
      const byFloat = `${f} ${sqlOp} ${bag.bind(floatText(key.value), 'Float64')}`;
      const exact = key.exact;
      if (exact === undefined || exact >= INT128_LIMIT || exact < -INT128_LIMIT) {
        return and(isNumeric(value), byFloat);
      }
      const byInteger = `toInt128OrZero(${value.v}) ${sqlOp} toInt128(${bag.bind(exact.toString(), 'String')})`;
      return and(isNumeric(value), `if(${isExactInteger(value)}, ${byInteger}, ${byFloat})`);
    }
    case 'time': {
      const at = BigInt(key.ms) * 1_000_000n + BigInt(key.ns);
      const bound = `toInt128(${bag.bind(at.toString(), 'String')})`;
      return and(isDate(value), `ifNull(${nanos(value)} ${sqlOp} ${bound}, 0)`);
    }
    case 'text':
      return and(
        kindIs(value, 0),
        not(and(`match(${value.v}, ${NUMERIC_RE})`, `isFinite(${float(value)})`)),
        not(isDate(value)),
        `${value.v} ${sqlOp} ${bag.bind(key.value, 'String')}`,
      );
  }
}

function exactSql(value: ValueExpr, text: string, mode: MatchMode, bag: ParamBag): string {
  const key = queryKey(text);
  const numeric =
    key.kind === 'number'
      ? and(kindIs(value, 1), `${float(value)} = ${bag.bind(floatText(key.value), 'Float64')}`)
      : FALSE;
  const asString =
    mode === 'any'
      ? `lowerUTF8(${value.v}) = ${bag.bind(text.toLowerCase(), 'String')}`
      : `${value.v} = ${bag.bind(text, 'String')}`;
  const asBoolean = mode === 'any' ? `${value.v} = ${bag.bind(text, 'String')}` : asString;
  return or(and(kindIs(value, 0), asString), and(kindIs(value, 2), asBoolean), numeric);
}

function notNull(value: ValueExpr): string {
  return value.k === undefined ? TRUE : `${value.k} != 3`;
}

/** A SQL predicate: `value` passes `match`. */
export function valueMatchSql(
  match: ValueMatch,
  value: ValueExpr,
  bag: ParamBag,
  mode: MatchMode = 'attribute',
): string {
  switch (match.kind) {
    case 'exists':
      return notNull(value);
    case 'exact':
      return exactSql(value, match.value, mode, bag);
    case 'wildcard': {
      if (mode === 'any') {
        const regex = bag.bind(globRegex(match.pattern.toLowerCase()), 'String');
        return and(notNull(value), `match(lowerUTF8(${value.v}), ${regex})`);
      }
      return and(
        notNull(value),
        `match(${value.v}, ${bag.bind(globRegex(match.pattern), 'String')})`,
      );
    }
    case 'compare':
      return compareSql(value, queryKey(match.value), match.op, bag);
    case 'range': {
      const bounds: string[] = [notNull(value)];
      if (match.low !== undefined) {
        bounds.push(compareSql(value, queryKey(match.low), match.lowInclusive ? '>=' : '>', bag));
      }
      if (match.high !== undefined) {
        bounds.push(compareSql(value, queryKey(match.high), match.highInclusive ? '<=' : '<', bag));
      }
      return and(...bounds);
    }
  }
}
