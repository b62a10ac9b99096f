/**
 * The JSON texts an `events` row keeps for the detail panes: the body and the envelope as
 * compact JSON, and the raw record.
 *
 * Big integers (`dd.trace_id` past 2^53) stay digit for digit: when the record holds a run of
 * 16 or more digits it is parsed again exactly (`parseExact`), as the tab's detail pane does;
 * otherwise the parsed body already is exact. A record holding many items (an array, an API
 * response on one line) is parsed once for all of them. Its raw text is kept per item as
 * that item's own exact JSON: the whole response repeated on each of its events would cost
 * its size times its item count. Bodies nested past the display limit are cut there, as the
 * detail pane cuts them (writing thousands of levels would exhaust the stack).
 */
import { expandRecord, unwrapRecord, type Envelope } from '../../ingest/parse/envelope';
import { parseExact, stringifyExact } from '../../ingest/parse/exact-json';
import { nestingDepth } from '../../ingest/validate/classify';
import { MAX_DISPLAY_DEPTH, pruneDeep } from '../../worker/display-copy';

/** Raw text past this many characters is cut, as the tab's Raw JSON pane cuts it. */
export const MAX_RAW_CHARS = 1_000_000;

const LONG_DIGIT_RUN = /\d{16}/;

export interface RecordJson {
  readonly body: string;
  readonly envelope: string;
  readonly raw: string;
}

/** The event as ingest hands it over: parsed body and envelope, record text, item index. */
export interface RecordOfEvent {
  readonly body: Record<string, unknown>;
  readonly envelope: Envelope | undefined;
  readonly recordText: string;
  /** 0 when the record is the event; i + 1 for its i-th item. */
  readonly item: number;
}

let lastText: string | undefined;
let lastItems: readonly unknown[] = [];

/** The record's items parsed exactly; the last record's are kept for its next items. */
function exactItems(text: string): readonly unknown[] {
  if (text !== lastText) {
    lastItems = expandRecord(parseExact(text));
    lastText = text;
  }
  return lastItems;
}

function compact(value: unknown): string {
  return stringifyExact(value, 0);
}

function cut(raw: string): string {
  return raw.length > MAX_RAW_CHARS ? raw.slice(0, MAX_RAW_CHARS) : raw;
}

export function recordJson(event: RecordOfEvent): RecordJson {
  const { recordText, item } = event;
  if (nestingDepth(event.body, MAX_DISPLAY_DEPTH) > MAX_DISPLAY_DEPTH) {
    const fields = event.envelope?.fields;
    return {
      body: compact(pruneDeep(event.body, MAX_DISPLAY_DEPTH)),
      envelope: fields === undefined ? '' : compact(pruneDeep(fields, MAX_DISPLAY_DEPTH)),
      raw: cut(recordText),
    };
  }
  const isExact = !LONG_DIGIT_RUN.test(recordText);
  const exactItem =
    isExact && item === 0 ? undefined : exactItems(recordText)[item === 0 ? 0 : item - 1];
  const unwrapped = exactItem === undefined ? undefined : unwrapRecord(exactItem);
  const exact = unwrapped?.kind === 'event' ? unwrapped : event;
  const raw = item === 0 ? recordText : compact(exactItem);
  return {
    body: isExact ? JSON.stringify(event.body) : compact(exact.body),
    envelope: exact.envelope === undefined ? '' : compact(exact.envelope.fields),
    raw: cut(raw),
  };
}
