import { describe, expect, it } from 'vitest';
import { createNdjsonWriter } from './ndjson-writer';
import { REDACTED } from './redaction-rules';

describe('createNdjsonWriter', () => {
  it('writes one line per record, batch by batch', () => {
    const writer = createNdjsonWriter();
    const first = writer.write([{ value: { evt: { name: 'open' } } }, { value: { a: 'x\ny' } }]);
    const second = writer.write([
      { text: '{\n  "id": 18446744073709551615,\n  "k": 1, "k": 2\n}' },
    ]);
    expect(first).toBe('{"evt":{"name":"open"}}\n{"a":"x\\ny"}\n');
    // Text is kept byte for byte: exact numbers, repeated keys.
    expect(second).toBe('{"id":18446744073709551615,"k":1,"k":2}\n');
    expect(writer.write([])).toBe('');
    expect(writer.end()).toBe('');
    expect(writer.stats()).toEqual({ written: 3, skipped: 0 });
  });

  it('redacts parsed records and texts, keeping exact numbers, with a manifest', () => {
    const writer = createNdjsonWriter({ redact: ['args', 'ips'] });
    const out = writer.write([
      { value: { process: { args: ['-p', 'hunter2'] } } },
      {
        text: '{"dd": {"trace_id": 18446744073709551615}, "network": {"source": {"ip": "10.0.0.1"}}}',
      },
      { text: '{"process": {"args": ["truncated' },
    ]);
    expect(out).toBe(
      `{"process":{"args":["${REDACTED}","${REDACTED}"]}}\n` +
        `{"dd":{"trace_id":18446744073709551615},"network":{"source":{"ip":"${REDACTED}"}}}\n`,
    );
    expect(writer.stats()).toEqual({ written: 2, skipped: 1 });
    expect(writer.manifest().args).toEqual({ count: 2, paths: ['process.args'] });
    expect(writer.manifest().ips).toEqual({ count: 1, paths: ['network.source.ip'] });
  });

  it('writes a compact line as it is, or redacted', () => {
    const line = '{"process":{"args":["-c","id"]},"n":1.50}';
    expect(createNdjsonWriter().write([{ line }])).toBe(`${line}\n`);
    expect(createNdjsonWriter({ redact: ['args'] }).write([{ line }])).toBe(
      `{"process":{"args":["${REDACTED}","${REDACTED}"]},"n":1.5}\n`,
    );
  });

  it('writes whole records with their envelopes', () => {
    const writer = createNdjsonWriter({ redact: ['users'] });
    const record = {
      id: 'AQ',
      type: 'log',
      attributes: { attributes: { process: { user: 'eve' } } },
    };
    expect(writer.write([{ value: record }])).toBe(
      `{"id":"AQ","type":"log","attributes":{"attributes":{"process":{"user":"${REDACTED}"}}}}\n`,
    );
    expect(writer.manifest().users.paths).toEqual(['attributes.attributes.process.user']);
  });
});
