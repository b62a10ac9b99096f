/**
 * Routine system activity found on every host: cron jobs (user health checks, daily log
 * rotation, journal export), interactive SSH sessions with a pool of admin commands, a service
 * restart by systemd, agent housekeeping, udev loading a module, tmpfiles cleanup and a
 * package upgrade.
 */
import { BIN } from './binaries';
import {
  O,
  chmod,
  chown,
  link,
  mkdir,
  open,
  removexattr,
  rename,
  rmdir,
  setxattr,
  splice,
  unlink,
  utimes,
} from './events-file';
import { bind, dns } from './events-network';
import {
  bpfMapCreate,
  bpfProgLoad,
  loadModule,
  mmap,
  mount,
  mprotect,
  selinux,
  unloadModule,
} from './events-kernel';
import { capset, ptrace, setgid, setuid, signal } from './events-process';
import { ENV } from './environments';
import { MODE_DIR, MODE_EXEC, S_IFREG } from './files';
import type { HostSim } from './host-sim';
import type { Identity } from './identities';
import { GROUPS, USERS } from './identities';
import type { Proc } from './process';
import type { Job } from './sim';
import type { Steps } from './job-helpers';
import { run, sec, waitMs } from './job-helpers';

const LIBC = '/usr/lib/x86_64-linux-gnu/libc.so.6';
const COREUTILS = { pkg: 'coreutils', ver: '8.32-4.1ubuntu1.1' };
const LIBC_INIT = { pkg: 'libc6', ver: '2.35-0ubuntu3.5' };

/** A user's crontab entry: cron forks, drops to the user, runs a health check with curl. */
export function* cronUserJob(h: HostSim): Job {
  const who = h.rng.pick([USERS.deploy, USERS.ubuntu]);
  const child = h.fork(h.daemon('cron'));
  setgid(h, child, who);
  yield waitMs(h, 0, 1);
  setuid(h, child, who);
  yield waitMs(h, 0, 1);
  h.exec(child, {
    bin: BIN.sh,
    argv0: '/bin/sh',
    args: ['-c', '/usr/local/bin/healthcheck.sh >/dev/null 2>&1'],
    envs: ENV.cron,
  });
  yield waitMs(h, 1, 4);
  yield* run(
    h,
    child,
    { bin: BIN.healthcheck, argv0: '/usr/local/bin/healthcheck.sh' },
    function* (hc) {
      open(h, hc, '/etc/default/healthcheck');
      yield waitMs(h, 1, 3);
      yield* run(
        h,
        hc,
        {
          bin: BIN.curl,
          argv0: 'curl',
          args: [
            '-fsS',
            '--max-time',
            '5',
            h.role === 'db' ? 'http://localhost:9187/metrics' : 'http://localhost:8080/healthz',
          ],
        },
        function* (curl) {
          open(h, curl, '/etc/ssl/openssl.cnf');
          yield waitMs(h, 5, 40);
        },
      );
    },
  );
  yield waitMs(h, 1, 3);
  h.exit(child, 0);
}

interface LogFile {
  path: string;
  owner: Identity;
  group: { gid: number; group: string };
}

function logFileOf(h: HostSim): LogFile {
  const logs: LogFile[] = [
    { path: '/var/log/syslog', owner: USERS.syslog, group: GROUPS.adm },
    { path: '/var/log/auth.log', owner: USERS.syslog, group: GROUPS.adm },
  ];
  if (h.role === 'db')
    logs.push({
      path: '/var/log/postgresql/postgresql-15-main.log',
      owner: USERS.postgres,
      group: GROUPS.adm,
    });
  return h.rng.pick(logs);
}

/** cron.daily: run-parts → logrotate rotates, recreates and compresses a log, HUPs rsyslog. */
export function* cronDaily(h: HostSim): Job {
  const sh = h.spawn(h.daemon('cron'), {
    bin: BIN.sh,
    argv0: '/bin/sh',
    args: ['-c', 'test -x /usr/sbin/anacron || ( cd / && run-parts --report /etc/cron.daily )'],
    envs: ENV.cron,
  });
  yield waitMs(h, 1, 4);
  yield* run(
    h,
    sh,
    { bin: BIN.runParts, argv0: 'run-parts', args: ['--report', '/etc/cron.daily'] },
    function* (rp) {
      yield* run(
        h,
        rp,
        { bin: BIN.logrotate, argv0: '/usr/sbin/logrotate', args: ['/etc/logrotate.conf'] },
        function* (lr) {
          open(h, lr, '/etc/logrotate.conf');
          yield waitMs(h, 1, 3);
          open(h, lr, '/var/lib/logrotate/status');
          yield waitMs(h, 1, 3);
          const log = logFileOf(h);
          const init = { owner: log.owner, group: log.group, mode: S_IFREG | 0o640 };
          lr.fs.get(`${log.path}.4.gz`, init);
          lr.fs.get(`${log.path}.3.gz`, init);
          lr.fs.get(`${log.path}.1`, init);
          lr.fs.get(log.path, init);
          unlink(h, lr, `${log.path}.4.gz`);
          yield waitMs(h, 0, 2);
          rename(h, lr, `${log.path}.3.gz`, `${log.path}.4.gz`);
          yield waitMs(h, 0, 2);
          rename(h, lr, `${log.path}.1`, `${log.path}.2`);
          yield waitMs(h, 0, 2);
          rename(h, lr, log.path, `${log.path}.1`);
          yield waitMs(h, 0, 2);
          open(h, lr, log.path, { flags: O.create, create: 0o640 });
          yield waitMs(h, 0, 1);
          chown(h, lr, log.path, { ...log.owner, gid: log.group.gid, group: log.group.group });
          yield waitMs(h, 0, 1);
          chmod(h, lr, log.path, 0o640);
          yield waitMs(h, 2, 10);
          // postrotate: /usr/lib/rsyslog/rsyslog-rotate → systemctl kill -s HUP rsyslog.service
          yield* run(
            h,
            lr,
            {
              bin: BIN.systemctl,
              argv0: 'systemctl',
              args: ['kill', '-s', 'HUP', 'rsyslog.service'],
            },
            function* () {
              yield waitMs(h, 1, 5);
              signal(h, h.daemon('systemd'), 'SIGHUP', h.daemon('rsyslogd'));
            },
          );
          yield waitMs(h, 2, 10);
          yield* run(
            h,
            lr,
            { bin: BIN.gzip, argv0: '/bin/gzip', args: [`${log.path}.2`] },
            function* (gz) {
              open(h, gz, `${log.path}.2`, {
                flags: ['O_NOCTTY', 'O_NOFOLLOW', 'O_NONBLOCK', 'O_RDONLY'],
              });
              yield waitMs(h, 0, 2);
              open(h, gz, `${log.path}.2.gz`, {
                flags: ['O_CREAT', 'O_EXCL', 'O_WRONLY'],
                create: 0o600,
              });
              yield waitMs(h, 20, 400);
              utimes(h, gz, `${log.path}.2.gz`, h.sim.now - sec(86_400 + h.rng.int(3600)));
              chown(h, gz, `${log.path}.2.gz`, {
                ...log.owner,
                gid: log.group.gid,
                group: log.group.group,
              });
              chmod(h, gz, `${log.path}.2.gz`, 0o640);
              yield waitMs(h, 0, 2);
              unlink(h, gz, `${log.path}.2`);
            },
          );
          open(h, lr, '/var/lib/logrotate/status.tmp', { flags: O.create, create: 0o644 });
          yield waitMs(h, 0, 2);
          rename(h, lr, '/var/lib/logrotate/status.tmp', '/var/lib/logrotate/status');
        },
      );
    },
  );
  yield waitMs(h, 1, 3);
  h.exit(sh, 0);
}

/** cron: `journalctl … | tee -a file` — tee splices the pipe into the file. */
export function* journalExport(h: HostSim): Job {
  const sh = h.spawn(h.daemon('cron'), {
    bin: BIN.sh,
    argv0: '/bin/sh',
    args: [
      '-c',
      'journalctl -u ssh --since "-1h" -o short-iso | tee -a /var/log/ssh-journal.log >/dev/null',
    ],
    envs: ENV.cron,
  });
  yield waitMs(h, 1, 3);
  const jc = h.spawn(sh, {
    bin: BIN.journalctl,
    argv0: 'journalctl',
    args: ['-u', 'ssh', '--since', '-1h', '-o', 'short-iso'],
  });
  const tee = h.spawn(sh, { bin: BIN.tee, argv0: 'tee', args: ['-a', '/var/log/ssh-journal.log'] });
  yield waitMs(h, 1, 3);
  open(
    h,
    jc,
    `/var/log/journal/${h.fs.get('/etc/machine-id').inode?.toString(16) ?? '0'}/system.journal`,
    {
      flags: ['O_CLOEXEC', 'O_NOCTTY', 'O_NONBLOCK', 'O_RDONLY'],
      init: {
        owner: USERS.root,
        group: { gid: 101, group: 'systemd-journal' },
        mode: S_IFREG | 0o640,
      },
    },
  );
  yield waitMs(h, 1, 3);
  open(h, tee, '/var/log/ssh-journal.log', { flags: O.append, create: 0o644 });
  yield waitMs(h, 5, 60);
  splice(h, tee, '/var/log/ssh-journal.log');
  yield waitMs(h, 5, 30);
  h.exit(jc, 0);
  yield waitMs(h, 0, 2);
  h.exit(tee, 0);
  h.exit(sh, 0);
}

// ---- interactive sessions -------------------------------------------------------------------

export type SessionCommand =
  | 'ls'
  | 'df'
  | 'cat-os-release'
  | 'sudo-status'
  | 'vim-edit'
  | 'setcap'
  | 'setfattr-remove'
  | 'selinux'
  | 'strace'
  | 'rmmod'
  | 'modprobe'
  | 'rm-history'
  | 'ip-check'
  | 'mkdir-rmdir'
  | 'ln'
  | 'touch'
  | 'chmod-script'
  | 'kill-sleep'
  | 'install-binary';

const ROUTINE_COMMANDS: readonly (readonly [SessionCommand, number])[] = [
  ['ls', 10],
  ['df', 5],
  ['cat-os-release', 4],
  ['sudo-status', 8],
  ['vim-edit', 5],
  ['ip-check', 1],
  ['mkdir-rmdir', 3],
  ['ln', 2],
  ['touch', 3],
  ['chmod-script', 3],
  ['kill-sleep', 2],
  ['setcap', 0.5],
  ['setfattr-remove', 0.5],
  ['selinux', 0.5],
  ['strace', 0.7],
  ['rmmod', 0.3],
  ['modprobe', 0.3],
  ['rm-history', 0.2],
  ['install-binary', 0.4],
];

function* sudo(
  h: HostSim,
  shell: Proc,
  args: readonly string[],
  work: (root: Proc) => Steps,
): Steps {
  yield* run(h, shell, { bin: BIN.sudo, argv0: 'sudo', args }, function* (s) {
    open(h, s, '/etc/sudoers', { init: { mode: S_IFREG | 0o440 } });
    yield waitMs(h, 1, 5);
    setuid(h, s, USERS.root);
    yield waitMs(h, 0, 2);
    yield* work(s);
  });
}

function straceTarget(h: HostSim): Proc {
  const names = ['rsyslogd', 'nginx', 'postgres', 'gitlab-runner', 'chronyd', 'cron'];
  const found = names
    .map((n) => h.maybeDaemon(n))
    .filter((p): p is Proc => p !== undefined && p.alive);
  return h.rng.pick(found);
}

function* sessionCommand(h: HostSim, shell: Proc, user: Identity, command: SessionCommand): Steps {
  const home = `/home/${user.user}`;
  const homeInit = { owner: user };
  switch (command) {
    case 'ls':
      yield* run(h, shell, { bin: BIN.ls, argv0: 'ls', args: ['--color=auto', '-la'] }, (p) => {
        open(h, p, home, { flags: O.readDir, init: { owner: user, mode: MODE_DIR } });
      });
      return;
    case 'df':
      yield* run(h, shell, { bin: BIN.df, argv0: 'df', args: ['-h'] }, (p) => {
        open(h, p, '/proc/self/mountinfo');
      });
      return;
    case 'cat-os-release':
      yield* run(h, shell, { bin: BIN.cat, argv0: 'cat', args: ['/etc/os-release'] }, (p) => {
        open(h, p, '/etc/os-release');
      });
      return;
    case 'sudo-status':
      yield* sudo(h, shell, ['systemctl', 'status', 'cron'], function* (s) {
        yield* run(h, s, { bin: BIN.systemctl, argv0: 'systemctl', args: ['status', 'cron'] });
      });
      return;
    case 'vim-edit': {
      const file = `${home}/notes.txt`;
      yield* run(h, shell, { bin: BIN.vim, argv0: 'vim', args: ['notes.txt'] }, function* (p) {
        open(h, p, `${home}/.notes.txt.swp`, { flags: O.createExcl, create: 0o600 });
        yield waitMs(h, 2, 10);
        open(h, p, file, { init: homeInit });
        yield sec(5 + h.rng.int(60));
        rename(h, p, file, `${file}~`);
        open(h, p, file, { flags: O.create, create: 0o664 });
        yield waitMs(h, 1, 3);
        unlink(h, p, `${file}~`);
        yield sec(1 + h.rng.int(5));
        unlink(h, p, `${home}/.notes.txt.swp`);
      });
      return;
    }
    case 'setcap':
      yield* sudo(
        h,
        shell,
        ['setcap', 'cap_net_bind_service=+ep', '/usr/local/bin/metrics-exporter'],
        function* (s) {
          yield* run(
            h,
            s,
            {
              bin: BIN.setcap,
              argv0: 'setcap',
              args: ['cap_net_bind_service=+ep', '/usr/local/bin/metrics-exporter'],
            },
            (p) => {
              p.fs.get('/usr/local/bin/metrics-exporter', { mode: MODE_EXEC });
              setxattr(h, p, '/usr/local/bin/metrics-exporter', 'security.capability');
            },
          );
        },
      );
      return;
    case 'setfattr-remove':
      yield* sudo(
        h,
        shell,
        ['setfattr', '-x', 'user.backup.sha256', '/var/backups/etc.tar.gz'],
        function* (s) {
          yield* run(
            h,
            s,
            {
              bin: BIN.setfattr,
              argv0: 'setfattr',
              args: ['-x', 'user.backup.sha256', '/var/backups/etc.tar.gz'],
            },
            (p) => {
              removexattr(h, p, '/var/backups/etc.tar.gz', 'user.backup.sha256');
            },
          );
        },
      );
      return;
    case 'selinux':
      if (h.rng.chance(0.5)) {
        yield* sudo(
          h,
          shell,
          ['setsebool', '-P', 'httpd_can_network_connect', 'on'],
          function* (s) {
            yield* run(
              h,
              s,
              {
                bin: BIN.setsebool,
                argv0: 'setsebool',
                args: ['-P', 'httpd_can_network_connect', 'on'],
              },
              function* (p) {
                selinux(h, p, { kind: 'bool', name: 'httpd_can_network_connect', state: 'on' });
                yield waitMs(h, 1, 5);
                selinux(h, p, { kind: 'commit' });
              },
            );
          },
        );
      } else {
        yield* sudo(h, shell, ['setenforce', '0'], function* (s) {
          yield* run(h, s, { bin: BIN.setenforce, argv0: 'setenforce', args: ['0'] }, (p) => {
            selinux(h, p, { kind: 'enforce', status: 'permissive' }, 'selinux_disable_enforcement');
          });
        });
        yield sec(20 + h.rng.int(120));
        yield* sudo(h, shell, ['setenforce', '1'], function* (s) {
          yield* run(h, s, { bin: BIN.setenforce, argv0: 'setenforce', args: ['1'] }, (p) => {
            selinux(h, p, { kind: 'enforce', status: 'enforcing' });
          });
        });
      }
      return;
    case 'strace': {
      const target = straceTarget(h);
      yield* sudo(h, shell, ['strace', '-f', '-p', String(target.pid)], function* (s) {
        yield* run(
          h,
          s,
          { bin: BIN.strace, argv0: 'strace', args: ['-f', '-p', String(target.pid)] },
          function* (p) {
            ptrace(h, p, 'PTRACE_SEIZE', target);
            yield waitMs(h, 0, 1);
            ptrace(h, p, 'PTRACE_INTERRUPT', target);
            yield sec(3 + h.rng.int(20));
          },
        );
      });
      return;
    }
    case 'rmmod':
      yield* sudo(h, shell, ['modprobe', '-r', 'floppy'], function* (s) {
        yield* run(h, s, { bin: BIN.modprobe, argv0: 'modprobe', args: ['-r', 'floppy'] }, (p) => {
          unloadModule(h, p, 'floppy');
        });
      });
      return;
    case 'modprobe':
      yield* sudo(h, shell, ['modprobe', 'br_netfilter'], function* (s) {
        yield* run(h, s, { bin: BIN.modprobe, argv0: 'modprobe', args: ['br_netfilter'] }, (p) => {
          loadModule(
            h,
            p,
            'br_netfilter',
            `/lib/modules/${h.kernel}/kernel/net/bridge/br_netfilter.ko`,
            'kernel_module_load',
            `linux-modules-${h.kernel}`,
          );
        });
      });
      return;
    case 'rm-history':
      yield* run(
        h,
        shell,
        { bin: BIN.rm, argv0: 'rm', args: ['-f', `${home}/.bash_history`] },
        (p) => {
          unlink(h, p, `${home}/.bash_history`, 'shell_history_deleted', {
            owner: user,
            mode: S_IFREG | 0o600,
          });
        },
      );
      return;
    case 'ip-check':
      yield* run(
        h,
        shell,
        { bin: BIN.curl, argv0: 'curl', args: ['-s', 'https://checkip.amazonaws.com'] },
        function* (p) {
          dns(h, p, 'checkip.amazonaws.com', 'A', 'ip_check_domain');
          yield waitMs(h, 20, 200);
        },
        { rule: 'net_util' },
      );
      return;
    case 'mkdir-rmdir':
      yield* run(
        h,
        shell,
        { bin: BIN.mkdir, argv0: 'mkdir', args: ['-p', `${home}/tmp/build`] },
        (p) => {
          mkdir(h, p, `${home}/tmp`, 0o775);
          mkdir(h, p, `${home}/tmp/build`, 0o775);
        },
      );
      yield sec(2 + h.rng.int(30));
      yield* run(h, shell, { bin: BIN.rm, argv0: 'rm', args: ['-r', `${home}/tmp`] }, (p) => {
        rmdir(h, p, `${home}/tmp/build`);
        rmdir(h, p, `${home}/tmp`);
      });
      return;
    case 'ln':
      yield* run(
        h,
        shell,
        { bin: BIN.ln, argv0: 'ln', args: [`${home}/deploy.sh`, `${home}/bin/deploy`] },
        (p) => {
          p.fs.get(`${home}/deploy.sh`, { owner: user, mode: MODE_EXEC });
          link(h, p, `${home}/deploy.sh`, `${home}/bin/deploy`);
        },
      );
      return;
    case 'touch':
      yield* run(
        h,
        shell,
        { bin: BIN.touch, argv0: 'touch', args: [`${home}/.deploy-stamp`] },
        (p) => {
          utimes(h, p, `${home}/.deploy-stamp`, h.sim.now, 'fim_utimes', homeInit);
        },
      );
      return;
    case 'chmod-script':
      yield* run(
        h,
        shell,
        { bin: BIN.chmod, argv0: 'chmod', args: ['+x', `${home}/deploy.sh`] },
        (p) => {
          p.fs.get(`${home}/deploy.sh`, homeInit);
          chmod(h, p, `${home}/deploy.sh`, 0o775);
        },
      );
      return;
    case 'install-binary':
      yield* sudo(
        h,
        shell,
        ['install', '-m', '0755', 'jq-linux-amd64', '/usr/local/bin/jq'],
        function* (s) {
          yield* run(
            h,
            s,
            {
              bin: { path: '/usr/bin/install', ...COREUTILS },
              argv0: 'install',
              args: ['-m', '0755', 'jq-linux-amd64', '/usr/local/bin/jq'],
            },
            (p) => {
              open(h, p, '/usr/local/bin/jq', {
                flags: O.create,
                create: 0o600,
                rule: 'pci_11_5_critical_binaries_open',
              });
              chmod(h, p, '/usr/local/bin/jq', 0o755, 'pci_11_5_critical_binaries_chmod');
            },
          );
        },
      );
      return;
    case 'kill-sleep': {
      const sleeper = h.spawn(shell, {
        bin: { path: '/usr/bin/sleep', ...COREUTILS },
        argv0: 'sleep',
        args: ['600'],
      });
      yield sec(2 + h.rng.int(20));
      signal(h, shell, 'SIGTERM', sleeper);
      yield waitMs(h, 0, 2);
      h.exit(sleeper, 15, 'SIGNALED');
      return;
    }
  }
}

/** An SSH login: privilege separation, user runtime dir, login shell, commands, logout. */
export function* sshSession(h: HostSim, forced?: readonly SessionCommand[]): Job {
  const user = h.rng.pick([USERS.alice, USERS.deploy, USERS.ubuntu]);
  const session = { id: user.user, group: user.group };
  const monitor = h.fork(h.daemon('sshd'), { session });
  yield waitMs(h, 30, 400);
  // systemd-logind starts user-runtime-dir@UID, which mounts the user's tmpfs.
  const systemd = h.daemon('systemd');
  yield* run(
    h,
    systemd,
    {
      bin: {
        path: '/usr/lib/systemd/systemd-user-runtime-dir',
        pkg: 'systemd',
        ver: '249.11-0ubuntu3.12',
      },
      argv0: '/lib/systemd/systemd-user-runtime-dir',
      args: ['start', String(user.uid)],
      envs: ENV.service,
    },
    (p) => {
      mount(h, p, {
        mountpoint: `/run/user/${user.uid}`,
        source: 'tmpfs',
        fsType: 'tmpfs',
        mountId: 600 + h.rng.int(400),
        parentMountId: 25,
        device: 40 + h.rng.int(20),
      });
    },
  );
  const tty = `pts/${h.rng.int(3)}`;
  const child = h.fork(monitor, { tty });
  setgid(h, child, user);
  yield waitMs(h, 0, 1);
  setuid(h, child, user);
  yield waitMs(h, 1, 5);
  const shell = h.spawn(child, { bin: BIN.bash, argv0: '-bash', envs: ENV.login });
  yield waitMs(h, 2, 8);
  open(h, shell, `/home/${user.user}/.bashrc`, { init: { owner: user } });
  const commands =
    forced ?? Array.from({ length: 1 + h.rng.int(4) }, () => h.rng.weighted(ROUTINE_COMMANDS));
  for (const command of commands) {
    yield sec(2 + h.rng.int(40));
    yield* sessionCommand(h, shell, user, command);
  }
  yield sec(1 + h.rng.int(20));
  h.exit(shell, 0);
  yield waitMs(h, 1, 5);
  h.exit(child, 0);
  h.exit(monitor, 0);
}

/** The session that was open when the run started on a CI host: a last command, then logout. */
export function* endOldSession(h: HostSim): Job {
  const shell = h.maybeDaemon('old-shell');
  const session = h.maybeDaemon('old-session');
  if (shell === undefined || session === undefined) return;
  yield* run(h, shell, { bin: BIN.ls, argv0: 'ls', args: ['-la'] }, (p) => {
    open(h, p, '/home/deploy', { flags: O.readDir, init: { owner: USERS.deploy, mode: MODE_DIR } });
  });
  yield sec(3 + h.rng.int(10));
  h.exit(shell, 0);
  yield waitMs(h, 1, 4);
  h.exit(session, 255);
  h.daemons.delete('old-shell');
  h.daemons.delete('old-session');
}

// ---- services ---------------------------------------------------------------------------------

const CHRONY_CAPS = [
  'CAP_DAC_OVERRIDE',
  'CAP_NET_BIND_SERVICE',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SYS_NICE',
  'CAP_SYS_RESOURCE',
  'CAP_SYS_TIME',
];

/** systemd restarts chrony: SIGTERM, exit, cgroup BPF, capability drop, exec, ld.so, bind. */
export function* serviceRestart(h: HostSim): Job {
  const systemd = h.daemon('systemd');
  const old = h.daemon('chronyd');
  signal(h, systemd, 'SIGTERM', old);
  yield waitMs(h, 5, 40);
  h.exit(old, 0);
  yield waitMs(h, 2, 10);
  bpfProgLoad(h, systemd, {
    name: 'sd_fw_ingress',
    programType: 'BPF_PROG_TYPE_CGROUP_SKB',
    attachType: 'BPF_CGROUP_INET_INGRESS',
    helpers: ['BPF_MAP_LOOKUP_ELEM', 'BPF_SKB_LOAD_BYTES_RELATIVE'],
  });
  yield waitMs(h, 1, 3);
  const dir = `/tmp/systemd-private-${h.rng.hex(32)}-chrony.service-${h.rng.hex(6)}`;
  mkdir(h, systemd, dir, 0o700);
  yield waitMs(h, 1, 3);
  const child = h.fork(systemd);
  capset(h, child, CHRONY_CAPS, CHRONY_CAPS);
  yield waitMs(h, 0, 2);
  h.exec(child, {
    bin: BIN.chronyd,
    argv0: '/usr/sbin/chronyd',
    args: ['-F', '1'],
    envs: ENV.service,
  });
  yield waitMs(h, 0, 2);
  mmap(h, child, {
    path: LIBC,
    init: LIBC_INIT,
    length: 0x195000,
    offset: 0x28000,
    protection: 'PROT_EXEC | PROT_READ',
    flags: 'MAP_DENYWRITE | MAP_FIXED | MAP_PRIVATE',
  });
  yield waitMs(h, 0, 2);
  mprotect(h, child, 0x4000, 'PROT_READ | PROT_WRITE', 'PROT_READ');
  yield waitMs(h, 2, 8);
  bind(h, child, '127.0.0.1', 323, 'UDP');
  bind(h, child, '::1', 323, 'UDP');
  yield waitMs(h, 1, 4);
  setgid(h, child, USERS.chrony);
  setuid(h, child, USERS.chrony);
  yield waitMs(h, 2, 20);
  open(h, child, '/var/lib/chrony/chrony.drift', { init: { owner: USERS.chrony } });
  h.daemons.set('chronyd', child);
}

const AGENT_DOMAINS = [
  'intake.logs.datadoghq.com',
  'process.datadoghq.com',
  '7-45-0-app.agent.datadoghq.com',
  'orchestrator.datadoghq.com',
];

/** The Datadog agent resolving its intake, reading config, or system-probe creating a map. */
export function* agentChecks(h: HostSim, forceDns = false): Job {
  const r = forceDns ? 0 : h.rng.next();
  if (r < 0.5) {
    dns(h, h.daemon('agent'), h.rng.pick(AGENT_DOMAINS));
  } else if (r < 0.85) {
    open(
      h,
      h.daemon('agent'),
      h.rng.pick([
        '/etc/datadog-agent/datadog.yaml',
        '/proc/1/cgroup',
        '/etc/datadog-agent/conf.d/process.d/conf.yaml',
      ]),
      {
        init: { owner: USERS.ddAgent },
      },
    );
  } else {
    bpfMapCreate(
      h,
      h.daemon('system-probe'),
      h.rng.pick(['conn_stats', 'tcp_stats', 'port_bindings', 'pending_bind']),
      'BPF_MAP_TYPE_HASH',
    );
  }
  yield 0;
}

const MODULES = [
  { name: 'xt_conntrack', dir: 'net/netfilter' },
  { name: 'nf_conntrack_netlink', dir: 'net/netfilter' },
  { name: 'overlay', dir: 'fs/overlayfs' },
  { name: 'veth', dir: 'drivers/net' },
];

/** udev runs modprobe, which loads a kernel module from disk. */
export function* udevModprobe(h: HostSim): Job {
  const mod = h.rng.pick(MODULES);
  yield* run(
    h,
    h.daemon('udevd'),
    { bin: BIN.modprobe, argv0: '/sbin/modprobe', args: ['-bv', mod.name], envs: ENV.service },
    (p) => {
      loadModule(
        h,
        p,
        mod.name,
        `/lib/modules/${h.kernel}/kernel/${mod.dir}/${mod.name}.ko`,
        'kernel_module_load',
        `linux-modules-${h.kernel}`,
      );
    },
  );
}

/** systemd-tmpfiles --clean removes stale temporary directories and files. */
export function* tmpfilesClean(h: HostSim): Job {
  yield* run(
    h,
    h.daemon('systemd'),
    {
      bin: { path: '/usr/bin/systemd-tmpfiles', pkg: 'systemd', ver: '249.11-0ubuntu3.12' },
      argv0: 'systemd-tmpfiles',
      args: ['--clean'],
      envs: ENV.service,
    },
    function* (p) {
      const stale = `/tmp/tmp.${h.rng.hex(10)}`;
      p.fs.get(stale, { mode: MODE_DIR, owner: USERS.deploy });
      rmdir(h, p, stale);
      yield waitMs(h, 0, 3);
      unlink(h, p, `/var/tmp/sess_${h.rng.hex(26)}`, 'fim_unlink', {
        owner: USERS.wwwData,
        mode: S_IFREG | 0o600,
      });
    },
  );
}

/** A package upgrade: apt downloads, dpkg replaces /usr/bin/curl, ping's postinst sets a capability. */
export function* dpkgUpgrade(h: HostSim): Job {
  const sh = h.spawn(h.daemon('systemd'), {
    bin: BIN.sh,
    argv0: '/bin/sh',
    args: ['/usr/lib/apt/apt.systemd.daily', 'install'],
    envs: ENV.service,
  });
  yield waitMs(h, 5, 20);
  yield* run(
    h,
    sh,
    { bin: BIN.aptGet, argv0: 'apt-get', args: ['-qq', '-y', 'upgrade'] },
    function* (apt) {
      yield* run(
        h,
        apt,
        { bin: BIN.aptHttp, argv0: '/usr/lib/apt/methods/http' },
        function* (http) {
          dns(h, http, 'security.ubuntu.com');
          yield waitMs(h, 50, 400);
          const partial =
            '/var/lib/apt/lists/partial/security.ubuntu.com_ubuntu_dists_jammy-security_InRelease';
          open(h, http, partial, { flags: O.create, create: 0o644 });
          yield waitMs(h, 100, 900);
          rename(
            h,
            http,
            partial,
            '/var/lib/apt/lists/security.ubuntu.com_ubuntu_dists_jammy-security_InRelease',
          );
        },
      );
      yield waitMs(h, 100, 2000);
      yield* run(
        h,
        apt,
        {
          bin: BIN.dpkg,
          argv0: '/usr/bin/dpkg',
          args: ['--status-fd', '35', '--configure', '--pending'],
        },
        function* (dpkg) {
          const target = '/usr/bin/curl';
          open(h, dpkg, `${target}.dpkg-new`, {
            flags: ['O_CREAT', 'O_EXCL', 'O_WRONLY'],
            create: 0o644,
          });
          yield waitMs(h, 1, 10);
          chmod(h, dpkg, `${target}.dpkg-new`, 0o755);
          utimes(h, dpkg, `${target}.dpkg-new`, h.sim.now - sec(86_400 * 12));
          yield waitMs(h, 1, 5);
          link(h, dpkg, target, `${target}.dpkg-tmp`);
          rename(h, dpkg, `${target}.dpkg-new`, target);
          yield waitMs(h, 1, 5);
          unlink(h, dpkg, `${target}.dpkg-tmp`);
          yield waitMs(h, 50, 300);
          yield* run(
            h,
            dpkg,
            { bin: BIN.setcap, argv0: 'setcap', args: ['cap_net_raw+p', '/usr/bin/ping'] },
            (p) => {
              p.fs.get('/usr/bin/ping', {
                mode: MODE_EXEC,
                pkg: 'iputils-ping',
                ver: '3:20211215-1',
              });
              setxattr(h, p, '/usr/bin/ping', 'security.capability');
            },
          );
        },
      );
    },
  );
  yield waitMs(h, 5, 20);
  h.exit(sh, 0);
}

/** Session commands by the event type they are guaranteed to produce. */
export const SESSION_FOR = {
  setxattr: 'setcap',
  removexattr: 'setfattr-remove',
  selinux: 'selinux',
  ptrace: 'strace',
  unload_module: 'rmmod',
  mkdir: 'mkdir-rmdir',
  link: 'ln',
  mount: 'ls',
} as const satisfies Record<string, SessionCommand>;
