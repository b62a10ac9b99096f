// The SECL field map: names, legacy names and registers resolved to JSON body paths with
// their conversions, event types derived from fields, unknown names reported.
import { describe, expect, it } from 'vitest';
import { compileRule } from './compile';
import { fieldSpec, lookupField } from './field-map';

/** The JSON paths a field reads (iterator prefix included). */
function pathsOf(name: string): string[] {
  const spec = fieldSpec(name);
  if (spec?.accessor === undefined) throw new Error(`no accessor for ${name}`);
  const { iterator, accessor } = spec;
  if (iterator === undefined) return [...accessor.paths];
  if (accessor.aggregate !== undefined) return [iterator, ...accessor.paths.map((p) => `[${p}]`)];
  return accessor.paths.map((p) => `${iterator}.${p}`);
}

describe('field map', () => {
  it('maps process fields onto the process context', () => {
    expect(pathsOf('process.file.path')).toEqual(['process.executable.path']);
    expect(pathsOf('process.interpreter.file.name')).toEqual(['process.interpreter.name']);
    expect(pathsOf('process.tty_name')).toEqual(['process.tty']);
    expect(pathsOf('process.euid')).toEqual(['process.credentials.euid']);
    expect(pathsOf('process.uid')).toEqual(['process.uid']);
    expect(pathsOf('process.ancestors.user')).toEqual(['process.ancestors.user']);
    expect(pathsOf('process.argv')).toEqual(['process.args']);
    expect(pathsOf('process.created_at')).toEqual(['process.exec_time', 'process.fork_time']);
    expect(pathsOf('process.parent.file.name')).toEqual(['process.parent.executable.name']);
    expect(pathsOf('process.ancestors.file.path')).toEqual(['process.ancestors.executable.path']);
    expect(pathsOf('process.ancestors.args')).toEqual(['process.ancestors', '[args]']);
    expect(pathsOf('process.user_session.k8s_username')).toEqual([
      'process.user_session.k8s_username',
    ]);
  });

  it("maps exec.* onto the exec'd process and exit onto its own section", () => {
    expect(pathsOf('exec.file.path')).toEqual(['process.executable.path']);
    expect(pathsOf('exec.args_flags')).toEqual(['process.args']);
    expect(pathsOf('exec.file.metadata.size')).toEqual(['file.metadata.size']);
    expect(pathsOf('exit.cause')).toEqual(['exit.cause']);
    expect(pathsOf('exit.file.name')).toEqual(['process.executable.name']);
    expect(fieldSpec('exec.parent.pid')).toBeUndefined();
  });

  it('maps file events onto file and file.destination as each type fills them', () => {
    expect(pathsOf('open.file.path')).toEqual(['file.path']);
    expect(pathsOf('open.flags')).toEqual(['file.flags']);
    expect(pathsOf('open.file.destination.mode')).toEqual(['file.destination.mode']);
    expect(pathsOf('chmod.file.destination.rights')).toEqual(['file.destination.mode']);
    expect(pathsOf('chown.file.destination.uid')).toEqual(['file.destination.uid']);
    expect(pathsOf('rename.file.destination.path')).toEqual(['file.destination.path']);
    expect(pathsOf('link.file.destination.inode')).toEqual(['file.destination.inode']);
    expect(pathsOf('setxattr.file.destination.name')).toEqual(['file.destination.attribute_name']);
    expect(pathsOf('removexattr.file.destination.namespace')).toEqual([
      'file.destination.attribute_namespace',
    ]);
    expect(pathsOf('unlink.flags')).toEqual(['file.flags']);
    expect(pathsOf('utimes.file.package.version')).toEqual(['file.package_version']);
    expect(pathsOf('open.syscall.path')).toEqual(['syscall.open.path']);
    expect(pathsOf('rename.syscall.destination.path')).toEqual(['syscall.rename.destination_path']);
    expect(fieldSpec('unlink.file.destination.path')).toBeUndefined();
  });

  it('maps the renamed sections of kernel and network events', () => {
    expect(pathsOf('bpf.prog.type')).toEqual(['bpf.program.program_type']);
    expect(pathsOf('bpf.prog.helpers')).toEqual(['bpf.program.helpers']);
    expect(pathsOf('bpf.map.type')).toEqual(['bpf.map.map_type']);
    expect(pathsOf('load_module.name')).toEqual(['module.name']);
    expect(pathsOf('load_module.args')).toEqual(['module.argv']);
    expect(pathsOf('load_module.file.path')).toEqual(['file.path']);
    expect(pathsOf('unload_module.name')).toEqual(['module.name']);
    expect(pathsOf('setuid.euid')).toEqual(['process.credentials.destination.euid']);
    expect(pathsOf('setgid.group')).toEqual(['process.credentials.destination.group']);
    expect(pathsOf('capset.cap_effective')).toEqual([
      'process.credentials.destination.cap_effective',
    ]);
    expect(pathsOf('mount.mountpoint.path')).toEqual(['mount.mountpoint.path']);
    expect(pathsOf('mount.source.path')).toEqual(['mount.source.path']);
    expect(pathsOf('ptrace.tracee.ancestors.file.name')).toEqual([
      'ptrace.tracee.ancestors.executable.name',
    ]);
    expect(pathsOf('signal.target.parent.comm')).toEqual(['signal.target.parent.comm']);
    expect(pathsOf('dns.question.length')).toEqual(['dns.question.size']);
    expect(pathsOf('connect.addr.hostname')).toEqual(['connect.hostnames']);
    expect(pathsOf('connect.addr.is_public')).toEqual(['connect.addr.ip']);
    expect(pathsOf('capabilities.used')).toEqual(['capabilities.caps_used']);
    expect(pathsOf('network_flow_monitor.flows.source.ip')).toEqual([
      'network_flow_monitor.flows.source.ip',
    ]);
    expect(pathsOf('open.retval')).toEqual(['evt.outcome']);
    expect(pathsOf('event.timestamp')).toEqual(['date']);
    expect(pathsOf('event.origin')).toEqual(['agent.origin']);
    expect(pathsOf('container.id')).toEqual(['container.id']);
    expect(pathsOf('cgroup_write.file.path')).toEqual(['cgroup_write.file.path']);
  });

  it('marks fields exports cannot tell as not evaluable, with the reason', () => {
    for (const name of [
      'container.tags',
      'event.hostname',
      'process.is_exec',
      'packet.filter',
      'setrlimit.rlim_cur',
    ]) {
      const spec = fieldSpec(name);
      expect(spec?.accessor, name).toBeUndefined();
      expect(spec?.unknownReason, name).toBeTruthy();
    }
  });

  it('gives fields their types, multiplicity and comparison flavour', () => {
    expect(fieldSpec('process.ancestors.pid')).toMatchObject({
      type: 'int',
      multi: true,
      iterator: 'process.ancestors',
    });
    expect(fieldSpec('exec.argv')).toMatchObject({ type: 'string', multi: true });
    expect(fieldSpec('open.file.path')).toMatchObject({
      type: 'string',
      multi: false,
      isPath: true,
      eventType: 'open',
    });
    expect(fieldSpec('dns.question.name')).toMatchObject({
      caseInsensitive: true,
      eventType: 'dns',
    });
    expect(fieldSpec('container.created_at')).toMatchObject({
      type: 'int',
      timestamp: true,
      eventType: undefined,
    });
    expect(fieldSpec('bind.addr.ip')).toMatchObject({ type: 'ip' });
  });

  it('resolves legacy names and registers', () => {
    expect(fieldSpec('open.filename')?.name).toBe('open.file.path');
    expect(fieldSpec('rename.new.filename')?.name).toBe('rename.file.destination.path');
    expect(fieldSpec('setxattr.name')?.name).toBe('setxattr.file.destination.name');
    const ref = lookupField('process.ancestors[A].name');
    expect(ref.ok && [ref.ref.spec.name, ref.ref.register]).toEqual([
      'process.ancestors.comm',
      'A',
    ]);
  });

  it('reports names outside the namespace, with the nearest known names', () => {
    expect(lookupField('open.file.pathh')).toEqual({
      ok: false,
      message: "unknown field 'open.file.pathh' — did you mean open.file.path?",
    });
    expect(lookupField('foo.bar')).toEqual({ ok: false, message: "unknown field 'foo.bar'" });
    expect(lookupField('process.ancestors[_][_].pid').ok).toBe(false);
    expect(lookupField('process.ancestors[-].pid').ok).toBe(false);
  });
});

describe('event type of a rule', () => {
  it('comes from the event-type fields; common fields apply to every type', () => {
    const open = compileRule(
      'open.file.path == "/etc/shadow" && process.uid != 0 && container.id != ""',
    );
    expect(open.ok && open.rule.eventType).toBe('open');
    const any = compileRule('process.file.name == "nc" && event.async == false');
    expect(any.ok && any.rule.eventType).toBeUndefined();
    const exec = compileRule('exec.comm == "sh" && process.parent.comm == "nginx"');
    expect(exec.ok && exec.rule.eventType).toBe('exec');
  });

  it('rejects fields of two event types, at the second one', () => {
    const mixed = compileRule('exec.comm == "sh" && (open.file.path == "/x" || true)');
    expect(mixed.ok).toBe(false);
    expect(!mixed.ok && mixed.errors[0]).toMatchObject({ position: 22, length: 14 });
  });

  it('reports unknown fields with their position', () => {
    const result = compileRule('open.file.path == "/x" && open.file.sise > 0');
    expect(!result.ok && result.errors[0]).toEqual({
      position: 26,
      length: 14,
      message: "unknown field 'open.file.sise'",
    });
  });

  it('lists the fields a rule uses, macros expanded', () => {
    const result = compileRule('exec.file.path in SHELLS && process.parent.file.name == "java"', {
      macros: [{ id: 'SHELLS', expression: '["/bin/sh"]' }],
    });
    expect(result.ok && result.rule.fields).toEqual(['exec.file.path', 'process.parent.file.name']);
  });

  it('checks types of comparisons', () => {
    for (const [expression, message] of [
      ['open.file.path == 1', 'cannot compare'],
      ['open.flags =~ "x*"', 'cannot compare'],
      ['open.file.path > 3', 'cannot compare'],
      ['open.file.path in [1, 2]', 'the list holds an integer'],
      ['open.file.uid in ["root"]', 'the list holds a string'],
      ['open.file.path', 'not a condition'],
      ['open.file.path + 1 == 2', "'+' needs integers"],
      ['O_CREAT', 'constant, not a condition'],
      ['"x"', 'expected a condition'],
    ] as const) {
      const result = compileRule(expression);
      expect(!result.ok && result.errors[0]?.message, expression).toContain(message);
    }
  });
});
