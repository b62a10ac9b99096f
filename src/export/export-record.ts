/**
 * The text an export writes for one event, cut out of its record as read from the file: the
 * item (the record with its envelope, or the bare body) or the body alone, compact on one
 * line but otherwise byte for byte (exact numbers, the original escapes and key order).
 *
 * Where the body sits follows the shapes `ingest/parse/envelope.ts` recognises (the tests
 * check the two agree): an intake item's body is the JSON text inside its `message` string;
 * a flattened (`@`-key) item has no body text of its own, so its body is rebuilt (numbers
 * still exact).
 */
import { unwrapRecord, type Shape } from '../ingest/parse/envelope';
import { unflattenAtKeys } from '../ingest/parse/unflatten';
import { findSpan, type JsonPath } from './json-span';
import { compactJsonLine, parseLossless, stringifyLossless } from './lossless-json';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Where item `item` (`EventLocation.item`: 0 for the record itself, i + 1 for the i-th) lies
 * in the record, as `expandRecord` lays a record out: an array, or a response's `data` /
 * `logs` array.
 */
function itemPath(text: string, item: number): JsonPath {
  if (item === 0) return [];
  const i = item - 1;
  const whole = findSpan(text, []);
  if (whole !== undefined && text.charCodeAt(whole.start) === 0x5b) return [i];
  const data = findSpan(text, ['data']);
  return data !== undefined && text.charCodeAt(data.start) === 0x5b ? ['data', i] : ['logs', i];
}

/** Where the body lies in an item of `shape`; undefined for a flattened item. */
function bodyPath(item: Json, shape: Shape): JsonPath | undefined {
  switch (shape) {
    case 'body':
    case 'unknown-object':
      return [];
    case 'logs-v2':
      return ['attributes', 'attributes'];
    case 'signal': {
      const attributes = item['attributes'] as Json;
      return isObject(attributes['attributes'])
        ? ['attributes', 'attributes']
        : ['attributes', 'custom'];
    }
    case 'logs-v1':
      return ['content', 'attributes'];
    case 'archive':
      return ['attributes'];
    case 'intake':
      return ['message'];
    case 'flattened':
      return undefined;
  }
}

/**
 * The text of the event at item `item` of a record (`text`, parsed into `items` by
 * `parseRecord`): the whole item, or its body alone; undefined when the item is not an event
 * (the file changed since it was read).
 */
export function eventText(
  text: string,
  items: readonly unknown[],
  item: number,
  part: 'item' | 'body',
): string | undefined {
  const parsedItem = items[item === 0 ? 0 : item - 1];
  const unwrapped = unwrapRecord(parsedItem);
  if (unwrapped.kind !== 'event' || !isObject(parsedItem)) return undefined;
  // The record itself (the common case) needs no search: compacting drops what surrounds it.
  const itemSpan =
    item === 0 ? { start: 0, end: text.length } : findSpan(text, itemPath(text, item));
  if (itemSpan === undefined) return undefined;
  const itemText = compactJsonLine(text.slice(itemSpan.start, itemSpan.end));
  if (part === 'item') return itemText;
  const path = bodyPath(parsedItem, unwrapped.shape);
  if (path === undefined) {
    return stringifyLossless(unflattenAtKeys(parseLossless(itemText) as Json).body);
  }
  const bodySpan = findSpan(itemText, path);
  if (bodySpan === undefined) return undefined;
  const bodyText = itemText.slice(bodySpan.start, bodySpan.end);
  return unwrapped.shape === 'intake' ? compactJsonLine(JSON.parse(bodyText) as string) : bodyText;
}

/** `itemText` (a compact JSON object) with `key` added last, holding the JSON `valueJson`. */
export function withTopLevelKey(itemText: string, key: string, valueJson: string): string {
  const member = `${JSON.stringify(key)}:${valueJson}`;
  return itemText === '{}' ? `{${member}}` : `${itemText.slice(0, -1)},${member}}`;
}
