import { describe, expect, it } from 'vitest';
import { unwrapRecord } from '../ingest/parse/envelope';
import { parseRecord } from '../ingest/parse/parse-record';
import { eventText, withTopLevelKey } from './export-record';

const BODY =
  '{"evt": {"name": "open"}, "date": "2026-11-20T10:00:00Z", "dd": {"span_id": 18446744073709551615}, "x": "a\\u003eb", "r": 1.50}';
const COMPACT =
  '{"evt":{"name":"open"},"date":"2026-11-20T10:00:00Z","dd":{"span_id":18446744073709551615},"x":"a\\u003eb","r":1.50}';

/** Every shape envelope.ts recognises, each holding BODY. */
const RECORDS: ReadonlyArray<[string, string, number]> = [
  ['body', BODY, 0],
  ['archive', `{"_id": "a", "date": "2026-11-20T10:00:00Z", "attributes": ${BODY}}`, 0],
  ['logs-v2', `{"id": "b", "type": "log", "attributes": {"host": "h", "attributes": ${BODY}}}`, 0],
  ['signal', `{"id": "c", "type": "signal", "attributes": {"attributes": ${BODY}}}`, 0],
  ['old signal', `{"id": "d", "type": "signal", "attributes": {"custom": ${BODY}}}`, 0],
  ['logs-v1', `{"id": "e", "content": {"host": "h", "attributes": ${BODY}}}`, 0],
  ['intake', JSON.stringify({ message: BODY, hostname: 'h', ddsource: 'cws' }), 0],
  ['array item', `[{"evt": {"name": "exit"}}, ${BODY}]`, 2],
  [
    'response item',
    `{"meta": {}, "data": [{"id": "x", "type": "log", "attributes": {"attributes": {"evt": {}}}}, {"id": "f", "type": "log", "attributes": {"attributes": ${BODY}}}]}`,
    2,
  ],
  [
    'v1 response item',
    `{"logs": [{"id": "g", "content": {"attributes": ${BODY}}}], "nextLogId": null}`,
    1,
  ],
];

function texts(record: string, item: number) {
  const parsed = parseRecord(new TextEncoder().encode(record), false);
  if (parsed.kind !== 'items') throw new Error('not parsed');
  return {
    texts: {
      item: eventText(parsed.text, parsed.items, item, 'item'),
      body: eventText(parsed.text, parsed.items, item, 'body'),
    },
    parsed,
  };
}

describe('eventText', () => {
  it.each(RECORDS)('cuts the body out of a %s byte for byte', (_shape, record, item) => {
    const { texts: found, parsed } = texts(record, item);
    expect(found?.body).toBe(COMPACT);
    const parsedItem = parsed.items[item === 0 ? 0 : item - 1];
    expect(unwrapRecord(parsedItem).kind).toBe('event');
    expect(JSON.parse(found?.item ?? '')).toEqual(parsedItem);
  });

  it('rebuilds the body of a flattened item, numbers exact', () => {
    const { texts: found } = texts(
      '{"id": "h", "@evt.name": "open", "@dd.span_id": 18446744073709551615, "@mount.mountpoint.path": "/"}',
      0,
    );
    expect(found?.body).toBe(
      '{"evt":{"name":"open"},"dd":{"span_id":18446744073709551615},"mount":{"mountpoint.path":"/"}}',
    );
  });

  it('answers undefined for an item that is not an event', () => {
    expect(texts('[1, {"evt": {}}]', 1).texts).toEqual({ item: undefined, body: undefined });
  });
});

describe('withTopLevelKey', () => {
  it('adds a member last', () => {
    expect(withTopLevelKey('{"a":1}', 'explorer', '{"starred":true}')).toBe(
      '{"a":1,"explorer":{"starred":true}}',
    );
    expect(withTopLevelKey('{}', 'explorer', 'true')).toBe('{"explorer":true}');
  });
});
