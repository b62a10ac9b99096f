/**
 * Test support: a dozen hand-made events covering what the query compilers must get right
 * against the tab — arrays, numbers and numeric strings, dates, null, booleans, missing
 * fields, dotted keys, unicode, quotes and backslashes, envelopes with tags, process lineage.
 */
import type { TestEvent } from './clickhouse-test-rows';

const proc = (pid: number, extra: Record<string, unknown> = {}) => ({
  pid,
  fork_time: '2026-11-20T08:00:00.1Z',
  exec_time: '2026-11-20T08:00:00.3Z',
  ...extra,
});

export const TEST_EVENTS: readonly TestEvent[] = [
  {
    id: 'e-open',
    timeMs: 1_795_132_800_000,
    envelope: { host: 'web-1', service: 'runtime', tags: ['env:prod', 'team:sec', 'solo'] },
    schema: 'linux-7.71',
    body: {
      evt: { name: 'open', category: 'File Activity', outcome: 'success' },
      file: { path: '/etc/passwd', flags: ['O_RDONLY', 'O_CLOEXEC'], mode: 420 },
      process: proc(4121, {
        comm: 'cat',
        executable: { path: '/usr/bin/cat' },
        parent: proc(100, { comm: 'bash' }),
        ancestors: [proc(100, { comm: 'bash' }), proc(1, { comm: 'systemd' })],
      }),
      date: '2026-11-20T08:00:01.500Z',
    },
  },
  {
    id: 'e-exec',
    timeMs: 1_795_132_801_000,
    envelope: { host: 'web-1', service: 'runtime', tags: ['env:staging'] },
    body: {
      evt: { name: 'exec', category: 'Process Activity' },
      process: proc(4200, {
        comm: 'Curl',
        executable: { path: '/usr/bin/curl' },
        args: ['-s', 'https://example.com/a b', 'say "hi"'],
        parent: proc(4121, { comm: 'cat' }),
        ancestors: [proc(4121), proc(100), proc(1)],
      }),
      title: 'Suspicious download by web* server',
    },
  },
  {
    id: 'e-num',
    validity: 'drift',
    body: {
      evt: { name: 'bind' },
      bind: { addr: { ip: '10.0.0.5', port: 8080 } },
      process: { pid: '77', comm: 'Ng\u00efnx' },
      size: '1e3',
      ratio: 0.5,
      big: 12345678901234568,
      neg: -3,
      when: '2026-11-20T10:00:00+02:00',
      flag: true,
      nothing: null,
    },
  },
  {
    id: 'e-quote',
    validity: 'invalid',
    envelope: { host: "o'brien\\host", status: 'warn', tags: ['k:v:w', 'path:/a\\b'] },
    body: {
      evt: { name: "it's \\ fine", outcome: 'failure' },
      file: { path: 'C:\\Windows\\cmd.exe' },
      text: 'line1\nline2',
      when: '2026-11-19',
      size: '0042',
      flag: false,
    },
  },
  {
    id: 'e-unicode',
    envelope: { service: 'Caf\u00e9', source: 'cws' },
    body: {
      evt: { name: '\u00e9v\u00e9nement' },
      file: { path: '/tmp/\u{1F600}/x', destination: { path: '/tmp/\u00e9' } },
      mount: { 'mountpoint.path': '/mnt/data' },
      size: 'abc',
      when: 'not a date',
      emoji: '\u{1F600}',
    },
  },
  {
    id: 'e-arrays',
    body: {
      evt: { name: 'dns', category: 'Network Activity' },
      dns: { question: { name: 'Example.COM' } },
      network: { destination: { ip: '8.8.8.8', port: 53 } },
      list: [1, '2', null, true, 'x y'],
      nested: [{ v: 1 }, { v: 2 }, { w: null }],
      empty: [],
      obj: { inner: null },
    },
  },
  {
    id: 'e-missing',
    body: { evt: { name: 'exit' } },
  },
  {
    id: 'e-sql',
    envelope: { host: "x' OR 1=1 --", tags: ["'); DROP TABLE events; --"] },
    body: {
      evt: { name: 'SELECT * FROM events' },
      file: { path: '{p0:String}' },
      process: proc(4300, {
        comm: 'NULL',
        parent: proc(4200),
        ancestors: [proc(4200), proc(4121)],
      }),
      size: 10,
      when: '2026-11-20T07:00:00.123456789Z',
    },
  },
];
