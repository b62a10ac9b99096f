import { describe, expect, it } from 'vitest';
import { readJson } from '../json-model';
import { PHRASES, summarize } from './summarize';
import { summaryText } from './summary-parts';

const PROCESS = { comm: 'cat', pid: 4121, uid: 0, gid: 0, user: 'root' };

/** A body of type `name` with the given top-level sections and a default process. */
function body(name: string, sections: Record<string, unknown> = {}, outcome = 'Success') {
  return readJson(
    JSON.stringify({
      date: '2026-11-20T08:00:14.188130294Z',
      evt: { name, category: 'File Activity', outcome },
      process: PROCESS,
      ...sections,
    }),
  );
}

const text = (name: string, sections?: Record<string, unknown>, outcome?: string) =>
  summaryText(summarize(body(name, sections, outcome)));

const FULL_FILE = { path: '/var/log/auth.log.3.gz', name: 'auth.log.3.gz', uid: 104, gid: 4 };

/** One expected sentence per event type the summary knows (every `PHRASES` key). */
const CASES: Readonly<
  Record<string, readonly [sections: Record<string, unknown>, expected: string]>
> = {
  open: [
    { file: { path: '/etc/shadow', uid: 0, gid: 42, flags: ['O_RDONLY'] } },
    'cat (pid 4121, root) opened /etc/shadow read-only',
  ],
  exec: [
    {
      file: { path: '/usr/bin/curl', uid: 0, gid: 0 },
      process: {
        ...PROCESS,
        comm: 'curl',
        args: ['-s', 'http://x/a b'],
        parent: { comm: 'bash', pid: 100, uid: 0, gid: 0 },
      },
    },
    "curl (pid 4121, root) executed /usr/bin/curl -s 'http://x/a b', started by bash (pid 100)",
  ],
  exit: [{ exit: { cause: 'EXITED', code: 0 } }, 'cat (pid 4121, root) exited with code 0'],
  fork: [{}, 'cat (pid 4121, root) forked'],
  setuid: [
    {
      process: {
        ...PROCESS,
        credentials: { uid: 0, destination: { uid: 1000, user: 'ubuntu', euid: 1000 } },
      },
    },
    'cat (pid 4121, root) switched its user to ubuntu (uid 1000)',
  ],
  setgid: [
    { process: { ...PROCESS, credentials: { gid: 0, destination: { gid: 27, group: 'sudo' } } } },
    'cat (pid 4121, root) switched its group to sudo (gid 27)',
  ],
  capset: [
    {
      process: {
        ...PROCESS,
        credentials: {
          cap_effective: ['CAP_CHOWN', 'CAP_KILL', 'CAP_SYS_ADMIN'],
          cap_permitted: ['CAP_CHOWN', 'CAP_KILL', 'CAP_SYS_ADMIN'],
          destination: { cap_effective: ['CAP_KILL'], cap_permitted: ['CAP_KILL', 'CAP_BPF'] },
        },
      },
    },
    'cat (pid 4121, root) set its capabilities: effective CAP_KILL (dropping 2); ' +
      'permitted CAP_KILL, CAP_BPF (adding 1, dropping 2)',
  ],
  signal: [
    {
      signal: {
        type: 'SIGKILL',
        pid: 668,
        target: { comm: 'rsyslogd', pid: 668, uid: 104, gid: 4 },
      },
    },
    'cat (pid 4121, root) sent SIGKILL to rsyslogd (pid 668)',
  ],
  ptrace: [
    {
      ptrace: {
        request: 'PTRACE_ATTACH',
        address: '0x0',
        tracee: { comm: 'sshd', pid: 812, uid: 0, gid: 0 },
      },
    },
    'cat (pid 4121, root) used ptrace PTRACE_ATTACH on sshd (pid 812)',
  ],
  unlink: [{ file: { path: '/tmp/x', uid: 0, gid: 0 } }, 'cat (pid 4121, root) deleted /tmp/x'],
  rmdir: [
    { file: { path: '/tmp/d', uid: 0, gid: 0 } },
    'cat (pid 4121, root) removed the directory /tmp/d',
  ],
  chdir: [
    { file: { path: '/root', uid: 0, gid: 0 } },
    'cat (pid 4121, root) changed directory to /root',
  ],
  utimes: [
    { file: { path: '/var/log/a', uid: 0, gid: 0, destination: { uid: 0, gid: 0 } } },
    'cat (pid 4121, root) changed the timestamps of /var/log/a',
  ],
  mkdir: [
    { file: { path: '/home/u/tmp', uid: 0, gid: 0, destination: { mode: 509, uid: 0, gid: 0 } } },
    'cat (pid 4121, root) created the directory /home/u/tmp with mode 0775',
  ],
  chmod: [
    {
      file: {
        path: '/usr/bin/x',
        mode: 33261,
        uid: 0,
        gid: 0,
        destination: { mode: 3565, uid: 0, gid: 0 },
      },
    },
    'cat (pid 4121, root) changed the mode of /usr/bin/x from 0755 to 6755',
  ],
  chown: [
    {
      file: {
        path: '/var/log/auth.log',
        uid: 0,
        gid: 0,
        user: 'root',
        group: 'root',
        destination: { uid: 104, gid: 4, user: 'syslog' },
      },
    },
    'cat (pid 4121, root) changed the owner of /var/log/auth.log from root:root to syslog:4',
  ],
  rename: [
    { file: { ...FULL_FILE, destination: { ...FULL_FILE, path: '/var/log/auth.log.4.gz' } } },
    'cat (pid 4121, root) renamed /var/log/auth.log.3.gz → /var/log/auth.log.4.gz',
  ],
  link: [
    { file: { ...FULL_FILE, destination: { ...FULL_FILE, path: '/tmp/l' } } },
    'cat (pid 4121, root) hard-linked /var/log/auth.log.3.gz → /tmp/l',
  ],
  setxattr: [
    {
      file: {
        path: '/usr/bin/x',
        uid: 0,
        gid: 0,
        destination: { uid: 0, gid: 0, attribute_name: 'security.capability' },
      },
    },
    'cat (pid 4121, root) set the extended attribute security.capability on /usr/bin/x',
  ],
  removexattr: [
    { file: { path: '/b.tgz', uid: 0, gid: 0, attribute_name: 'user.sha' } },
    'cat (pid 4121, root) removed the extended attribute user.sha from /b.tgz',
  ],
  splice: [
    {
      file: { path: '/etc/passwd', uid: 0, gid: 0 },
      splice: { pipe_entry_flag: 'PIPE_BUF_FLAG_LRU', pipe_exit_flag: 'PIPE_BUF_FLAG_CAN_MERGE' },
    },
    'cat (pid 4121, root) spliced /etc/passwd into a pipe (exit flag PIPE_BUF_FLAG_CAN_MERGE)',
  ],
  umount: [
    { file: { uid: 0, gid: 0, new_mount_id: 654 } },
    'cat (pid 4121, root) unmounted mount 654',
  ],
  dns: [
    {
      dns: {
        id: 1,
        question: { name: 'evil.example', type: 'TXT', class: 'CLASS_INET', size: 40, count: 1 },
      },
    },
    'cat (pid 4121, root) asked DNS for evil.example (TXT)',
  ],
  bind: [
    { bind: { addr: { family: 'AF_INET6', ip: 'fe80::1', port: 8080 } } },
    'cat (pid 4121, root) bound a socket to [fe80::1]:8080 (AF_INET6)',
  ],
  load_module: [
    { module: { name: 'rootkit', loaded_from_memory: true } },
    'cat (pid 4121, root) loaded the kernel module rootkit from memory',
  ],
  unload_module: [
    { module: { name: 'floppy' } },
    'cat (pid 4121, root) unloaded the kernel module floppy',
  ],
  bpf: [
    {
      bpf: {
        cmd: 'BPF_PROG_LOAD',
        program: { name: 'probe', program_type: 'BPF_PROG_TYPE_KPROBE' },
      },
    },
    'cat (pid 4121, root) ran BPF_PROG_LOAD for program probe (BPF_PROG_TYPE_KPROBE)',
  ],
  mmap: [
    {
      mmap: {
        address: '0x7ff92b558000',
        offset: 0,
        length: 262144,
        protection: 'PROT_EXEC | PROT_READ | PROT_WRITE',
        flags: 'MAP_ANONYMOUS | MAP_PRIVATE',
      },
    },
    'cat (pid 4121, root) mapped 262 KB at 0x7ff92b558000 as rwx — writable and executable',
  ],
  mprotect: [
    {
      mprotect: {
        vm_start: '0x1000',
        vm_end: '0x2000',
        vm_protection: 'PROT_READ | PROT_WRITE',
        req_protection: 'PROT_EXEC | PROT_READ',
      },
    },
    'cat (pid 4121, root) changed the protection of 0x1000–0x2000 from rw- to r-x',
  ],
  selinux: [
    { selinux: { bool: { name: 'httpd_can_network_connect', state: 'on' } } },
    'cat (pid 4121, root) set the SELinux boolean httpd_can_network_connect to on',
  ],
  mount: [
    {
      mount: {
        mount_id: 654,
        group_id: 0,
        parent_mount_id: 25,
        bind_src_mount_id: 0,
        device: 55,
        fs_type: 'tmpfs',
        'mountpoint.path': '/run/user/1002',
        'source.path': '',
      },
    },
    'cat (pid 4121, root) mounted tmpfs on /run/user/1002',
  ],
  connect: [
    {
      connect: {
        addr: { family: 'AF_INET', ip: '10.0.0.5', port: 443 },
        hostnames: ['api.example.com'],
        protocol: 'TCP',
      },
    },
    'cat (pid 4121, root) connected to 10.0.0.5:443 (TCP), known as api.example.com',
  ],
  accept: [
    { accept: { addr: { family: 'AF_INET6', ip: 'fe80::1', port: 51234 }, hostnames: [] } },
    'cat (pid 4121, root) accepted a connection from [fe80::1]:51234',
  ],
  packet: [
    {
      packet: {
        l3_protocol: 'IPv4',
        l4_protocol: 'UDP',
        source: { ip: '10.0.0.5', port: 5353 },
        destination: { ip: '10.0.0.2', port: 53 },
        size: 1500,
        network_direction: 'egress',
      },
    },
    'cat (pid 4121, root) sent a UDP packet 10.0.0.5:5353 → 10.0.0.2:53 (1.5 KB)',
  ],
  network_flow_monitor: [
    {
      network_flow_monitor: {
        device: { ifname: 'eth0', ifindex: 2, netns: 1 },
        flows: [
          {
            l3_protocol: 'IPv4',
            l4_protocol: 'TCP',
            source: { ip: '10.0.0.5', port: 40000 },
            destination: { ip: '10.0.0.9', port: 5432 },
          },
        ],
      },
    },
    'cat (pid 4121, root) reported the flow 10.0.0.5:40000 → 10.0.0.9:5432 (TCP) on eth0',
  ],
  imds: [
    {
      imds: {
        type: 'request',
        cloud_provider: 'aws',
        url: '/latest/meta-data/iam/security-credentials/',
      },
    },
    'cat (pid 4121, root) asked the IMDS of aws for /latest/meta-data/iam/security-credentials/',
  ],
  capabilities: [
    {
      capabilities: {
        caps_used: ['CAP_NET_RAW'],
        caps_attempted: ['CAP_NET_RAW', 'CAP_SYS_MODULE'],
      },
    },
    'cat (pid 4121, root) used the capabilities CAP_NET_RAW; attempted without success ' +
      'CAP_SYS_MODULE',
  ],
  sysctl: [
    {
      sysctl: {
        action: 'write',
        name: 'kernel/yama/ptrace_scope',
        value: '0',
        old_value: '1',
      },
    },
    'cat (pid 4121, root) set sysctl kernel/yama/ptrace_scope = 0 (was 1)',
  ],
  setsockopt: [
    {
      setsockopt: {
        socket_type: 'SOCK_RAW',
        socket_family: 'AF_PACKET',
        socket_protocol: 'ETH_P_ALL',
        level: 'SOL_SOCKET',
        optname: 'SO_ATTACH_FILTER',
        filter: 'ld [12]',
      },
    },
    'cat (pid 4121, root) set the socket option SO_ATTACH_FILTER at level SOL_SOCKET on an ' +
      'AF_PACKET socket — socket filter attached',
  ],
  prctl: [
    { prctl: { option: 'PR_SET_NAME', new_name: 'kworker/0:1' } },
    'cat (pid 4121, root) called prctl PR_SET_NAME, renaming itself kworker/0:1',
  ],
  cgroup_write: [
    { cgroup_write: { pid: 4122, file: { path: '/sys/fs/cgroup/x/cgroup.procs' } } },
    'cat (pid 4121, root) moved pid 4122 into the cgroup /sys/fs/cgroup/x/cgroup.procs',
  ],
  syscalls: [
    {
      syscalls: [
        { name: 'openat', id: 257 },
        { name: 'connect', id: 42 },
      ],
    },
    'cat (pid 4121, root) made the syscalls openat, connect',
  ],
  create_key: [
    { registry: { key_path: 'HKLM\\Software\\Run', key_name: 'Run' } },
    'cat (pid 4121, root) created the registry key HKLM\\Software\\Run',
  ],
  open_key: [{ registry: { key_name: 'Run' } }, 'cat (pid 4121, root) opened the registry key Run'],
  delete_key: [
    { registry: { key_path: 'HKCU\\x' } },
    'cat (pid 4121, root) deleted the registry key HKCU\\x',
  ],
  set_key_value: [
    { registry: { key_path: 'HKLM\\Software\\Run', value_name: 'updater' } },
    'cat (pid 4121, root) set the value updater of the registry key HKLM\\Software\\Run',
  ],
  change_permission: [
    { permission_change: { path: 'C:\\secret.txt', type: 'file', username: 'bob' } },
    'cat (pid 4121, root) changed the permissions of C:\\secret.txt (file)',
  ],
  create: [
    { file: { path: 'C:\\Temp\\a.exe', name: 'a.exe' } },
    'cat (pid 4121, root) created C:\\Temp\\a.exe',
  ],
  write: [{ file: { path: 'C:\\Temp\\a.exe' } }, 'cat (pid 4121, root) wrote to C:\\Temp\\a.exe'],
  delete: [
    { file: { device_path: '\\Device\\x', name: 'a.exe' } },
    'cat (pid 4121, root) deleted a.exe',
  ],
};

describe('summarize', () => {
  it('has a case below for every event type it knows', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(PHRASES).sort());
  });

  for (const [name, [sections, expected]] of Object.entries(CASES)) {
    it(`says what a ${name} event did`, () => {
      expect(text(name, sections)).toBe(expected);
    });
  }

  it('names the outcome when the operation did not succeed', () => {
    const sections = { file: { path: '/etc/shadow', uid: 0, gid: 42, flags: ['O_RDONLY'] } };
    const summary = summarize(body('open', sections, 'Refused'));
    expect(summaryText(summary)).toBe(
      'cat (pid 4121, root) opened /etc/shadow read-only — refused',
    );
    expect(summary.parts.at(-1)).toEqual({ kind: 'outcome', text: 'refused', tone: 'refused' });
    expect(text('unlink', { file: { path: '/x', uid: 0, gid: 0 } }, 'Error')).toBe(
      'cat (pid 4121, root) deleted /x — failed',
    );
  });

  it('reads the variants of the newer event types', () => {
    expect(text('imds', { imds: { type: 'response', cloud_provider: 'gcp' } })).toBe(
      'cat (pid 4121, root) received an answer from the IMDS of gcp',
    );
    expect(
      text('imds', {
        imds: {
          type: 'response',
          cloud_provider: 'aws',
          aws: { is_imds_v2: false, security_credentials: { access_key_id: 'ASIA…' } },
        },
      }),
    ).toMatch(/IMDS of aws — security credentials handed out$/);
    expect(text('sysctl', { sysctl: { action: 'read', name: 'kernel/modules_disabled' } })).toBe(
      'cat (pid 4121, root) read sysctl kernel/modules_disabled',
    );
    expect(text('network_flow_monitor', { network_flow_monitor: { flows: [{}, {}] } })).toBe(
      'cat (pid 4121, root) reported 2 network flows',
    );
    // Windows processes name their user as a string; their summary reads the same way.
    const windows = readJson(
      JSON.stringify({
        evt: { name: 'set_key_value' },
        process: { pid: 812, user: 'NT AUTHORITY\\SYSTEM', executable: { name: 'reg.exe' } },
        registry: { key_path: 'HKLM\\Run', value_name: 'x' },
      }),
    );
    const windowsExec = readJson(
      JSON.stringify({
        evt: { name: 'exec' },
        process: {
          pid: 900,
          cmdline: 'cmd.exe /c whoami',
          executable: { path: 'C:\\Windows\\System32\\cmd.exe', name: 'cmd.exe' },
        },
      }),
    );
    expect(summaryText(summarize(windowsExec))).toBe(
      'cmd.exe (pid 900) executed C:\\Windows\\System32\\cmd.exe as cmd.exe /c whoami',
    );
    expect(summaryText(summarize(windows))).toBe(
      'reg.exe (pid 812, NT AUTHORITY\\SYSTEM) set the value x of the registry key HKLM\\Run',
    );
  });

  it('gives the time as written, without rounding', () => {
    expect(summarize(body('fork')).time).toBe('2026-11-20 08:00:14.188130294 UTC');
  });

  it('marks every value with the field it came from', () => {
    const summary = summarize(body('open', { file: { path: '/etc/shadow', uid: 0, gid: 0 } }));
    const values = summary.parts.filter((p) => p.kind === 'value');
    expect(values.map((p) => [p.text, p.path])).toEqual([
      ['cat', 'process.comm'],
      ['4121', 'process.pid'],
      ['root', 'process.user'],
      ['/etc/shadow', 'file.path'],
    ]);
  });

  it('describes open modes and exits in words', () => {
    const flags = (f: string[]) => text('open', { file: { path: '/f', uid: 0, gid: 0, flags: f } });
    expect(flags(['O_CREAT', 'O_TRUNC', 'O_WRONLY'])).toMatch(/write-only \(create, truncate\)$/);
    expect(flags(['O_RDWR'])).toMatch(/read-write$/);
    expect(text('exit', { exit: { cause: 'SIGNALED', code: 9 } })).toMatch(
      /was killed by signal 9 \(SIGKILL\)$/,
    );
    expect(text('exit', { exit: { cause: 'COREDUMPED', code: 11 } })).toMatch(
      /dumped core on signal 11 \(SIGSEGV\)$/,
    );
  });

  it('reads unknown types, missing sections and odd values without failing', () => {
    expect(text('future_event', { file: { path: '/x', uid: 0, gid: 0 } })).toBe(
      'cat (pid 4121, root) did future_event on /x',
    );
    expect(text('constructor')).toBe('cat (pid 4121, root) did constructor');
    expect(summaryText(summarize(readJson('{"evt":{"name":"open"}}')))).toBe(
      'A process opened a file with no path',
    );
    expect(summaryText(summarize(readJson('[1,2]')))).toBe(
      'A process did something (no event type)',
    );
    expect(text('signal', { signal: { type: 'SIGHUP', pid: 1 } })).toMatch(/sent SIGHUP to pid 1$/);
    expect(
      text('exec', { process: { pid: 7, uid: 1000, gid: 1000, executable: { path: '/bin/ls' } } }),
    ).toBe('ls (pid 7, uid 1000) executed /bin/ls');
  });
});
