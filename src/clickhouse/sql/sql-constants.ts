/**
 * The only string literals the SQL compilers write into statement text: fixed regular
 * expressions that classify a value's text the way `query/order.ts` does, the time zone of
 * date parsing, and the tag separator. None holds user input (user values are bound through
 * `ParamBag`); the compilers' fuzz tests accept exactly these literals in compiled SQL.
 */

/** `text` as a ClickHouse string literal; used here on fixed texts only. */
function literal(text: string): string {
  return `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/** A JSON number or numeric string (`order.ts` NUMERIC). */
export const NUMERIC_RE = literal('^[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?$');

/** An integer text (`order.ts` INTEGER). */
export const INTEGER_RE = literal('^[+-]?\\d+$');

/** An RFC 3339 date-time or date (`order.ts` DATE). */
export const DATE_RE = literal(
  '^(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?([Zz]|[+-]\\d{2}:\\d{2})?)?$',
);

/** Dates without an offset are UTC, as in `order.ts`. */
export const UTC = literal('UTC');

/** Separates a tag's key from its value (`key:value`). */
export const COLON = literal(':');

/** The empty text: an absent envelope field or derived value. */
export const EMPTY = literal('');

/** The path separator (a relative path glob drops one leading `/`). */
export const SLASH = literal('/');

/** SECL's integer text (`secl/values.ts` jsonToInt), up to Int128's digits; and hex, to 64 bits. */
export const SECL_INT_RE = literal('^ *-?\\d{1,38} *$');
export const SECL_HEX_RE = literal('^ *0x[0-9a-fA-F]{1,16} *$');

/** Joins argv (`process.args`), splits `A | B` flag texts, and the zero of a lookup. */
export const SPACE_TEXT = literal(' ');
export const PIPE = literal('|');
export const ZERO_TEXT = literal('0');

/** Boolean texts (`attr_values` of booleans; strings SECL reads as booleans). */
export const TRUE_TEXT = literal('true');
export const FALSE_TEXT = literal('false');

/** The validity classes in the tab's order (`protocol/ingest.ts` VALIDITY_CLASSES). */
const VALIDITY_LITERALS = ['valid', 'drift', 'invalid'].map(literal);
export const VALIDITY_ORDER = `[${VALIDITY_LITERALS.join(', ')}]`;

export const SQL_STRING_LITERALS: readonly string[] = [
  ...VALIDITY_LITERALS,
  SLASH,
  SPACE_TEXT,
  PIPE,
  ZERO_TEXT,
  SECL_INT_RE,
  SECL_HEX_RE,
  TRUE_TEXT,
  FALSE_TEXT,
  NUMERIC_RE,
  INTEGER_RE,
  DATE_RE,
  UTC,
  COLON,
  EMPTY,
];
