/**
 * A Windows host (`win-1`, agent 7.71): the shop's order-export server. Its services write
 * export files, read their registry configuration, a scheduled PowerShell task rotates logs,
 * an installer updates a package (registry keys created, set and deleted, a Run key set) and
 * an administrator grants a service account access to the export folder.
 *
 * The bodies follow `backend_windows.schema.json` (7.71) and the agent's Windows serializer
 * (`pkg/security/serializers/serializers_windows.go`): the process is `{pid, ppid, exec_time,
 * exit_time, executable {path, name}, cmdline, user}` with its ancestors (no credentials, no
 * fork time), every event carries `usr {name, sid}`, file events carry the user path and the
 * kernel's device path, registry events the key path (`HKEY_LOCAL_MACHINE\…`, as the default
 * policy's Windows rules match it), and `evt.outcome` is only set on exec (`unknown`). The
 * categories are the agent's (`GetEventTypeCategory`): exec and exit are Process Activity,
 * everything else File Activity. Assumed where the code does not say: the user names
 * (`NT AUTHORITY\SYSTEM`, `CORP\svc-export`), the permission-change object type (`File`) and
 * the security descriptors as SDDL text.
 */
import { WINDOWS_7_71 } from './agents';
import type { RuleId } from './rules';
import { RULES, agentFor } from './rules';
import type { Job, Sim } from './sim';
import { NS_PER_MIN, NS_PER_S } from './time-format';
import type { CwsEvent, WindowsEventType } from './types';

interface WinUser {
  readonly name: string;
  readonly sid: string;
}

const USERS = {
  system: { name: 'NT AUTHORITY\\SYSTEM', sid: 'S-1-5-18' },
  network: { name: 'NT AUTHORITY\\NETWORK SERVICE', sid: 'S-1-5-20' },
  export: { name: 'CORP\\svc-export', sid: 'S-1-5-21-3623811015-3361044348-30300820-1107' },
  admin: { name: 'CORP\\ops-admin', sid: 'S-1-5-21-3623811015-3361044348-30300820-1013' },
} as const satisfies Record<string, WinUser>;

interface WinFile {
  readonly path: string;
  readonly device_path: string;
  readonly name: string;
}

const VOLUME = '\\Device\\HarddiskVolume3';

function winFile(path: string): WinFile {
  const name = path.slice(path.lastIndexOf('\\') + 1);
  return { path, device_path: `${VOLUME}${path.slice(2)}`, name };
}

/** The executable as the process serializer writes it: path and name only. */
function exeOf(path: string): { path: string; name: string } {
  return { path, name: path.slice(path.lastIndexOf('\\') + 1) };
}

interface WinProcJson {
  pid: number;
  ppid?: number;
  exec_time: string;
  exit_time?: string;
  executable: { path: string; name: string };
  cmdline: string;
  user: string;
}

class WinProc {
  alive = true;
  private json: WinProcJson | undefined;
  private ctx: Record<string, unknown> | undefined;

  constructor(
    readonly pid: number,
    readonly parent: WinProc | undefined,
    readonly execTime: string,
    readonly exe: string,
    readonly cmdline: string,
    readonly user: WinUser,
  ) {}

  asEntry(): WinProcJson {
    if (this.json === undefined) {
      // In the serializer's order: pid, ppid, exec_time, executable, cmdline, user.
      const out: WinProcJson = { pid: this.pid } as WinProcJson;
      if (this.parent !== undefined) out.ppid = this.parent.pid;
      out.exec_time = this.execTime;
      out.executable = exeOf(this.exe);
      out.cmdline = this.cmdline;
      out.user = this.user.name;
      this.json = out;
    }
    return this.json;
  }

  context(): Record<string, unknown> {
    if (this.ctx === undefined) {
      const ctx: Record<string, unknown> = { ...this.asEntry() };
      const ancestors: WinProcJson[] = [];
      for (let p = this.parent; p !== undefined; p = p.parent) ancestors.push(p.asEntry());
      if (ancestors.length > 0) {
        ctx['parent'] = ancestors[0];
        ctx['ancestors'] = ancestors;
      }
      this.ctx = ctx;
    }
    return this.ctx;
  }
}

const SOURCE_TAG = 'source:runtime-security-agent';
const SERVICE = 'runtime-security-agent';

export class WindowsHost {
  readonly name: string;
  readonly agent = WINDOWS_7_71;
  readonly daemons = new Map<string, WinProc>();
  /** Export files written so far (names the next one). */
  exportSerial = 0;
  private readonly usedPids = new Set<number>();
  private nextPid = 5200;

  constructor(
    readonly sim: Sim,
    name: string,
  ) {
    this.name = name;
  }

  get rng() {
    return this.sim.rng;
  }

  daemon(name: string): WinProc {
    const p = this.daemons.get(name);
    if (p === undefined) throw new Error(`${this.name} has no ${name}`);
    return p;
  }

  /** Windows pids are multiples of 4, handed out in rising order with gaps, then reused. */
  private allocPid(): number {
    for (;;) {
      this.nextPid += 4 * (1 + this.rng.int(24));
      if (this.nextPid >= 65536) this.nextPid = 1000;
      if (!this.usedPids.has(this.nextPid)) {
        this.usedPids.add(this.nextPid);
        return this.nextPid;
      }
    }
  }

  /** A process already running when the simulation starts. */
  boot(
    parent: WinProc | undefined,
    pid: number,
    exe: string,
    cmdline: string,
    user: WinUser,
    atNs: number,
  ): WinProc {
    this.usedPids.add(pid);
    return new WinProc(pid, parent, this.sim.fmt.format(atNs), exe, cmdline, user);
  }

  private begin(name: WindowsEventType, rule: RuleId): CwsEvent {
    const t = this.sim.tick();
    const category = name === 'exec' || name === 'exit' ? 'Process Activity' : 'File Activity';
    return {
      agent: agentFor(rule, this.agent),
      title: RULES[rule],
      date: this.sim.fmt.format(t),
      evt: name === 'exec' ? { name, category, outcome: 'unknown' } : { name, category },
    };
  }

  private commit(p: WinProc, body: CwsEvent, context = p.context()): void {
    body['process'] = context;
    body['usr'] = { name: p.user.name, sid: p.user.sid };
    const story = this.sim.nextStory;
    this.sim.nextStory = undefined;
    this.sim.out.push({
      body,
      host: this.name,
      service: SERVICE,
      tags: [SOURCE_TAG, `rule_id:${body.agent.rule_id}`, `type:${body.evt.name}`],
      timeNs: this.sim.lastNs,
      traced: false,
      story,
    });
  }

  /** Starts `exe` as a child of `parent` and emits the exec event. */
  exec(
    parent: WinProc,
    exe: string,
    cmdline: string,
    user: WinUser = parent.user,
    rule: RuleId = 'win_exec_audit',
  ): WinProc {
    const body = this.begin('exec', rule);
    const p = new WinProc(this.allocPid(), parent, body.date, exe, cmdline, user);
    body['file'] = exeOf(exe);
    this.commit(p, body);
    return p;
  }

  exit(p: WinProc, code = 0): void {
    if (!p.alive) return;
    const body = this.begin('exit', 'win_exit_audit');
    body['exit'] = { cause: 'EXITED', code };
    body['file'] = exeOf(p.exe);
    this.commit(p, body, { ...p.context(), exit_time: body.date });
    p.alive = false;
    this.usedPids.delete(p.pid);
  }

  file(
    p: WinProc,
    name: 'create' | 'write' | 'delete',
    path: string,
    rule: RuleId = 'win_file_audit',
  ): void {
    const body = this.begin(name, rule);
    body['file'] = winFile(path);
    this.commit(p, body);
  }

  rename(p: WinProc, from: string, to: string): void {
    const body = this.begin('rename', 'win_file_audit');
    body['file'] = { ...winFile(from), destination: winFile(to) };
    this.commit(p, body);
  }

  registry(
    p: WinProc,
    name: 'create_key' | 'open_key' | 'set_key_value' | 'delete_key',
    keyPath: string,
    valueName?: string,
    rule: RuleId = 'win_registry_audit',
  ): void {
    const body = this.begin(name, rule);
    const registry: Record<string, string> = {
      key_name: keyPath.slice(keyPath.lastIndexOf('\\') + 1),
      key_path: keyPath,
    };
    if (valueName !== undefined) registry['value_name'] = valueName;
    body['registry'] = registry;
    this.commit(p, body);
  }

  changePermission(p: WinProc, path: string, grantee: WinUser, oldSd: string, newSd: string): void {
    const body = this.begin('change_permission', 'win_permission_audit');
    const [domain = '', user = ''] = p.user.name.split('\\');
    body['permission_change'] = {
      username: user,
      user_domain: domain,
      path,
      type: 'File',
      old_sd: oldSd,
      new_sd: newSd.replace('%SID%', grantee.sid),
    };
    this.commit(p, body);
  }
}

const SYS32 = 'C:\\Windows\\System32';
const POWERSHELL = `${SYS32}\\WindowsPowerShell\\v1.0\\powershell.exe`;
const EXPORT_EXE = 'C:\\Program Files\\Shop\\OrderExport\\OrderExport.Service.exe';
const EXPORTS = 'C:\\ProgramData\\Shop\\exports';
const LOGS = 'C:\\ProgramData\\Shop\\logs';
const SERVICE_KEY =
  'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\OrderExport\\Parameters';
const UNINSTALL = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall';
const RUN_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run';

/** The Windows host with its process table as of the start of the run. */
export function createWindowsHost(sim: Sim, name: string): WindowsHost {
  const h = new WindowsHost(sim, name);
  const boot = -12 * 24 * 60 * NS_PER_MIN;
  const at = (seconds: number) => boot + seconds * NS_PER_S;
  const { system, network, export: svc } = USERS;
  const wininit = h.boot(undefined, 564, `${SYS32}\\wininit.exe`, 'wininit.exe', system, at(3));
  const services = h.boot(
    wininit,
    708,
    `${SYS32}\\services.exe`,
    `${SYS32}\\services.exe`,
    system,
    at(4),
  );
  h.daemons.set('services', services);
  const svchost = (pid: number, group: string, user: WinUser, s: number) =>
    h.boot(
      services,
      pid,
      `${SYS32}\\svchost.exe`,
      `${SYS32}\\svchost.exe -k ${group}`,
      user,
      at(s),
    );
  h.daemons.set('schedule', svchost(1204, 'netsvcs -p -s Schedule', system, 6));
  h.daemons.set('dnscache', svchost(1388, 'NetworkService -p -s Dnscache', network, 6));
  h.daemons.set(
    'export',
    h.boot(services, 3316, EXPORT_EXE, `"${EXPORT_EXE}" --service`, svc, at(40)),
  );
  h.daemons.set(
    'agent',
    h.boot(
      services,
      2940,
      'C:\\Program Files\\Datadog\\Datadog Agent\\bin\\agent.exe',
      '"C:\\Program Files\\Datadog\\Datadog Agent\\bin\\agent.exe" run',
      system,
      at(30),
    ),
  );
  return h;
}

function waitMs(h: WindowsHost, min: number, max: number): number {
  return (min + h.rng.int(max - min + 1)) * 1e6;
}

/** The export service writes an order export under a temporary name, then renames it. */
function* exportBatch(h: WindowsHost): Job {
  const p = h.daemon('export');
  h.registry(p, 'open_key', SERVICE_KEY);
  yield waitMs(h, 2, 40);
  const base = `${EXPORTS}\\orders-${String(40_000 + (h.exportSerial++ % 60_000)).padStart(6, '0')}`;
  h.file(p, 'create', `${base}.csv.tmp`);
  for (let i = 1 + h.rng.int(3); i > 0; i--) {
    yield waitMs(h, 50, 1500);
    h.file(p, 'write', `${base}.csv.tmp`);
  }
  yield waitMs(h, 5, 200);
  h.rename(p, `${base}.csv.tmp`, `${base}.csv`);
  if (h.rng.chance(0.3)) {
    yield waitMs(h, 10, 400);
    h.file(
      p,
      'delete',
      `${EXPORTS}\\orders-${String(30_000 + h.rng.int(9000)).padStart(6, '0')}.csv`,
    );
  }
}

/** A scheduled PowerShell task rotates the service's logs. */
function* rotateLogs(h: WindowsHost): Job {
  const task = h.exec(
    h.daemon('schedule'),
    POWERSHELL,
    `${POWERSHELL} -NoProfile -ExecutionPolicy Bypass -File C:\\Scripts\\rotate-logs.ps1`,
  );
  yield waitMs(h, 200, 900);
  const day = 1 + h.rng.int(28);
  const old = `${LOGS}\\export-2026-10-${String(day).padStart(2, '0')}.log`;
  h.rename(
    task,
    `${LOGS}\\export.log`,
    `${LOGS}\\export-2026-11-${String(day).padStart(2, '0')}.log`,
  );
  yield waitMs(h, 5, 50);
  h.file(task, 'create', `${LOGS}\\export.log`);
  yield waitMs(h, 5, 50);
  h.file(task, 'delete', old);
  yield waitMs(h, 50, 300);
  h.exit(task, 0);
}

/** Services read their registry configuration. */
function* registryReads(h: WindowsHost): Job {
  const p = h.rng.chance(0.5) ? h.daemon('agent') : h.daemon('dnscache');
  const key = h.rng.pick([
    'HKEY_LOCAL_MACHINE\\SOFTWARE\\Datadog\\Datadog Agent',
    'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Dnscache\\Parameters',
    'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion',
  ]);
  h.registry(p, 'open_key', key);
  yield 0;
}

const PRODUCT_OLD = '{6F1A2B3C-4D5E-4F60-8A7B-9C0D1E2F3A4B}';
const PRODUCT_NEW = '{7A2B3C4D-5E6F-4071-9B8C-0D1E2F3A4B5C}';

/** An installer updates the shop's tray helper: uninstall keys, files, a Run key. */
function* packageUpdate(h: WindowsHost): Job {
  const msi = h.exec(
    h.daemon('services'),
    `${SYS32}\\msiexec.exe`,
    `${SYS32}\\msiexec.exe /V`,
    USERS.system,
  );
  yield waitMs(h, 100, 600);
  h.registry(msi, 'create_key', `${UNINSTALL}\\${PRODUCT_NEW}`);
  yield waitMs(h, 2, 20);
  for (const value of ['DisplayName', 'DisplayVersion', 'InstallLocation']) {
    h.registry(msi, 'set_key_value', `${UNINSTALL}\\${PRODUCT_NEW}`, value);
    yield waitMs(h, 1, 10);
  }
  h.file(msi, 'create', 'C:\\Program Files\\Shop\\Tray\\ShopTray.exe');
  yield waitMs(h, 20, 200);
  h.file(msi, 'write', 'C:\\Program Files\\Shop\\Tray\\ShopTray.exe');
  yield waitMs(h, 5, 50);
  h.registry(msi, 'set_key_value', RUN_KEY, 'ShopTray', 'registry_runkey_modified');
  yield waitMs(h, 5, 50);
  h.registry(msi, 'delete_key', `${UNINSTALL}\\${PRODUCT_OLD}`);
  yield waitMs(h, 100, 500);
  h.exit(msi, 0);
}

const SD_BEFORE = 'O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)';
const SD_AFTER = `${SD_BEFORE}(A;OICI;0x1301bf;;;%SID%)`;

/** An administrator grants the export service account modify access with icacls. */
function* grantAccess(h: WindowsHost): Job {
  const shell = h.exec(h.daemon('services'), POWERSHELL, `${POWERSHELL} -NoProfile`, USERS.admin);
  yield waitMs(h, 2000, 9000);
  const icacls = h.exec(
    shell,
    `${SYS32}\\icacls.exe`,
    `"${SYS32}\\icacls.exe" ${EXPORTS} /grant CORP\\svc-export:(OI)(CI)M`,
  );
  yield waitMs(h, 20, 120);
  h.changePermission(icacls, EXPORTS, USERS.export, SD_BEFORE, SD_AFTER);
  yield waitMs(h, 5, 40);
  h.exit(icacls, 0);
  yield waitMs(h, 1000, 6000);
  h.exit(shell, 0);
}

const JOBS: readonly (readonly [(h: WindowsHost) => Job, number])[] = [
  [exportBatch, 5],
  [registryReads, 4],
  [rotateLogs, 1.2],
  [packageUpdate, 0.25],
  [grantAccess, 0.25],
];

/** Starts the Windows host's routine jobs forever. */
export function* windowsActivity(h: WindowsHost): Job {
  for (;;) {
    yield h.rng.exp(45 * NS_PER_S);
    h.sim.schedule(h.rng.weighted(JOBS)(h), 0);
  }
}
