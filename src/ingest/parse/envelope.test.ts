import { describe, expect, it } from 'vitest';
import { makeOpenBody } from '../test/fixtures';
import { expandRecord, toEpochMs, unwrapRecord } from './envelope';

const body = makeOpenBody();

function event(value: unknown) {
  const result = unwrapRecord(value);
  if (result.kind !== 'event') throw new Error(result.reason);
  return result;
}

describe('unwrapRecord', () => {
  it('takes a raw body as it is', () => {
    const r = event(body);
    expect(r.shape).toBe('body');
    expect(r.body).toBe(body);
    expect(r.envelope).toBeUndefined();
  });

  it('unwraps a Logs API v2 item', () => {
    const r = event({
      id: 'AQAAAYx',
      type: 'log',
      attributes: {
        attributes: body,
        host: 'web-1',
        service: 'runtime-security-agent',
        status: 'info',
        tags: ['rule_id:x'],
        timestamp: '2026-11-20T10:15:03.120Z',
      },
    });
    expect(r.shape).toBe('logs-v2');
    expect(r.body).toBe(body);
    expect(r.envelope?.id).toBe('AQAAAYx');
    expect(r.envelope?.host).toBe('web-1');
    expect(r.envelope?.tags).toEqual(['rule_id:x']);
    expect(r.envelope?.timeMs).toBe(Date.parse('2026-11-20T10:15:03.120Z'));
  });

  it('unwraps Security Signals, new (attributes) and old (custom) style', () => {
    expect(
      event({ id: 's1', type: 'signal', attributes: { attributes: body, timestamp: 1 } }).body,
    ).toBe(body);
    expect(event({ id: 's2', type: 'signal', attributes: { custom: body } }).shape).toBe('signal');
  });

  it('unwraps Logs API v1 items, archive lines and intake items', () => {
    expect(event({ id: 'v1', content: { attributes: body, host: 'h' } }).envelope?.host).toBe('h');
    const archive = event({
      _id: 'arch-1',
      date: '2026-11-20T10:00:00Z',
      host: 'db-1',
      source: 'runtime-security-agent',
      attributes: body,
    });
    expect(archive.shape).toBe('archive');
    expect(archive.envelope?.id).toBe('arch-1');
    expect(archive.envelope?.source).toBe('runtime-security-agent');
    const intake = event({
      message: JSON.stringify(body),
      hostname: 'ci-1',
      ddsource: 'runtime-security-agent',
      ddtags: 'a:1,b:2',
      timestamp: 1795169703123,
    });
    expect(intake.shape).toBe('intake');
    expect(intake.body).toEqual(body);
    expect(intake.envelope?.tags).toEqual(['a:1', 'b:2']);
    expect(intake.envelope?.timeMs).toBe(1795169703123);
  });

  it('rejects an intake item whose message is not JSON', () => {
    expect(unwrapRecord({ message: 'oops', hostname: 'h' }).kind).toBe('rejected');
  });

  it('unflattens @-keys, keeping dotted mount keys whole and prototypes safe', () => {
    const r = event({
      '@evt.name': 'mount',
      '@mount.mountpoint.path': '/mnt',
      '@process.pid': 3,
      host: 'h1',
      '@__proto__.polluted': 1,
    });
    expect(r.shape).toBe('flattened');
    expect(r.body).toMatchObject({
      evt: { name: 'mount' },
      mount: { 'mountpoint.path': '/mnt' },
      process: { pid: 3 },
    });
    expect(r.envelope?.host).toBe('h1');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('rejects values that are not objects, naming their type', () => {
    expect(unwrapRecord(42)).toEqual({
      kind: 'rejected',
      reason: 'JSON value is a number, not an object',
    });
    expect(unwrapRecord(null)).toMatchObject({ kind: 'rejected' });
    expect(unwrapRecord([1])).toMatchObject({ reason: 'JSON value is an array, not an object' });
  });

  it('keeps an unrecognised object as an event of unknown shape', () => {
    expect(event({ hello: 'world' }).shape).toBe('unknown-object');
  });
});

describe('expandRecord', () => {
  it('expands arrays and response objects, keeps bodies', () => {
    expect(expandRecord([1, 2])).toEqual([1, 2]);
    expect(expandRecord({ data: [1], links: {} })).toEqual([1]);
    expect(expandRecord({ logs: [2], nextLogId: null })).toEqual([2]);
    expect(expandRecord(body)).toEqual([body]);
  });
});

describe('toEpochMs', () => {
  it('reads RFC 3339 strings and epoch numbers of any unit', () => {
    const ms = Date.parse('2026-11-20T10:15:03.123Z');
    expect(toEpochMs('2026-11-20T10:15:03.123456789Z')).toBe(ms);
    expect(toEpochMs(ms)).toBe(ms);
    expect(toEpochMs(ms / 1000)).toBe(ms);
    expect(toEpochMs(ms * 1000)).toBe(ms);
    expect(toEpochMs(String(ms))).toBe(ms);
    expect(toEpochMs('yesterday')).toBeNaN();
  });
});
