/**
 * How a SECL field's JSON leaf reads as a SECL value, in SQL over one element of the events
 * table's leaf arrays (text `v`, kind `k`): whether it converts (`ok`) and, for the
 * conversions that have a SQL form, the converted value — as `secl/field-access.ts` and
 * `secl/values.ts` read it:
 * - string: strings, and numbers as their JSON text;
 * - int: safe integers, and decimal or `0x` hexadecimal strings (decimal to 38 digits, hex to
 *   16; longer integers, which the tab still reads, count as unreadable here);
 * - bool: booleans, and the strings `true` / `false`.
 */
import type { Conversion } from '../../secl/field-access';
import { FALSE_TEXT, SECL_HEX_RE, SECL_INT_RE, TRUE_TEXT } from './sql-constants';

export interface LeafConversion {
  /** The leaf converts to a SECL value. */
  readonly ok: string;
  /** The converted value: text (string), Int128 (int) or a 0/1 condition (bool). */
  readonly value: string;
}

const MAX_SAFE_INTEGER = '9007199254740991';

const HEX_VALUE = 'toInt128(reinterpretAsUInt64(reverse(unhex(substring(trimBoth(v), 3)))))';

const CONVERSIONS: Partial<Record<Conversion, LeafConversion>> = {
  string: { ok: '(k = 0 OR k = 1)', value: 'v' },
  int: {
    ok:
      `((k = 1 AND toFloat64OrZero(v) = floor(toFloat64OrZero(v)) AND abs(toFloat64OrZero(v)) <= ${MAX_SAFE_INTEGER})` +
      ` OR (k = 0 AND (match(v, ${SECL_INT_RE}) OR match(v, ${SECL_HEX_RE}))))`,
    value: `if(k = 0 AND match(v, ${SECL_HEX_RE}), ${HEX_VALUE}, toInt128OrZero(trimBoth(v)))`,
  },
  bool: {
    ok: `(k = 2 OR (k = 0 AND (v = ${TRUE_TEXT} OR v = ${FALSE_TEXT})))`,
    value: `v = ${TRUE_TEXT}`,
  },
};

/** The SQL reading of `conversion`, or undefined when it has none here. */
export function leafConversion(conversion: Conversion): LeafConversion | undefined {
  return CONVERSIONS[conversion];
}
