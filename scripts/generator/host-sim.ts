/**
 * State of one simulated host: its pid allocator (cyclic, reusing pids only after exit), its
 * process table, root filesystem and containers, and the event envelope common to all event
 * types (`agent`, `title`, `date`, `evt`, `process`, `container`, `usr`). Also emits the
 * process lifecycle events, exec and exit.
 */
import type { AgentProfile } from './agents';
import { SEED_AGENT, modernContext, modernizeLinux } from './agents';
import type { Binary } from './binaries';
import type { CapSet, Identity } from './identities';
import { credentialsOf } from './identities';
import type { Container, UserSession } from './process';
import { Proc } from './process';
import type { RuleId } from './rules';
import { RULES, agentFor } from './rules';
import type { Sim } from './sim';
import { FileTable, MODE_EXEC } from './files';
import type {
  CwsEvent,
  EventContext,
  EventType,
  ModernEventType,
  ProcessContextJson,
} from './types';

export type Role = 'web' | 'db' | 'ci';
export type Outcome = NonNullable<EventContext['outcome']>;

/** `evt.category` by type (`GetEventTypeCategory`: anything not listed is File Activity). */
const CATEGORY: Record<EventType | ModernEventType, string> = {
  connect: 'Kernel Activity',
  accept: 'Kernel Activity',
  sysctl: 'Kernel Activity',
  imds: 'Network Activity',
  capabilities: 'File Activity',
  exec: 'Process Activity',
  signal: 'Process Activity',
  exit: 'Process Activity',
  bpf: 'Kernel Activity',
  selinux: 'Kernel Activity',
  mmap: 'Kernel Activity',
  mprotect: 'Kernel Activity',
  ptrace: 'Kernel Activity',
  unload_module: 'Kernel Activity',
  bind: 'Kernel Activity',
  dns: 'Network Activity',
  open: 'File Activity',
  chmod: 'File Activity',
  chown: 'File Activity',
  link: 'File Activity',
  mkdir: 'File Activity',
  rmdir: 'File Activity',
  rename: 'File Activity',
  unlink: 'File Activity',
  utimes: 'File Activity',
  setxattr: 'File Activity',
  removexattr: 'File Activity',
  setuid: 'File Activity',
  setgid: 'File Activity',
  capset: 'File Activity',
  load_module: 'File Activity',
  splice: 'File Activity',
  mount: 'File Activity',
};

const SOURCE_TAG = 'source:runtime-security-agent';
const DEFAULT_SERVICE = 'runtime-security-agent';

export interface ExecSpec {
  bin: Binary;
  args?: readonly string[];
  argv0?: string;
  envs?: readonly string[];
  /** New identity (setuid binaries, `su`, container user); default: unchanged. */
  user?: Identity;
  caps?: CapSet;
  /** Override the executable file (e.g. a freshly written file). */
  upper?: boolean;
}

export interface ForkOptions {
  container?: Container;
  tty?: string;
  session?: UserSession;
  service?: string;
  traced?: boolean;
}

export interface HostOptions {
  readonly name: string;
  readonly role: Role;
  readonly index: number;
  readonly bootNs: number;
  readonly nextPid: number;
  readonly pidMax: number;
  readonly kernel: string;
  /** The agent of the host; seed-era by default. */
  readonly agent?: AgentProfile;
}

export class HostSim {
  readonly name: string;
  readonly role: Role;
  readonly index: number;
  readonly kernel: string;
  readonly bootNs: number;
  readonly agent: AgentProfile;
  readonly fs: FileTable;
  readonly containers: Container[] = [];
  /** Containers created so far (names their mounts and addresses). */
  containerSerial = 0;
  /** Long-running processes by role name (`sshd`, `cron`, `nginx`, ...). */
  readonly daemons = new Map<string, Proc>();
  private readonly usedPids = new Set<number>();
  private nextPid: number;
  private readonly pidMax: number;

  constructor(
    readonly sim: Sim,
    options: HostOptions,
  ) {
    this.name = options.name;
    this.role = options.role;
    this.index = options.index;
    this.kernel = options.kernel;
    this.bootNs = options.bootNs;
    this.nextPid = options.nextPid;
    this.pidMax = options.pidMax;
    this.agent = options.agent ?? SEED_AGENT;
    this.fs = new FileTable(sim.fmt, 0x1000 + options.index * 7919, 'host', 28, options.bootNs);
  }

  get rng() {
    return this.sim.rng;
  }

  daemon(name: string): Proc {
    const proc = this.daemons.get(name);
    if (proc === undefined) throw new Error(`${this.name} has no ${name}`);
    return proc;
  }

  maybeDaemon(name: string): Proc | undefined {
    return this.daemons.get(name);
  }

  // ---- pids -------------------------------------------------------------------------------

  /** Next free pid, cycling through [300, pidMax) like the kernel does. */
  private allocPid(): number {
    for (;;) {
      let pid = this.nextPid++;
      if (pid >= this.pidMax) {
        pid = 300;
        this.nextPid = 301;
      }
      if (!this.usedPids.has(pid)) {
        this.usedPids.add(pid);
        return pid;
      }
    }
  }

  private claimPid(pid: number): number {
    if (this.usedPids.has(pid)) throw new Error(`${this.name}: pid ${pid} is in use`);
    this.usedPids.add(pid);
    return pid;
  }

  // ---- process lifecycle ------------------------------------------------------------------

  private newProc(
    pid: number,
    parent: Proc | undefined,
    forkNs: number,
    execNs: number,
    spec: ExecSpec,
    identity: Identity,
    caps: CapSet,
    options: ForkOptions,
  ): Proc {
    const container = options.container ?? parent?.container;
    const fs = container?.fs ?? this.fs;
    const args = spec.args ?? [];
    return new Proc(
      pid,
      parent,
      fs,
      container,
      forkNs,
      this.sim.fmt.format(forkNs),
      this.sim.fmt.format(execNs),
      spec.bin,
      this.executable(fs, spec),
      spec.argv0 ?? spec.bin.path,
      args,
      spec.envs ?? parent?.envs ?? [],
      credentialsOf(identity, caps),
      false,
      options.tty ?? parent?.tty,
      options.service ?? container?.service ?? parent?.service ?? DEFAULT_SERVICE,
      options.session ?? parent?.session,
      options.traced ?? parent?.traced ?? false,
    );
  }

  private executable(fs: FileTable, spec: ExecSpec) {
    if (spec.upper === true) return fs.get(spec.bin.path);
    return fs.get(spec.bin.path, { mode: MODE_EXEC, pkg: spec.bin.pkg, ver: spec.bin.ver });
  }

  /** A process that already runs when the simulation starts (no event). */
  boot(
    parent: Proc | undefined,
    pid: number,
    spec: ExecSpec,
    forkNs: number,
    options: ForkOptions & { user?: Identity; caps?: CapSet; thread?: boolean } = {},
  ): Proc {
    const identity = options.user ?? spec.user ?? identityOf(parent);
    const caps = options.caps ?? spec.caps ?? (identity.uid === 0 ? 'all' : 'none');
    let proc: Proc;
    if (options.thread === true && parent !== undefined) {
      proc = this.forkAt(parent, this.claimPid(pid), forkNs, options);
    } else {
      proc = this.newProc(
        this.claimPid(pid),
        parent,
        forkNs,
        forkNs + 400_000,
        spec,
        identity,
        caps,
        options,
      );
    }
    return proc;
  }

  private forkAt(parent: Proc, pid: number, forkNs: number, options: ForkOptions): Proc {
    const container = options.container ?? parent.container;
    return new Proc(
      pid,
      parent,
      container?.fs ?? parent.fs,
      container,
      forkNs,
      this.sim.fmt.format(forkNs),
      parent.execTime,
      parent.bin,
      parent.exe,
      parent.argv0,
      parent.args,
      parent.envs,
      parent.creds,
      true,
      options.tty ?? parent.tty,
      options.service ?? container?.service ?? parent.service,
      options.session ?? parent.session,
      options.traced ?? parent.traced,
    );
  }

  /** Forks `parent` now (the schema has no fork event, so nothing is emitted). */
  fork(parent: Proc, options: ForkOptions = {}): Proc {
    return this.forkAt(
      parent,
      this.allocPid(),
      this.sim.now - 150_000 - this.rng.int(400_000),
      options,
    );
  }

  /** Replaces the program of `proc` and emits the exec event. */
  exec(
    proc: Proc,
    spec: ExecSpec,
    rule: RuleId = 'exec_audit',
    outcome: Outcome = 'Success',
  ): Proc {
    const body = this.begin(proc, 'exec', rule, outcome);
    const identity = spec.user;
    if (identity !== undefined || spec.caps !== undefined) {
      const who = identity ?? {
        uid: proc.creds.uid,
        user: proc.creds.user,
        gid: proc.creds.gid,
        group: proc.creds.group,
      };
      proc.creds = credentialsOf(who, spec.caps ?? (who.uid === 0 ? 'all' : 'none'));
    }
    proc.bin = spec.bin;
    proc.exe = this.executable(proc.fs, spec);
    proc.argv0 = spec.argv0 ?? spec.bin.path;
    proc.args = spec.args ?? [];
    if (spec.envs !== undefined) proc.envs = spec.envs;
    proc.isThread = false;
    proc.execTime = this.sim.fmt.format(this.sim.lastNs);
    proc.invalidate();
    body['file'] = proc.exe;
    this.commit(proc, body);
    return proc;
  }

  /** Fork + exec: a new child of `parent` running `spec`. */
  spawn(
    parent: Proc,
    spec: ExecSpec,
    rule: RuleId = 'exec_audit',
    options: ForkOptions = {},
  ): Proc {
    return this.exec(this.fork(parent, options), spec, rule);
  }

  /** Emits the exit event of `proc` and frees its pid. */
  exit(proc: Proc, code = 0, cause: 'EXITED' | 'SIGNALED' | 'COREDUMPED' = 'EXITED'): void {
    if (!proc.alive) return;
    const body = this.begin(proc, 'exit', 'exit_audit');
    body['exit'] = { cause, code };
    body['file'] = proc.exe;
    const ctx: ProcessContextJson = { ...proc.context(), exit_time: body.date };
    this.commit(proc, body, ctx);
    proc.alive = false;
    proc.exitNs = this.sim.lastNs;
    this.usedPids.delete(proc.pid);
  }

  // ---- event envelope ---------------------------------------------------------------------

  /** The process context of `p` as this host's agent writes it (e.g. in a signal target). */
  contextOf(p: Proc, ctx: ProcessContextJson = p.context()): ProcessContextJson {
    return this.agent.modern ? modernContext(ctx, p) : ctx;
  }

  /** Starts an event of `proc` at the current time: `agent`, `title`, `date`, `evt`. */
  begin(
    _proc: Proc,
    name: EventType | ModernEventType,
    rule: RuleId,
    outcome: Outcome = 'Success',
  ): CwsEvent {
    const t = this.sim.tick();
    return {
      agent: agentFor(rule, this.agent),
      title: RULES[rule],
      date: this.sim.fmt.format(t),
      evt: { name, category: CATEGORY[name], outcome },
    };
  }

  /** Completes an event with the process and container context and queues it. */
  commit(proc: Proc, body: CwsEvent, context: ProcessContextJson = proc.context()): void {
    body['process'] = this.contextOf(proc, context);
    if (this.agent.modern) modernizeLinux(body, this.agent);
    if (proc.container !== undefined) body['container'] = proc.container.json;
    if (proc.session !== undefined) body['usr'] = proc.session;
    const tags = [SOURCE_TAG];
    if (proc.container !== undefined) for (const tag of proc.container.tags) tags.push(tag);
    tags.push(`rule_id:${body.agent.rule_id}`, `type:${body.evt.name}`);
    const story = this.sim.nextStory;
    this.sim.nextStory = undefined;
    this.sim.out.push({
      body,
      host: this.name,
      service: proc.service,
      tags,
      timeNs: this.sim.lastNs,
      traced: proc.traced,
      story,
    });
  }
}

/** The identity a child inherits from its parent (root for pid 1). */
function identityOf(parent: Proc | undefined): Identity {
  if (parent === undefined) return { uid: 0, user: 'root', gid: 0, group: 'root' };
  const c = parent.creds;
  return { uid: c.uid, user: c.user, gid: c.gid, group: c.group };
}
