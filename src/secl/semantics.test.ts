// SECL semantics over event bodies: boolean structure, any/none over lists and iterators,
// registers, patterns and path globs, list members, CIDRs, bit masks, durations as ages,
// helpers, variables, macros, three-valued logic and legacy names. Every result is checked
// twice: by the reference evaluator and through the leaves as the column store runs them.
import { describe, expect, it } from 'vitest';
import { makeOpenBody } from '../ingest/test/fixtures';
import { normalizeResolved, valuesOf } from '../index/value-column';
import { compilePath } from '../query/resolve-path';
import type { CompileOptions } from './compile';
import { compileRule } from './compile';
import type { SeclError } from './errors';
import { appliesToEventType, evaluateRule } from './evaluate';
import type { MacroDefinition } from './macros';
import { evaluateTree } from './rule-tree';
import { Tri } from './tri';

const { True: T, False: F, Unknown: U } = Tri;

function run(expression: string, body: unknown, options: CompileOptions = {}): Tri {
  const compiled = compileRule(expression, options);
  if (!compiled.ok) throw new Error(`${expression}: ${JSON.stringify(compiled.errors)}`);
  const { rule } = compiled;
  const reference = evaluateRule(rule, body).result;
  // As the column store runs it: each path's values normalized like a column value.
  const column = (path: string) => valuesOf(normalizeResolved(compilePath(path)(body)));
  const viaLeaves = evaluateTree(rule.tree, (i) => {
    const leaf = rule.leaves[i];
    if (leaf === undefined) throw new Error('missing leaf');
    return leaf.test(leaf.paths.map(column));
  });
  const name = (body as { evt?: { name?: unknown } }).evt?.name;
  expect(appliesToEventType(rule, name) ? viaLeaves : F).toBe(reference);
  return reference;
}

function errorOf(expression: string, options: CompileOptions = {}): SeclError {
  const compiled = compileRule(expression, options);
  const error = compiled.ok ? undefined : compiled.errors[0];
  if (error === undefined) throw new Error(`expected an error for ${expression}`);
  return error;
}

const NOW = '2026-11-20T10:15:03.000000000Z';

function process(
  name: string,
  path: string,
  args: string[] = [],
  extra: Record<string, unknown> = {},
) {
  return { pid: 100, comm: name, executable: { path, name }, argv0: name, args, ...extra };
}

function execBody(
  options: {
    args?: string[];
    ancestors?: Record<string, unknown>[];
    extra?: Record<string, unknown>;
  } = {},
) {
  const ancestors = options.ancestors ?? [
    process('nginx', '/usr/sbin/nginx', ['-g', 'daemon off;']),
    process('containerd-shim', '/usr/bin/containerd-shim'),
    process('systemd', '/usr/lib/systemd/systemd'),
  ];
  return {
    evt: { name: 'exec', outcome: 'Success' },
    date: NOW,
    file: { path: '/usr/bin/c$t', name: 'c$t' },
    container: { id: 'abc', created_at: '2026-11-20T10:10:00.000000000Z' },
    process: {
      pid: 4242,
      comm: 'c$t',
      executable: { path: '/usr/bin/c$t', name: 'c$t', mode: 0o100755 },
      argv0: 'cat',
      args: options.args ?? ['/etc/shadow'],
      envs: ['PATH=/usr/bin', 'HOME', 'LD_PRELOAD=/tmp/evil.so'],
      exec_time: '2026-11-20T10:15:00.000000000Z',
      fork_time: '2026-11-20T10:14:59.000000000Z',
      credentials: {
        cap_effective: ['CAP_SYS_ADMIN', 'CAP_CHECKPOINT_RESTORE'],
        cap_permitted: [],
      },
      container: { id: 'abc', created_at: '2026-11-20T10:10:00.000000000Z' },
      parent: ancestors[0],
      ancestors,
      ...options.extra,
    },
  };
}

describe('boolean structure', () => {
  it('evaluates && and || with equal precedence, grouped to the right', () => {
    expect(run('false && true || true', {})).toBe(F);
    expect(run('true || false && false', {})).toBe(T);
    expect(run('not true && false', {})).toBe(F);
    expect(run('1 == 1 & 1', {})).toBe(T);
    expect(run('^0 == -1', {})).toBe(T);
    expect(run('--3 == 3', {})).toBe(T);
    expect(run('5 - 2 - 1 == 2 && 2 + 3 == 5', {})).toBe(T);
    expect(run('(1 == 1) == (2 == 2) && (1 == 2) != true', {})).toBe(T);
  });

  it('folds constant sub-expressions away', () => {
    const compiled = compileRule('1 == 2 && open.file.path == "/x"');
    expect(compiled.ok && compiled.rule.tree).toEqual({ kind: 'const', value: F });
  });
});

describe('lists and iterators', () => {
  const body = execBody();

  it('holds for == / in / =~ when any element matches', () => {
    expect(run('process.ancestors.file.name == "nginx"', body)).toBe(T);
    expect(run('process.ancestors.file.name in ["bash", "nginx"]', body)).toBe(T);
    expect(run('process.ancestors.file.path =~ "/usr/sbin/*"', body)).toBe(T);
    expect(run('process.ancestors.file.name == "bash"', body)).toBe(F);
  });

  it('holds for != / not in / !~ when no element matches', () => {
    expect(run('process.ancestors.file.name != "nginx"', body)).toBe(F);
    expect(run('process.ancestors.file.name != "bash"', body)).toBe(T);
    expect(run('process.ancestors.file.path not in ["/usr/bin/apt", "/usr/bin/dpkg"]', body)).toBe(
      T,
    );
    expect(run('process.ancestors.file.name not in ["nginx"]', body)).toBe(F);
    expect(run('process.ancestors.file.path !~ "/usr/*/nginx"', body)).toBe(F);
  });

  it('treats an empty iterator as no element', () => {
    const orphan = execBody({ ancestors: [] });
    expect(run('process.ancestors.file.name == "nginx"', orphan)).toBe(F);
    expect(run('process.ancestors.file.name != "nginx"', orphan)).toBe(T);
    expect(run('process.ancestors.length == 0', orphan)).toBe(T);
    expect(run('process.ancestors.length == 3', body)).toBe(T);
  });

  it('applies any/none to list fields and reads a value inside a list field', () => {
    expect(run('exec.argv in ["/etc/shadow"]', body)).toBe(T);
    expect(run('"/etc/shadow" in exec.argv', body)).toBe(T);
    expect(run('exec.envs in ["HOME"] && exec.envs not in ["DISPLAY"]', body)).toBe(T);
  });

  it('reads an ancestor string field (args) element by element', () => {
    expect(run('process.ancestors.args == "-g daemon off;"', body)).toBe(T);
    expect(run('process.ancestors.args_flags in ["g"]', body)).toBe(T);
  });
});

describe('registers', () => {
  const ancestors = [
    process('nginx', '/usr/sbin/nginx', ['-g']),
    process('bash', '/bin/bash', ['-c', 'id']),
    process('git', '/usr/bin/git', ['clone', '--recursive', 'x']),
  ];
  const body = execBody({ ancestors });

  it('lets each condition pick its own element without a register', () => {
    expect(
      run('process.ancestors.file.name == "nginx" && process.ancestors.args == "-c id"', body),
    ).toBe(T);
  });

  it('forces one element for all conditions of a register', () => {
    expect(
      run(
        'process.ancestors[A].file.name == "nginx" && process.ancestors[A].args == "-c id"',
        body,
      ),
    ).toBe(F);
    expect(
      run('process.ancestors[A].file.name == "bash" && process.ancestors[A].args == "-c id"', body),
    ).toBe(T);
    expect(
      run(
        'process.ancestors[A].comm == "git" && process.ancestors[A].argv in ["clone"] && process.ancestors[A].args_flags in ["recursive"]',
        body,
      ),
    ).toBe(T);
    expect(
      run('process.ancestors[A].comm == "nginx" && process.ancestors[A].argv in ["clone"]', body),
    ).toBe(F);
    expect(
      run(
        'exec.comm == "c$t" && (process.ancestors[A].comm == "bash" || process.ancestors[A].comm == "zsh")',
        body,
      ),
    ).toBe(T);
  });

  it('compiles a register scope into one leaf reading the iterator', () => {
    const compiled = compileRule(
      'process.ancestors[A].file.name == "bash" && process.ancestors[A].args == "-c id"',
    );
    expect(compiled.ok && compiled.rule.leaves.map((l) => l.paths)).toEqual([
      ['process.ancestors'],
    ]);
  });

  it('rejects registers on fields that do not iterate', () => {
    expect(errorOf('process.parent[A].comm == "x"').message).toContain('not an iterator');
    expect(errorOf('process.ancestors[A].nope == "x"').message).toContain('unknown field');
  });
});

describe('patterns', () => {
  const body = execBody();

  it('gives .path fields glob semantics (secl.md examples on /usr/bin/c$t)', () => {
    const cases: [string, Tri][] = [
      ['/usr/bin/*', T],
      ['/usr/*', F],
      ['/usr/**', T],
      ['*/bin/*', T],
      ['/*/*/*', T],
      ['*', F],
    ];
    for (const [pattern, expected] of cases) {
      expect(run(`exec.file.path =~ "${pattern}"`, body)).toBe(expected);
      expect(run(`exec.file.path in [~"${pattern}"]`, body)).toBe(expected);
      expect(run(`exec.file.path == ~"${pattern}"`, body)).toBe(expected);
    }
  });

  it('lets * cross / in patterns on other fields, anchored at both ends', () => {
    expect(run('exec.args =~ "*/etc/*"', body)).toBe(T);
    expect(run('exec.args =~ "/etc"', body)).toBe(F);
    expect(run('exec.comm =~ "c*"', body)).toBe(T);
    expect(run('exec.comm =~ "?$t"', body)).toBe(F);
  });

  it('reads list members as exact strings, ~patterns and unanchored regexes', () => {
    expect(run('exec.comm in ["c*"]', body)).toBe(F);
    expect(run('exec.comm in ["c$t"]', body)).toBe(T);
    expect(run('exec.comm in [~"c*"]', body)).toBe(T);
    expect(run('exec.comm in [r"\\$t"]', body)).toBe(T);
    expect(run('exec.comm in [r"^\\$"]', body)).toBe(F);
    expect(run('exec.comm == r"^c."', body)).toBe(T);
    expect(run('exec.argv0 in [r"(?i)^CAT$"]', body)).toBe(T);
  });

  it('reports invalid regular expressions where they are', () => {
    const error = errorOf('exec.comm in [r"(unclosed"]');
    expect(error).toMatchObject({ position: 14, length: 12 });
    expect(error.message).toContain('invalid regular expression');
  });
});

describe('addresses', () => {
  const bind = (ip: string) => ({
    evt: { name: 'bind' },
    bind: { addr: { family: 'AF_INET', ip, port: 4444 } },
  });
  const flow = {
    evt: { name: 'dns' },
    network: { destination: { ip: '2001:db8::53' }, source: { ip: '10.1.2.3' } },
  };

  it('tests containment in CIDRs, IPv4 and IPv6', () => {
    expect(run('bind.addr.ip in 10.0.0.0/8', bind('10.9.8.7'))).toBe(T);
    expect(run('bind.addr.ip in [192.168.0.0/16, 0.0.0.0]', bind('0.0.0.0'))).toBe(T);
    expect(run('bind.addr.ip not in [10.0.0.0/8]', bind('172.16.0.1'))).toBe(T);
    expect(run('bind.addr.ip == 172.16.0.0/12', bind('172.20.0.1'))).toBe(T);
    expect(run('network.destination.ip in [2001:db8::/32]', flow)).toBe(T);
    expect(run('network.destination.ip in [2001:db9::/32, ::1]', flow)).toBe(F);
    expect(run('bind.addr.family == AF_INET && bind.addr.port == 4444', bind('1.2.3.4'))).toBe(T);
  });

  it('derives is_public and tests allin', () => {
    expect(run('network.source.ip allin [10.0.0.0/8]', flow)).toBe(T);
    expect(run('network.destination.is_public == true', flow)).toBe(T);
    expect(run('network.source.is_public', flow)).toBe(F);
  });
});

describe('bit masks and constants', () => {
  it('turns flag names into bits', () => {
    const open = makeOpenBody({
      file: { path: '/tmp/x', flags: ['O_CREAT', 'O_TRUNC', 'O_WRONLY'] },
    });
    expect(run('open.flags & O_CREAT > 0', open)).toBe(T);
    expect(run('open.flags & (O_CREAT | O_RDWR) > 0', open)).toBe(T);
    expect(run('open.flags & O_APPEND > 0', open)).toBe(F);
    expect(run('open.flags == O_CREAT | O_TRUNC | O_WRONLY', open)).toBe(T);
    expect(run('open.flags & O_RDWR > 0', makeOpenBody())).toBe(F);
  });

  it('turns capability names into a mask beyond 32 bits', () => {
    const body = execBody();
    expect(run('process.cap_effective & CAP_SYS_ADMIN > 0', body)).toBe(T);
    expect(
      run('process.cap_effective & CAP_CHECKPOINT_RESTORE == CAP_CHECKPOINT_RESTORE', body),
    ).toBe(T);
    expect(run('process.cap_effective & CAP_NET_RAW > 0', body)).toBe(F);
    expect(run('process.cap_permitted == 0', body)).toBe(T);
  });

  it('reads "A | B" protection strings and enum names', () => {
    const mmap = {
      evt: { name: 'mmap' },
      mmap: { protection: 'PROT_EXEC | PROT_READ', flags: 'MAP_PRIVATE | MAP_ANONYMOUS' },
    };
    expect(run('mmap.protection & PROT_EXEC > 0 && mmap.flags & MAP_ANONYMOUS > 0', mmap)).toBe(T);
    expect(run('mmap.protection & PROT_WRITE > 0', mmap)).toBe(F);
    const odd = { evt: { name: 'mmap' }, mmap: { protection: 'PROT_EXEC | PROT_SOMETHING_NEW' } };
    expect(run('mmap.protection & PROT_EXEC > 0', odd)).toBe(U);
    const signal = { evt: { name: 'signal' }, signal: { type: 'SIGKILL' } };
    expect(run('signal.type == SIGKILL', signal)).toBe(T);
    expect(run('signal.type in [SIGTERM, SIGINT]', signal)).toBe(F);
  });

  it('reads file rights as mode & 07777', () => {
    const chmod = {
      evt: { name: 'chmod' },
      file: { path: '/tmp/x', mode: 0o100644, destination: { mode: 0o4755 } },
    };
    expect(run('chmod.file.rights == 0644', chmod)).toBe(T);
    expect(run('chmod.file.destination.rights & S_ISUID > 0', chmod)).toBe(T);
    expect(run('chmod.file.mode & S_IFMT == S_IFREG', chmod)).toBe(T);
  });
});

describe('timestamps and durations', () => {
  const body = execBody();

  it('compares durations with the age of a timestamp at the event date', () => {
    expect(run('process.created_at < 5s', body)).toBe(T);
    expect(run('process.created_at > 5s', body)).toBe(F);
    expect(run('process.created_at > 2s && process.created_at < 4s', body)).toBe(T);
    expect(run('container.created_at > 90s', body)).toBe(T);
    expect(run('container.created_at > 6m', body)).toBe(F);
    expect(run('5s > process.created_at', body)).toBe(T);
  });

  it('is unknown without the event date or the timestamp', () => {
    expect(run('process.created_at < 5s', { ...body, date: undefined })).toBe(U);
    expect(run('exec.file.modification_time < 30s', body)).toBe(U);
  });

  it('reads the leaf paths of an age comparison', () => {
    const compiled = compileRule('process.created_at < 5s');
    expect(compiled.ok && compiled.rule.leaves[0]?.paths).toEqual([
      'process.exec_time',
      'process.fork_time',
      'date',
    ]);
  });
});

describe('helpers', () => {
  const body = execBody({ args: ['-ln', '--version', '-T', '8', '--width=8', 'file'] });

  it('derives args_flags and args_options from the arguments', () => {
    for (const flag of ['l', 'n', 'ln', 'version'])
      expect(run(`exec.args_flags in ["${flag}"]`, body)).toBe(T);
    expect(run('exec.args_flags in ["T"]', body)).toBe(T);
    expect(run('exec.args_flags in ["width"]', body)).toBe(F);
    expect(run('exec.args_options in ["T=8"] && exec.args_options in ["width=8"]', body)).toBe(T);
    expect(run('exec.args == "-ln --version -T 8 --width=8 file"', body)).toBe(T);
    expect(run('exec.argv in ["--width=8"] && exec.argv0 == "cat"', body)).toBe(T);
  });

  it('measures string lengths', () => {
    expect(run('exec.file.path.length == 12 && exec.file.name.length == 3', body)).toBe(T);
    const dns = {
      evt: { name: 'dns' },
      dns: { question: { name: 'pastebin.com', type: 'A', size: 40 } },
    };
    expect(run('dns.question.name.length == 12 && dns.question.length == 40', dns)).toBe(T);
  });

  it('compares DNS names case-insensitively', () => {
    const dns = {
      evt: { name: 'dns' },
      dns: { question: { name: 'PasteBin.COM', type: 'TXT', class: 'CLASS_INET' } },
    };
    expect(run('dns.question.name == "pastebin.com"', dns)).toBe(T);
    expect(run('dns.question.name in [~"*.com"] && dns.question.type == TXT', dns)).toBe(T);
    expect(run('dns.question.type == SRV', dns)).toBe(F);
  });

  it('reads return values from the outcome, as far as it tells', () => {
    const refused = makeOpenBody({ evt: { name: 'open', outcome: 'Refused' } });
    expect(run('open.retval < 0', refused)).toBe(T);
    expect(run('open.retval == -13', refused)).toBe(U);
    expect(run('open.retval in [-13, -1]', refused)).toBe(T);
    expect(run('open.retval >= 0', makeOpenBody())).toBe(T);
    expect(run('open.retval == 3', makeOpenBody())).toBe(U);
    expect(run('open.retval == -2', makeOpenBody())).toBe(F);
  });
});

describe('variables', () => {
  it('substitutes ${process.pid}, also inside strings', () => {
    const body = makeOpenBody({ file: { path: '/proc/4121/maps' } });
    expect(run('open.file.path == "/proc/${process.pid}/maps"', body)).toBe(T);
    expect(run('${process.pid} == 4121', body)).toBe(T);
  });

  it('reads rule variables from the export, else unknown', () => {
    const body = execBody();
    expect(run('${process.correlation_key} in ["", ~"cgroup_*"]', body)).toBe(U);
    const withVars = execBody({ extra: { variables: { correlation_key: 'cgroup_42' } } });
    expect(run('${process.correlation_key} in ["", ~"cgroup_*"]', withVars)).toBe(T);
    const cgroup = { ...execBody(), cgroup: { variables: { seen: ['/etc/shadow'] } } };
    expect(run('exec.args not in ${cgroup.seen}', cgroup)).toBe(F);
    expect(run('exec.args in ${cgroup.other}', cgroup)).toBe(U);
    const global = { ...execBody(), evt: { name: 'exec', variables: { flag: true } } };
    expect(run('${flag} == true', global)).toBe(T);
    expect(run('${builtins.uuid4} != ""', global)).toBe(U);
  });

  it('notes the variables a rule depends on', () => {
    const compiled = compileRule('${container.ratelimit} == 0 && container.id != ""');
    expect(compiled.ok && compiled.rule.unknownNotes.map((n) => n.field)).toEqual([
      '${container.ratelimit}',
    ]);
  });
});

describe('macros', () => {
  const macros: MacroDefinition[] = [
    { id: 'SHELLS', expression: '["/bin/sh", "/bin/bash", ~"/usr/bin/*sh"]' },
    { id: 'CAT', expression: 'exec.comm == "c$t"' },
    { id: 'CAT_FROM_WEB', expression: 'CAT && process.ancestors.file.name in WEB' },
    { id: 'WEB', expression: '["nginx", "httpd"]' },
    { id: 'EXEC_BITS', expression: 'S_IXUSR|S_IXGRP|S_IXOTH' },
    { id: 'LOOP_A', expression: 'LOOP_B && true' },
    { id: 'LOOP_B', expression: 'LOOP_A' },
    { id: 'BROKEN', expression: 'exec.comm ==' },
  ];
  const body = execBody();

  it('expands list, expression and constant macros, also nested', () => {
    expect(run('exec.file.path in SHELLS', body, { macros })).toBe(F);
    expect(
      run(
        'exec.file.path in SHELLS',
        execBody({ extra: { executable: { path: '/usr/bin/zsh' } } }),
        { macros },
      ),
    ).toBe(T);
    expect(run('CAT_FROM_WEB', body, { macros })).toBe(T);
    expect(run('exec.file.mode & EXEC_BITS > 0', body, { macros })).toBe(T);
  });

  it('reports macro cycles, broken macros and misuse at the macro name', () => {
    expect(errorOf('exec.comm == "x" && LOOP_A', { macros })).toMatchObject({
      position: 20,
      length: 6,
      message: expect.stringContaining('refers to itself'),
    });
    expect(errorOf('BROKEN', { macros }).message).toContain("macro 'BROKEN' does not parse");
    expect(errorOf('SHELLS', { macros }).message).toContain('is a list');
    expect(errorOf('exec.comm == NOPE', { macros }).message).toContain("unknown field 'NOPE'");
  });

  it('points leaves of a macro at its name and keeps its text', () => {
    const compiled = compileRule('exec.comm != "x" && CAT', { macros });
    if (!compiled.ok) throw new Error('compile');
    expect(compiled.rule.leaves[1]).toMatchObject({
      text: 'exec.comm == "c$t"',
      position: 20,
      length: 3,
      macro: 'CAT',
    });
  });
});

describe('three-valued logic', () => {
  const body = execBody();

  it('is unknown for fields exports do not carry, and Kleene for && || !', () => {
    expect(run('container.tags in ["image_name:nginx"]', body)).toBe(U);
    expect(run('container.tags in ["image_name:nginx"] && exec.comm == "nope"', body)).toBe(F);
    expect(run('container.tags in ["image_name:nginx"] || exec.comm == "c$t"', body)).toBe(T);
    expect(run('!(container.tags in ["x"])', body)).toBe(U);
    expect(run('container.tags not in ["x"] && exec.comm == "c$t"', body)).toBe(U);
  });

  it('knows what it can of partially known lists', () => {
    expect(run('exec.envp in ["LD_PRELOAD=/tmp/evil.so"]', body)).toBe(T);
    expect(run('exec.envp in ["HOME=/root"]', body)).toBe(U);
  });

  it('treats a newer field an event lacks as unknown, a seed field as its zero value', () => {
    expect(run('process.auid == 0', body)).toBe(U);
    expect(run('process.tty_name == ""', body)).toBe(T);
    expect(run('event.origin == "ebpf"', body)).toBe(U);
  });

  it('stores results as small integers', () => {
    expect([Tri.False, Tri.True, Tri.Unknown]).toEqual([0, 1, 2]);
    expect(
      Array.from(
        new Uint8Array([run('true', {}), run('false', {}), run('container.tags == "x"', {})]),
      ),
    ).toEqual([1, 0, 2]);
  });
});

describe('legacy names', () => {
  it('accepts the names older rules use', () => {
    const open = makeOpenBody();
    expect(run('open.filename == "/etc/shadow" && open.basename == "shadow"', open)).toBe(T);
    expect(run('process.name == "cat" && process.filename == "/usr/bin/cat"', open)).toBe(T);
    const body = execBody();
    expect(run('exec.name == "c$t" && exec.filename == "/usr/bin/c$t"', body)).toBe(T);
    expect(run('process.ancestors.name == "nginx"', body)).toBe(T);
    const chmod = { evt: { name: 'chmod' }, file: { path: '/x', destination: { mode: 0o755 } } };
    expect(run('chmod.mode == 0755', chmod)).toBe(T);
    const rename = { evt: { name: 'rename' }, file: { path: '/a', destination: { path: '/b' } } };
    expect(run('rename.old.filename == "/a" && rename.new.filename == "/b"', rename)).toBe(T);
  });
});

describe('event sections', () => {
  it('reads the sections each event type fills', () => {
    const mount = {
      evt: { name: 'mount' },
      mount: {
        'mountpoint.path': '/mnt/host',
        'source.path': '/dev/sda1',
        fs_type: 'ext4',
        mp: { path: '/' },
      },
    };
    expect(
      run(
        'mount.mountpoint.path == "/mnt/host" && mount.source.path =~ "/dev/*" && mount.fs_type == "ext4"',
        mount,
      ),
    ).toBe(T);
    expect(run('mount.root.path == "/"', mount)).toBe(T);
    const setuid = {
      evt: { name: 'setuid' },
      process: { uid: 1000, credentials: { destination: { uid: 0, euid: 0, user: 'root' } } },
    };
    expect(run('setuid.uid == 0 && setuid.user == "root" && process.uid != 0', setuid)).toBe(T);
    const capset = {
      evt: { name: 'capset' },
      process: {
        credentials: { destination: { cap_effective: ['CAP_SYS_ADMIN'], cap_permitted: [] } },
      },
    };
    expect(
      run('capset.cap_effective & CAP_SYS_ADMIN > 0 && capset.cap_permitted == 0', capset),
    ).toBe(T);
    const xattr = {
      evt: { name: 'setxattr' },
      file: {
        path: '/x',
        destination: { attribute_name: 'security.selinux', attribute_namespace: 'security' },
      },
    };
    expect(
      run(
        'setxattr.file.destination.name == "security.selinux" && setxattr.file.destination.namespace == "security"',
        xattr,
      ),
    ).toBe(T);
    const bpf = {
      evt: { name: 'bpf' },
      bpf: { cmd: 'BPF_MAP_CREATE', map: { name: 'm', map_type: 'BPF_MAP_TYPE_HASH' } },
    };
    expect(
      run(
        'bpf.cmd == BPF_MAP_CREATE && bpf.map.type == BPF_MAP_TYPE_HASH && bpf.map.name == "m"',
        bpf,
      ),
    ).toBe(T);
    const module = {
      evt: { name: 'load_module' },
      module: { name: 'rootkit', loaded_from_memory: false, argv: ['a=1', 'b'] },
      file: { path: '/tmp/rootkit.ko' },
    };
    expect(
      run(
        'load_module.name == "rootkit" && load_module.args == "a=1 b" && load_module.file.path =~ "/tmp/*"',
        module,
      ),
    ).toBe(T);
    const exit = {
      evt: { name: 'exit' },
      exit: { cause: 'SIGNALED', code: 9 },
      process: { comm: 'x' },
    };
    expect(run('exit.cause == SIGNALED && exit.code == SIGKILL && exit.comm == "x"', exit)).toBe(T);
    const selinux = { evt: { name: 'selinux' }, selinux: { enforce: { status: 'permissive' } } };
    expect(run('selinux.enforce.status in ["permissive", "disabled"]', selinux)).toBe(T);
    const splice = {
      evt: { name: 'splice' },
      splice: { pipe_entry_flag: 'PIPE_BUF_FLAG_CAN_MERGE', pipe_exit_flag: 'PIPE_BUF_FLAG_LRU' },
    };
    expect(
      run(
        'splice.pipe_entry_flag & PIPE_BUF_FLAG_CAN_MERGE > 0 && splice.pipe_exit_flag & PIPE_BUF_FLAG_CAN_MERGE == 0',
        splice,
      ),
    ).toBe(T);
    const ptrace = {
      evt: { name: 'ptrace' },
      ptrace: { request: 'PTRACE_TRACEME', tracee: { pid: 7, ancestors: [{ comm: 'gdb' }] } },
    };
    expect(
      run('ptrace.request == PTRACE_TRACEME && ptrace.tracee.ancestors.comm == "gdb"', ptrace),
    ).toBe(T);
    const connect = {
      evt: { name: 'connect' },
      connect: {
        addr: { family: 'AF_INET', ip: '1.1.1.1', port: 443 },
        hostnames: ['one.one.one.one'],
        protocol: 'IPPROTO_TCP',
      },
    };
    expect(
      run(
        'connect.addr.is_public && connect.addr.hostname == "one.one.one.one" && connect.protocol == IPPROTO_TCP',
        connect,
      ),
    ).toBe(T);
  });
});

// Each case below is checked against the agent's evaluator (DataDog/datadog-agent, files
// named per test), not against the project's earlier choices.
describe('as the current agent evaluates', () => {
  // pkg/security/secl/model/consts_linux.go `errorConstants`: each is the negated errno.
  it('knows the error constants with the agent values', () => {
    const refused = makeOpenBody({ evt: { name: 'open', outcome: 'Refused' } });
    const failed = makeOpenBody({ evt: { name: 'open', outcome: 'Error' } });
    expect(run('EACCES == -13 && EPERM == -1 && ENOENT == -2', refused)).toBe(T);
    // The agent defines EILSEQ as -EIDRM.
    expect(run('EILSEQ == -43 && EWOULDBLOCK == EAGAIN', refused)).toBe(T);
    expect(run('open.retval in [EACCES, EPERM]', refused)).toBe(T);
    expect(run('open.retval == EACCES', refused)).toBe(U);
    expect(run('open.retval == EACCES', failed)).toBe(F);
    expect(run('open.retval == ENOENT', failed)).toBe(U);
    // `-EACCES` is 13, a successful return value, never a refusal.
    expect(run('open.retval == -EACCES', refused)).toBe(F);
  });

  // pkg/security/secl/compiler/eval/glob.go `Glob.matches`.
  it('matches every path with a lone ** glob', () => {
    const body = execBody();
    expect(run('exec.file.path =~ "**"', body)).toBe(T);
    expect(run('exec.file.path in [~"**"]', body)).toBe(T);
    expect(run('exec.file.path =~ "/**"', body)).toBe(T);
    expect(run('exec.file.path =~ "/usr/sbin/**"', body)).toBe(F);
    expect(run('open.file.path =~ "**"', makeOpenBody({ file: { path: 'relative/x' } }))).toBe(T);
    expect(run('open.file.path =~ "**"', makeOpenBody({ file: { path: '' } }))).toBe(F);
  });

  describe('addresses', () => {
    const flow = (source: string) => ({
      evt: { name: 'dns' },
      network: { source: { ip: source }, destination: { ip: '2001:db8::53' } },
    });

    // Go net.IPNet.Contains, used by cidr.go: a v4-mapped range holds IPv4 addresses.
    it('lets IPv4-mapped IPv6 ranges hold IPv4 addresses', () => {
      expect(run('network.source.ip in ::ffff:10.0.0.0/104', flow('10.1.2.3'))).toBe(T);
      expect(run('network.source.ip in [::ffff:192.168.0.0/112]', flow('192.168.4.5'))).toBe(T);
      expect(run('network.source.ip in [::ffff:192.168.0.0/112]', flow('192.169.4.5'))).toBe(F);
      expect(run('network.source.ip in [10.0.0.0/8]', flow('::ffff:10.9.9.9'))).toBe(T);
      expect(run('network.destination.ip in [::ffff:0.0.0.0/96]', flow('10.1.2.3'))).toBe(F);
    });

    // cidr.go `IPNetsMatch`: either range holds the other's first address.
    it('matches a range with a range that holds it or that it holds', () => {
      expect(run('network.source.ip in [10.0.0.0/8]', flow('10.1.0.0/16'))).toBe(T);
      expect(run('network.source.ip == 10.1.2.0/24', flow('10.0.0.0/8'))).toBe(T);
      expect(run('network.source.ip in [10.2.0.0/16]', flow('10.1.0.0/16'))).toBe(F);
    });

    // eval.go: `allin` is `in` for a single address; a list of addresses takes cidr.go
    // `CIDRValues.MatchAll`: every address against every listed range, an empty list holds.
    it('reads allin as the agent does: in for one address, every range for a list', () => {
      expect(run('network.source.ip allin [10.0.0.0/8, 192.168.0.0/16]', flow('10.1.2.3'))).toBe(T);
      expect(run('network.source.ip allin 10.0.0.0/8', flow('10.1.2.3'))).toBe(T);
      expect(run('network.source.ip allin [192.168.0.0/16]', flow('10.1.2.3'))).toBe(F);
      const monitor = (...ips: string[]) => ({
        evt: { name: 'network_flow_monitor' },
        network_flow_monitor: {
          flows: ips.map((ip) => ({ destination: { ip, port: 443 }, source: { ip, port: 5 } })),
        },
      });
      const rule = (ranges: string) => `network_flow_monitor.flows.destination.ip allin ${ranges}`;
      expect(run(rule('[10.0.0.0/8, 10.1.0.0/16]'), monitor('10.1.2.3', '10.1.9.9'))).toBe(T);
      expect(run(rule('[10.0.0.0/8, 10.1.0.0/16]'), monitor('10.1.2.3', '10.2.0.1'))).toBe(F);
      expect(run(rule('[10.0.0.0/8, 192.168.0.0/16]'), monitor('10.1.2.3'))).toBe(F);
      expect(run(rule('[10.0.0.0/8]'), monitor())).toBe(T);
    });

    // eval.go: for strings and integers `allin` is `in` (StringArrayMatches: "at least one").
    it('reads allin over strings and integers as in', () => {
      const exec = makeOpenBody({});
      expect(run('process.pid allin [1, 4121]', exec)).toBe(T);
      expect(run('process.pid allin [1, 2]', exec)).toBe(F);
    });
  });
});

// pkg/security/secl/compiler/eval/eval.go: `%{field}` (evaluatorFromFieldReference) and
// `${variable}` / `%{field}` inside strings (stringEvaluatorFromVariable).
describe('field references', () => {
  const body = makeOpenBody({ file: { path: '/proc/4121/maps', name: 'maps' } });

  it('reads %{field} as the field, alone or inside a string', () => {
    expect(run('open.file.path == "/proc/%{process.pid}/maps"', body)).toBe(T);
    expect(run('open.file.path == "/proc/%{process.pid}/mem"', body)).toBe(F);
    expect(run('%{process.pid} == 4121', body)).toBe(T);
    expect(run('open.file.name in %{process.comm}', body)).toBe(F);
  });

  it('fails where the agent fails, at the reference', () => {
    expect(errorOf('open.file.path == "/x/%{process.nope}"')).toEqual({
      position: 22,
      length: 15,
      message: "field 'process.nope' doesn't exist",
    });
    expect(errorOf('open.file.name == %{nope}')).toMatchObject({ position: 18, length: 7 });
    expect(errorOf('open.file.name == %{').message).toContain("expected '%{field}'");
  });

  it('names references the agent keeps as literal text (lists, patterns)', () => {
    const compiled = compileRule('open.file.path in ["/proc/${process.pid}/maps", ~"%{x}*"]');
    expect(compiled.ok && compiled.rule.unknownNotes).toEqual([
      expect.objectContaining({ field: '${process.pid}', position: 26, length: 14 }),
      expect.objectContaining({ field: '%{x}', position: 50, length: 4 }),
    ]);
    expect(run('open.file.path in ["/proc/${process.pid}/maps"]', body)).toBe(F);
  });
});

// pkg/security/secl/compiler/eval/eval.go `identToEvaluator` and rule.go `NewRuleEvaluator`:
// a named register, one per rule, the whole rule evaluated for each element.
describe('registers as the agent defines them', () => {
  const ancestors = [
    process('nginx', '/usr/sbin/nginx', ['-g']),
    process('bash', '/bin/bash', ['-c', 'id']),
  ];
  const body = execBody({ ancestors });

  it('refuses the _ register, two registers and one register on two iterators', () => {
    expect(errorOf('process.ancestors[_].comm == "bash"').message).toBe(
      "`_` can't be used as a iterator variable name",
    );
    expect(
      errorOf('process.ancestors[A].comm == "bash" && process.ancestors[B].comm == "sh"').message,
    ).toBe('iterator variable limit to one per rule');
    expect(
      errorOf('process.ancestors[A].comm == "bash" && ptrace.tracee.ancestors[A].comm == "x"')
        .message,
    ).toBe("iterator variable used by different fields 'A'");
  });

  it('binds the register at the whole rule, negations included', () => {
    // Some ancestor is not nginx (bash is): true, where "no ancestor is nginx" would be false.
    expect(run('!(process.ancestors[A].comm == "nginx")', body)).toBe(T);
    expect(run('process.ancestors[A].comm != "nginx"', body)).toBe(T);
    expect(run('process.ancestors.comm != "nginx"', body)).toBe(F);
    // No element at all: the rule does not hold, whatever its other conditions.
    const orphan = execBody({ ancestors: [] });
    expect(run('exec.comm == "c$t" || process.ancestors[A].comm == "bash"', orphan)).toBe(F);
    expect(run('exec.comm == "c$t" || process.ancestors[A].comm == "bash"', body)).toBe(T);
  });
});

// pkg/security/secl/model/model_windows.go: Windows file, registry and permission events, the
// registry events also under their short prefix; paths and key paths ignore case.
describe('Windows event fields', () => {
  const registry = {
    evt: { name: 'set_key_value' },
    registry: {
      key_name: 'Run',
      key_path: 'HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run',
      value_name: 'updater',
    },
  };
  const created = {
    evt: { name: 'create' },
    file: { path: 'C:\\Users\\Public\\payload.exe', name: 'payload.exe', extension: '.exe' },
  };

  it('reads registry keys under both prefixes, ignoring case', () => {
    // Policies write single backslashes: SECL strings keep them as they are.
    const path = String.raw`hklm\software\microsoft\windows\currentversion\run`;
    expect(run(`set_key_value.registry.key_path == "${path}"`, registry)).toBe(T);
    expect(run(String.raw`set.registry.key_path in [~"HKLM\Software\Microsoft*"]`, registry)).toBe(
      T,
    );
    expect(run('set_key_value.value_name == "updater"', registry)).toBe(T);
    expect(run('create_key.registry.key_name == "Run"', registry)).toBe(F);
  });

  it('reads file events and permission changes', () => {
    expect(run('create.file.extension == ".EXE"', created)).toBe(T);
    expect(run(String.raw`create.file.path =~ "c:\users\public\payload.*"`, created)).toBe(T);
    expect(run('write.file.name == "payload.exe"', created)).toBe(F);
    const change = {
      evt: { name: 'change_permission' },
      permission_change: { username: 'mallory', path: 'C:\\secret', type: 'file' },
    };
    expect(run('change_permission.username == "mallory"', change)).toBe(T);
  });
});
