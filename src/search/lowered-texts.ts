/**
 * Per column, the strings of each distinct value lowercased and joined by NUL, kept for the
 * life of the column and extended as it grows: free-text words are then matched with one
 * `includes` per distinct value instead of collecting and lowercasing its strings on every
 * query. (A NUL never occurs in a needle typed in a query box; see `freeTextWord`.)
 */
import { valuesOf, type ValueColumn } from '../index/value-column';
import { collectStrings } from '../query/resolve-path';

const cache = new WeakMap<ValueColumn, string[]>();

export function loweredTexts(column: ValueColumn): readonly string[] {
  let texts = cache.get(column);
  if (texts === undefined) {
    texts = [];
    cache.set(column, texts);
  }
  for (let code = texts.length; code < column.size; code++) {
    texts.push(
      collectStrings(valuesOf(column.values[code]))
        .map((s) => s.toLowerCase())
        .join('\u0000'),
    );
  }
  return texts;
}
