// Exact handling of APM ids above 2^53: serialization and the big-id event helpers.
import { describe, expect, it } from 'vitest';
import { MAX_TRACE_ID, generateBigIdEvents, serializeEvent } from './big-ids';
import { generateEvents } from './generate-events';

describe('big APM ids', () => {
  it('serializeEvent writes a 2^64-1 trace id with its exact digits', () => {
    const [event] = generateEvents({ count: 1 });
    if (event === undefined) throw new Error('no event');
    const body = { ...event.body, dd: { span_id: 9007199254740993n, trace_id: 2n ** 64n - 1n } };
    const text = serializeEvent(body);
    expect(text).toContain('"trace_id":18446744073709551615');
    expect(text).toContain('"span_id":9007199254740993');
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(serializeEvent(body, 2)).toContain('"trace_id": 18446744073709551615');
  });

  it('serializes ordinary events exactly like JSON.stringify', () => {
    for (const event of generateEvents({ count: 200 })) {
      expect(serializeEvent(event.body)).toBe(JSON.stringify(event.body));
    }
  });

  it('generateBigIdEvents yields a few events with ids above 2^53', () => {
    const events = [...generateBigIdEvents()];
    expect(events).toHaveLength(5);
    expect(events[0]?.body.dd?.trace_id).toBe(MAX_TRACE_ID);
    for (const event of events) {
      const dd = event.body.dd;
      expect(typeof dd?.trace_id).toBe('bigint');
      expect(BigInt(dd?.trace_id ?? 0)).toBeGreaterThan(2n ** 53n);
      expect(BigInt(dd?.span_id ?? 0)).toBeGreaterThan(2n ** 53n);
      expect(BigInt(dd?.trace_id ?? 0)).toBeLessThan(2n ** 64n);
    }
  });

  it('mixes big-id events into a normal run on request, deterministically', () => {
    const run = () => [...generateEvents({ count: 1000, bigIds: 4 })];
    const big = run().filter((e) => typeof e.body.dd?.trace_id === 'bigint');
    expect(big).toHaveLength(4);
    expect(run().map((e) => serializeEvent(e.body))).toEqual(
      run().map((e) => serializeEvent(e.body)),
    );
  });
});
