/**
 * The simulated fleet: host names and roles (`web-1`, `web-2`, `db-1`, `ci-runner-1`, ...), and
 * the process table each host has when the run starts — systemd as pid 1, the usual daemons,
 * and per role nginx/app containers, postgres, or a CI runner. Hosts cloned from one image boot
 * the same way, so they share pids.
 */
import type { Fleet } from './agents';
import { linuxAgent } from './agents';
import { BIN } from './binaries';
import { createContainer } from './containers';
import { ENV } from './environments';
import { HostSim } from './host-sim';
import type { Role } from './host-sim';
import { USERS, credentialsOf } from './identities';
import type { Proc } from './process';
import { KERNEL_VERSION } from './rules';
import type { Sim } from './sim';
import { NS_PER_DAY, NS_PER_H, NS_PER_MIN, NS_PER_S } from './time-format';

const ROLE_CYCLE: readonly Role[] = ['web', 'web', 'db', 'ci'];
const ROLE_PREFIX: Record<Role, string> = { web: 'web', db: 'db', ci: 'ci-runner' };

export function hostNames(count: number): { name: string; role: Role }[] {
  const seen: Record<Role, number> = { web: 0, db: 0, ci: 0 };
  const out: { name: string; role: Role }[] = [];
  for (let i = 0; i < count; i++) {
    const role = ROLE_CYCLE[i % ROLE_CYCLE.length] as Role;
    seen[role] += 1;
    out.push({ name: `${ROLE_PREFIX[role]}-${seen[role]}`, role });
  }
  return out;
}

/** Pid offset of a daemon on hosts that did not boot exactly like the web image. */
function drift(role: Role, amount: number): number {
  return role === 'web' ? 0 : amount;
}

function bootCommon(h: HostSim, boot: number): Proc {
  const role = h.role;
  const at = (seconds: number) => boot + seconds * NS_PER_S + h.rng.int(NS_PER_S);
  const systemd = h.boot(
    undefined,
    1,
    { bin: BIN.systemd, argv0: '/sbin/init', envs: ENV.boot },
    boot,
  );
  h.daemons.set('systemd', systemd);
  const service = (
    name: string,
    pid: number,
    spec: Parameters<HostSim['boot']>[2],
    seconds: number,
  ) => {
    h.daemons.set(name, h.boot(systemd, pid, { envs: ENV.service, ...spec }, at(seconds)));
  };
  service('journald', 372, { bin: BIN.journald }, 2);
  service('udevd', 405 + drift(role, 2), { bin: BIN.udevd }, 3);
  service('resolved', 589 + drift(role, 3), { bin: BIN.resolved, user: USERS.resolve }, 5);
  service('logind', 640 + drift(role, 3), { bin: BIN.logind }, 5);
  service('cron', 662 + drift(role, 5), { bin: BIN.cron, args: ['-f', '-P'] }, 6);
  service(
    'rsyslogd',
    668 + drift(role, 5),
    { bin: BIN.rsyslogd, args: ['-n', '-iNONE'], user: USERS.syslog },
    6,
  );
  service(
    'chronyd',
    702 + drift(role, 6),
    { bin: BIN.chronyd, args: ['-F', '1'], user: USERS.chrony },
    7,
  );
  service(
    'sshd',
    788 + drift(role, 9),
    {
      bin: BIN.sshd,
      args: ['-D'],
      argv0: 'sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups',
    },
    8,
  );
  service('containerd', 805 + drift(role, 9), { bin: BIN.containerd }, 9);
  service(
    'agent',
    1017 + drift(role, 14),
    {
      bin: BIN.ddAgent,
      args: ['run', '-p', '/opt/datadog-agent/run/agent.pid'],
      envs: ENV.agent,
      user: USERS.ddAgent,
    },
    14,
  );
  service(
    'system-probe',
    1021 + drift(role, 14),
    {
      bin: BIN.systemProbe,
      args: [
        'run',
        '--config=/etc/datadog-agent/system-probe.yaml',
        '--pid=/opt/datadog-agent/run/system-probe.pid',
      ],
      envs: ENV.agent,
    },
    14,
  );
  service(
    'security-agent',
    1024 + drift(role, 14),
    {
      bin: BIN.securityAgent,
      args: [
        '-c',
        '/etc/datadog-agent/datadog.yaml',
        '--pidfile',
        '/opt/datadog-agent/run/security-agent.pid',
      ],
      envs: ENV.agent,
    },
    15,
  );
  return systemd;
}

function bootWeb(h: HostSim, systemd: Proc, boot: number): void {
  const started = boot + 40 * NS_PER_S;
  const nginxC = createContainer(h, {
    image: 'nginx',
    tag: '1.25.3',
    name: 'web-nginx-1',
    service: 'nginx',
    createdNs: started,
  });
  const shim = h.boot(
    systemd,
    2291,
    {
      bin: BIN.shim,
      args: [
        '-namespace',
        'moby',
        '-id',
        nginxC.json.id,
        '-address',
        '/run/containerd/containerd.sock',
      ],
      envs: ENV.service,
    },
    started,
  );
  const master = h.boot(
    shim,
    2313,
    {
      bin: BIN.cNginx,
      argv0: 'nginx',
      args: ['-g', 'daemon off;'],
      envs: ENV.nginx,
      caps: 'container',
    },
    started + 80 * 1e6,
    { container: nginxC, traced: true },
  );
  h.daemons.set('nginx', master);
  for (const [i, pid] of [2358, 2359].entries()) {
    const worker = h.boot(master, pid, { bin: BIN.cNginx }, started + 95 * 1e6 + i * 1e5, {
      thread: true,
    });
    worker.creds = credentialsOf(USERS.nginx, 'none');
    h.daemons.set(`nginx-worker-${i}`, worker);
  }
  const appStarted = started + 12 * NS_PER_S;
  const appC = createContainer(h, {
    image: 'registry.example.com/shop/checkout-api',
    tag: 'v2.14.1',
    name: 'checkout-api-1',
    service: 'checkout-api',
    createdNs: appStarted,
  });
  const appShim = h.boot(
    systemd,
    2420,
    {
      bin: BIN.shim,
      args: [
        '-namespace',
        'moby',
        '-id',
        appC.json.id,
        '-address',
        '/run/containerd/containerd.sock',
      ],
      envs: ENV.service,
    },
    appStarted,
  );
  h.daemons.set(
    'node',
    h.boot(
      appShim,
      2442,
      {
        bin: BIN.cNode,
        argv0: 'node',
        args: ['dist/server.js'],
        envs: ENV.node,
        user: USERS.node,
      },
      appStarted + 60 * 1e6,
      { container: appC, traced: true },
    ),
  );
}

function bootDb(h: HostSim, systemd: Proc, boot: number): void {
  const started = boot + 20 * NS_PER_S;
  const postgres = h.boot(
    systemd,
    911,
    {
      bin: BIN.postgres,
      args: [
        '-D',
        '/var/lib/postgresql/15/main',
        '-c',
        'config_file=/etc/postgresql/15/main/postgresql.conf',
      ],
      envs: ENV.postgres,
      user: USERS.postgres,
    },
    started,
    { service: 'postgres' },
  );
  h.daemons.set('postgres', postgres);
  const helpers = ['checkpointer', 'bgwriter', 'walwriter', 'autovacuum', 'logical-replication'];
  helpers.forEach((name, i) => {
    h.daemons.set(
      `postgres-${name}`,
      h.boot(postgres, 934 + i, { bin: BIN.postgres }, started + (i + 1) * 3e6, { thread: true }),
    );
  });
}

function bootCi(h: HostSim, systemd: Proc, boot: number): void {
  h.daemons.set(
    'dockerd',
    h.boot(
      systemd,
      870,
      {
        bin: BIN.dockerd,
        args: ['-H', 'fd://', '--containerd=/run/containerd/containerd.sock'],
        envs: ENV.service,
      },
      boot + 12 * NS_PER_S,
    ),
  );
  h.daemons.set(
    'gitlab-runner',
    h.boot(
      systemd,
      901,
      {
        bin: BIN.gitlabRunner,
        args: [
          'run',
          '--working-directory',
          '/home/gitlab-runner',
          '--config',
          '/etc/gitlab-runner/config.toml',
          '--service',
          'gitlab-runner',
          '--user',
          'gitlab-runner',
        ],
        envs: ENV.runner,
      },
      boot + 15 * NS_PER_S,
      { service: 'gitlab-runner' },
    ),
  );
  // An interactive session opened a while ago, right after the pid counter last wrapped; it
  // ends early in the run and its pids are handed out again once the counter wraps anew.
  const sshd = h.daemon('sshd');
  const loginNs = -3 * NS_PER_H - h.rng.int(30) * NS_PER_MIN;
  const session = { id: USERS.deploy.user, group: USERS.deploy.group };
  const sessionProc = h.boot(sshd, 314, { bin: BIN.sshd }, loginNs, {
    thread: true,
    session,
    tty: 'pts/0',
  });
  sessionProc.creds = credentialsOf(USERS.deploy, 'none');
  sessionProc.argv0 = 'sshd: deploy@pts/0';
  h.daemons.set('old-session', sessionProc);
  h.daemons.set(
    'old-shell',
    h.boot(
      sessionProc,
      321,
      { bin: BIN.bash, argv0: '-bash', envs: ENV.login, user: USERS.deploy },
      loginNs + 200 * 1e6,
    ),
  );
}

/** Creates the hosts of a run with their process tables as of the start of the run. */
export function createHosts(sim: Sim, count: number, fleet: Fleet = 'seed'): HostSim[] {
  return hostNames(Math.max(1, count)).map(({ name, role }, index) => {
    const days = role === 'web' ? 23 : role === 'db' ? 61 : 9;
    const bootNs = -days * NS_PER_DAY + (index % 2) * 2 * NS_PER_H - sim.rng.int(NS_PER_H);
    const h = new HostSim(sim, {
      name,
      role,
      index,
      bootNs,
      kernel: KERNEL_VERSION,
      agent: linuxAgent(fleet, index),
      nextPid:
        role === 'ci'
          ? 32741
          : role === 'db'
            ? 90_000 + sim.rng.int(5000)
            : 180_000 + sim.rng.int(20_000),
      pidMax: role === 'ci' ? 32768 : 4_194_304,
    });
    const systemd = bootCommon(h, bootNs);
    if (role === 'web') bootWeb(h, systemd, bootNs);
    else if (role === 'db') bootDb(h, systemd, bootNs);
    else bootCi(h, systemd, bootNs);
    return h;
  });
}
