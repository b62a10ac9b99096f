// The reference evaluator against generated events: each query's matches are compared with a
// straightforward filter over the same objects, written out by hand.
import { describe, expect, it } from 'vitest';
import { generateEvents } from '../../scripts/generator/generate-events';
import type { GeneratedEvent } from '../../scripts/generator/generate-events';
import type { EventView } from './evaluate';
import { fieldsOf, matchesEvent } from './evaluate';
import { parseQuery } from './parse';

/** The parts of a body the hand-written filters look at. */
interface Exe {
  path: string;
}
interface Proc {
  pid: number;
  comm: string;
  is_thread: boolean;
  args?: string[];
  envs?: string[];
  executable: Exe;
  ancestors?: (Proc & { file?: Exe })[];
  credentials?: { cap_effective: string[] };
}
interface Body {
  title: string;
  date: string;
  evt: { name: string; outcome: string; category: string };
  agent: { rule_id: string };
  file?: { path: string; name: string; mode: number };
  process?: Proc;
  mount?: Record<string, unknown>;
  container?: { id: string };
  network?: { destination: { port: number } };
  dns?: { question: { name: string } };
  dd?: { span_id: number };
}

interface Sample {
  raw: GeneratedEvent;
  body: Body;
  view: EventView;
}

const generated = [...generateEvents({ seed: 7, count: 400 })];
const samples: Sample[] = generated.map((raw, i) => ({
  raw,
  body: raw.body as unknown as Body,
  view: {
    body: raw.body,
    envelope: {
      host: raw.host,
      service: raw.service,
      source: 'runtime-security-agent',
      status: 'info',
      tags: raw.tags,
      id: raw.id,
    },
    validity: i % 37 === 5 ? 'invalid' : i % 41 === 3 ? 'drift' : 'valid',
    id: raw.id,
  },
}));

/** The strings free text looks in: those of the free-text fields, written out by hand. */
function texts(s: Sample): string[] {
  const b = s.raw.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  const candidates: unknown[] = [
    b['evt']?.name,
    b['agent']?.rule_id,
    b['process']?.comm,
    b['process']?.executable?.path,
    b['process']?.user,
    b['process']?.parent?.executable?.path,
    b['usr']?.id,
    b['container']?.id,
    b['file']?.path,
    b['file']?.destination?.path,
    b['network']?.source?.ip,
    b['network']?.destination?.ip,
    b['dns']?.question?.name,
    b['title'],
    s.raw.host,
    s.raw.service,
  ];
  return candidates.filter((t): t is string => typeof t === 'string');
}

const hasText = (s: Sample, needle: string) =>
  texts(s).some((t) => t.toLowerCase().includes(needle.toLowerCase()));
/** Whether a free-text text, or one of its white-space-separated words, matches `re` whole. */
const hasWord = (s: Sample, re: RegExp) =>
  texts(s).some((t) => re.test(t) || t.split(/\s+/u).some((w) => re.test(w)));
/** The values `*:` looks at, written out by hand: the load-time indexed ones and the tags. */
function anyValues(s: Sample): unknown[] {
  const b = s.raw.body as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  return [
    b['evt']?.name,
    b['evt']?.category,
    b['evt']?.outcome,
    b['agent']?.rule_id,
    b['process']?.pid,
    b['process']?.comm,
    b['process']?.executable?.path,
    b['process']?.user,
    b['process']?.container?.id,
    b['process']?.parent?.executable?.path,
    b['usr']?.id,
    b['container']?.id,
    b['file']?.path,
    b['file']?.destination?.path,
    b['network']?.source?.ip,
    b['network']?.destination?.ip,
    b['network']?.destination?.port,
    b['dns']?.question?.name,
    b['hostname'],
    b['service'],
    b['title'],
    s.raw.host,
    s.raw.service,
    'runtime-security-agent',
    'info',
    ...s.raw.tags,
    ...s.raw.tags.map((t) => t.slice(t.indexOf(':') + 1)),
  ];
}
const anyIs = (s: Sample, test: (v: unknown) => boolean) => anyValues(s).some(test);
const ms = (date: string) => Date.parse(date);
const pid = (s: Sample) => s.body.process?.pid;
const name = (s: Sample) => s.body.evt.name;
const firstId = samples[5]?.raw.id ?? '';

const cases: [query: string, filter: (s: Sample) => boolean, zero?: 'zero'][] = [
  ['@evt.name:open', (s) => name(s) === 'open'],
  ['-@evt.name:exit', (s) => name(s) !== 'exit'],
  ['NOT @evt.name:exit', (s) => name(s) !== 'exit'],
  ['@file.path:/etc/*', (s) => s.body.file?.path.startsWith('/etc/') === true],
  ['@file.path:/etc/shadow', (s) => s.body.file?.path === '/etc/shadow'],
  ['@file.path:"/tmp/.x"', (s) => s.body.file?.path === '/tmp/.x'],
  ['@process.pid:>1000', (s) => (pid(s) ?? 0) > 1000],
  ['@process.pid:<=2000', (s) => (pid(s) ?? Infinity) <= 2000],
  ['@process.pid:[100 TO 200]', (s) => (pid(s) ?? 0) >= 100 && (pid(s) ?? 0) <= 200, 'zero'],
  ['@process.pid:[1000 TO 3000}', (s) => (pid(s) ?? 0) >= 1000 && (pid(s) ?? 0) < 3000],
  ['@process.pid:{100000 TO *]', (s) => (pid(s) ?? 0) > 100000],
  ['host:web-1', (s) => s.raw.host === 'web-1'],
  ['host:web-?', (s) => s.raw.host === 'web-1' || s.raw.host === 'web-2'],
  ['service:postgres', (s) => s.raw.service === 'postgres'],
  ['source:runtime-security-agent status:info', () => true],
  ['rule_id:fim_open', (s) => s.raw.tags.includes('rule_id:fim_open')],
  ['@process.args:*', (s) => (s.body.process?.args?.length ?? 0) > 0],
  ['@process.args:"/etc/shadow"', (s) => s.body.process?.args?.includes('/etc/shadow') === true],
  [
    '@process.envs:PATH=*',
    (s) => s.body.process?.envs?.some((e) => e.startsWith('PATH=')) === true,
  ],
  [
    '@process.ancestors.executable.path:/usr/sbin/nginx',
    (s) => s.body.process?.ancestors?.some((a) => a.executable.path === '/usr/sbin/nginx') === true,
  ],
  [
    '@process.ancestors.file.path:/usr/sbin/nginx',
    (s) => s.body.process?.ancestors?.some((a) => a.file?.path === '/usr/sbin/nginx') === true,
    'zero',
  ],
  [
    '@process.credentials.cap_effective:CAP_SYS_ADMIN',
    (s) => s.body.process?.credentials?.cap_effective.includes('CAP_SYS_ADMIN') === true,
  ],
  ['@process.is_thread:true', (s) => s.body.process?.is_thread === true],
  ['@process.comm:ngin?', (s) => /^ngin.$/u.test(s.body.process?.comm ?? '')],
  ['@mount.mountpoint.path:*', (s) => s.body.mount?.['mountpoint.path'] !== undefined],
  [
    '@mount.mountpoint.path:/run/*',
    (s) => String(s.body.mount?.['mountpoint.path'] ?? '').startsWith('/run/'),
  ],
  ['@file.name:?hadow', (s) => /^.hadow$/u.test(s.body.file?.name ?? '')],
  ['@file.mode:>=33188', (s) => (s.body.file?.mode ?? 0) >= 33188],
  ['@container.id:*', (s) => s.body.container !== undefined],
  ['@dd.span_id:*', (s) => s.body.dd !== undefined],
  ['@network.destination.port:53', (s) => s.body.network?.destination.port === 53],
  [
    '@dns.question.name:*.internal',
    (s) => s.body.dns?.question.name.endsWith('.internal') === true,
  ],
  ['shadow', (s) => hasText(s, 'shadow')],
  ['SHADOW', (s) => hasText(s, 'shadow')],
  ['"monitored file"', (s) => hasText(s, 'monitored file')],
  ['/tmp/rootkit.ko', (s) => hasText(s, '/tmp/rootkit.ko')],
  ['*r??tkit*', (s) => texts(s).some((t) => /r..tkit/iu.test(t))],
  ['r??tkit.ko', (s) => hasWord(s, /^r..tkit\.ko$/iu), 'zero'],
  ['*/r??tkit.ko', (s) => hasWord(s, /^.*\/r..tkit\.ko$/iu)],
  ['*cron ubuntu', (s) => hasWord(s, /cron$/iu) && hasText(s, 'ubuntu')],
  ['cron*', (s) => hasWord(s, /^cron/iu)],
  ['WEB*', (s) => hasWord(s, /^web/iu)],
  ['*shadow', (s) => hasWord(s, /shadow$/iu)],
  ['shadow*', (s) => hasWord(s, /^shadow/iu)],
  ['nosuchword', () => false, 'zero'],
  ['*', () => true],
  ['-*', () => false, 'zero'],
  ['-* OR host:web-1', (s) => s.raw.host === 'web-1'],
  ['_exists_:@container.id', (s) => s.body.container !== undefined],
  ['_missing_:@container.id', (s) => s.body.container === undefined],
  ['_exists_:@process.args', (s) => (s.body.process?.args?.length ?? 0) > 0],
  ['-_missing_:image_name', (s) => s.raw.tags.some((t) => t.startsWith('image_name:'))],
  ['tags:image_name:nginx', (s) => s.raw.tags.includes('image_name:nginx')],
  ['tags:image_name:*', (s) => s.raw.tags.some((t) => t.startsWith('image_name:'))],
  ['tags:nginx', () => false, 'zero'],
  ['*:NGINX', (s) => anyIs(s, (v) => typeof v === 'string' && v.toLowerCase() === 'nginx')],
  ['*:/usr/sbin/*', (s) => anyIs(s, (v) => typeof v === 'string' && v.startsWith('/usr/sbin/'))],
  [`*:${pid(samples[3] as Sample) ?? 0}`, (s) => anyIs(s, (v) => v === pid(samples[3] as Sample))],
  ['*:nosuchvalue', () => false, 'zero'],
  [
    'host:web-1 && @evt.name:open || @evt.name:exec',
    (s) => (s.raw.host === 'web-1' && name(s) === 'open') || name(s) === 'exec',
  ],
  [
    '(host:web-1 OR host:web-2) @evt.name:exec',
    (s) => s.raw.host.startsWith('web-') && name(s) === 'exec',
  ],
  ['host:web-1 AND NOT @evt.name:open', (s) => s.raw.host === 'web-1' && name(s) !== 'open'],
  [
    '@evt.name:(open OR unlink) -host:db-1',
    (s) => (name(s) === 'open' || name(s) === 'unlink') && s.raw.host !== 'db-1',
  ],
  [
    'NOT (host:web-1 OR host:web-2) @evt.category:"File Activity"',
    (s) => !s.raw.host.startsWith('web-') && s.body.evt.category === 'File Activity',
  ],
  [
    '@agent.rule_id:shadow_file_access OR @agent.rule_id:net_file_download exec',
    (s) =>
      s.body.agent.rule_id === 'shadow_file_access' ||
      (s.body.agent.rule_id === 'net_file_download' && hasText(s, 'exec')),
  ],
  ['@validity:invalid', (s) => s.view.validity === 'invalid'],
  ['@validity:valid @evt.name:open', (s) => s.view.validity === 'valid' && name(s) === 'open'],
  ['-@validity:valid', (s) => s.view.validity !== 'valid'],
  [`@id:${firstId}`, (s) => s.raw.id === firstId],
  [
    `id:${firstId} OR @evt.outcome:Refused`,
    (s) => s.raw.id === firstId || s.body.evt.outcome === 'Refused',
  ],
  ['@date:>2026-11-20T08:04:00Z', (s) => ms(s.body.date) > ms('2026-11-20T08:04:00Z')],
  [
    '@date:[2026-11-20T08:01:00Z TO 2026-11-20T08:02:00Z}',
    (s) =>
      ms(s.body.date) >= ms('2026-11-20T08:01:00Z') && ms(s.body.date) < ms('2026-11-20T08:02:00Z'),
  ],
  ['@date:<2026-11-20T09:00:00+01:00', () => false, 'zero'],
  ['@evt.outcome:Refused', (s) => s.body.evt.outcome === 'Refused'],
  ['@evt.outcome:refused', () => false, 'zero'],
  ['@evt.name:OPEN', () => false, 'zero'],
];

describe('matchesEvent on generated events', () => {
  it('has a varied sample', () => {
    expect(samples.length).toBe(400);
    expect(new Set(samples.map((s) => s.raw.host)).size).toBe(4);
  });

  it.each(cases)('%s', (query, filter, zero) => {
    const parsed = parseQuery(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const got = samples.filter((s) => matchesEvent(parsed.ast, s.view)).map((s) => s.raw.id);
    const want = samples.filter(filter).map((s) => s.raw.id);
    expect(got).toEqual(want);
    if (zero === 'zero') expect(got.length).toBe(0);
    else expect(got.length).toBeGreaterThan(0);
  });
});

describe('fieldsOf', () => {
  it('lists every field once, in order of appearance', () => {
    const parsed = parseQuery(
      '@evt.name:open host:(web-1 OR web-2) -@evt.name:exit free @validity:invalid rule_id:x',
    );
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(fieldsOf(parsed.ast)).toEqual([
      { scope: 'body', path: 'evt.name', raw: '@evt.name' },
      { scope: 'envelope', path: 'host', raw: 'host' },
      { scope: 'derived', path: 'validity', raw: '@validity' },
      { scope: 'envelope', path: 'tags.rule_id', raw: 'rule_id' },
    ]);
    expect(fieldsOf({ kind: 'all' })).toEqual([]);
  });
});

describe('matchesEvent on hand-made events', () => {
  const event = (tags: string[], body: unknown): EventView => ({
    body,
    envelope: { host: 'web-1', tags },
    validity: 'valid',
    id: 'e',
  });
  const bare = event(['prod', 'env:staging'], { process: { comm: 'Curl', pid: 42 } });
  const keyed = event(['env:prod'], { evt: { name: 'open' } });
  const empty: EventView = { body: {}, validity: 'valid', id: 'empty' };
  const matches = (query: string, view: EventView) => {
    const parsed = parseQuery(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return matchesEvent(parsed.ast, view);
  };
  const over = (query: string) => [bare, keyed, empty].map((view) => matches(query, view));

  it('matches a bare "*" on every event, even one without any text, and "-*" on none', () => {
    expect(over('*')).toEqual([true, true, true]);
    expect(over('-*')).toEqual([false, false, false]);
  });

  it('matches tags:value against each tag as a whole', () => {
    expect(over('tags:prod')).toEqual([true, false, false]);
    expect(over('tags:env:prod')).toEqual([false, true, false]);
    expect(over('tags:env:*')).toEqual([true, true, false]);
    expect(over('env:prod')).toEqual([false, true, false]);
    expect(over('_exists_:tags')).toEqual([true, true, false]);
  });

  it('matches *:value on any attribute, ignoring case, and on tags by text and value', () => {
    expect(over('*:curl')).toEqual([true, false, false]);
    expect(over('*:42')).toEqual([true, false, false]);
    expect(over('*:prod')).toEqual([true, true, false]);
    expect(over('*:env:staging')).toEqual([true, false, false]);
    expect(over('*:WEB-?')).toEqual([true, true, false]);
    expect(over('*:OP*')).toEqual([false, true, false]);
    expect(over('*:cur')).toEqual([false, false, false]);
  });

  it('matches _exists_ and _missing_ as field:* and its negation', () => {
    expect(over('_exists_:@process.pid')).toEqual([true, false, false]);
    expect(over('_missing_:@process.pid')).toEqual([false, true, true]);
    expect(over('_missing_:host')).toEqual([false, false, true]);
  });
});
