/**
 * Routine activity that only modern Linux agents report: nginx and PostgreSQL accepting
 * connections, the checkout API connecting to its database and fetching its AWS role
 * credentials from the instance metadata service (IMDSv2), a CI job using the AWS CLI, a
 * kernel parameter tuned with `sysctl -w`, and the capabilities long-running daemons used.
 * Each job only runs on hosts whose agent reports its event type (`modernJobs`).
 */
import type { AgentProfile } from './agents';
import { since } from './agents';
import { BIN } from './binaries';
import { accept, capabilities, connect, imds, sysctl } from './events-modern';
import type { Peer } from './events-modern';
import { hostIpAt } from './events-network';
import { ENV } from './environments';
import type { HostSim, Role } from './host-sim';
import type { Proc } from './process';
import type { Job } from './sim';
import { run, waitMs } from './job-helpers';

type JobFactory = (h: HostSim) => Job;

/** Documentation addresses (RFC 5737) standing in for the shop's visitors. */
function visitor(h: HostSim): Peer {
  const net = h.rng.pick(['203.0.113', '198.51.100', '192.0.2']);
  return { ip: `${net}.${1 + h.rng.int(254)}`, port: 1024 + h.rng.int(64000) };
}

function liveWorker(h: HostSim): Proc | undefined {
  const workers = [h.maybeDaemon('nginx-worker-0'), h.maybeDaemon('nginx-worker-1')];
  const alive = workers.filter((w): w is Proc => w !== undefined && w.alive);
  return alive.length > 0 ? h.rng.pick(alive) : undefined;
}

/** An nginx worker accepts a visitor's connection on port 443. */
export function* httpAccept(h: HostSim): Job {
  const worker = liveWorker(h);
  if (worker !== undefined) accept(h, worker, visitor(h));
  yield 0;
}

/** Where the checkout API connects: its database on db-1 (the fleet's third host), or Stripe. */
const API_PEERS: readonly Peer[] = [
  { ip: hostIpAt(2), port: 5432, hostnames: ['db-1.internal'] },
  { ip: '54.187.216.72', port: 443, hostnames: ['api.stripe.com'] },
];

/** The checkout API opens a connection. */
export function* apiConnect(h: HostSim): Job {
  connect(h, h.daemon('node'), h.rng.pick(API_PEERS));
  yield 0;
}

/** The postmaster accepts a connection from one of the web hosts. */
export function* pgAccept(h: HostSim): Job {
  const from = hostIpAt(h.rng.int(2));
  accept(h, h.daemon('postgres'), {
    ip: from,
    port: 32768 + h.rng.int(28000),
    hostnames: [from === hostIpAt(0) ? 'web-1.internal' : 'web-2.internal'],
  });
  yield 0;
}

const SDK_AGENT = 'aws-sdk-js/3.614.0 ua/2.1 os/linux#5.15.0-1051-aws lang/js md/nodejs#20.11.1';
const CLI_AGENT =
  'aws-cli/2.15.30 md/awscrt#0.19.19 ua/2.0 os/linux#5.15.0-1051-aws md/arch#x86_64';

/** The IMDSv2 credentials dance: token, role name, the role's temporary credentials. */
function* fetchCredentials(
  h: HostSim,
  p: Proc,
  userAgent: string,
  role: string,
): Generator<number> {
  imds(h, p, { type: 'request', url: '/latest/api/token', userAgent, v2: true });
  yield waitMs(h, 1, 4);
  const listing = '/latest/meta-data/iam/security-credentials/';
  imds(h, p, { type: 'request', url: listing, userAgent, v2: true });
  yield waitMs(h, 1, 4);
  imds(h, p, { type: 'request', url: `${listing}${role}`, userAgent, v2: true });
  yield waitMs(h, 1, 3);
  const issued = h.sim.fmt.format(h.sim.now - 1800 * 1e9).replace(/\.\d+Z$/, 'Z');
  const expires = h.sim.fmt.format(h.sim.now + 4 * 3600 * 1e9).replace(/\.\d+Z$/, 'Z');
  imds(h, p, {
    type: 'response',
    url: `${listing}${role}`,
    userAgent,
    v2: true,
    credentials: {
      accessKeyId: `ASIA${h.rng.hex(16).toUpperCase()}`,
      lastUpdated: issued,
      expiration: expires,
    },
  });
}

/** The checkout API's AWS SDK refreshes its role credentials. */
export function* apiCredentials(h: HostSim): Job {
  yield* fetchCredentials(h, h.daemon('node'), SDK_AGENT, 'checkout-api');
}

/**
 * A CI job logs in to the container registry with the AWS CLI (instance role credentials);
 * part of every pipeline on hosts whose agent reports IMDS requests (`ciPipeline`).
 */
export function* ciRegistryLogin(h: HostSim): Job {
  yield* run(
    h,
    h.daemon('gitlab-runner'),
    { bin: BIN.aws, argv0: 'aws', args: ['ecr', 'get-login-password', '--region', 'us-east-1'] },
    (p) => fetchCredentials(h, p, CLI_AGENT, 'ci-runner'),
    { fork: { service: 'gitlab-runner' } },
  );
}

const SYSCTLS: readonly (readonly [string, string, string])[] = [
  ['vm/max_map_count', '262144', '65530'],
  ['net/core/somaxconn', '4096', '4096'],
  ['net/ipv4/tcp_keepalive_time', '600', '7200'],
];

/** An administrator's tuning script sets a kernel parameter with `sysctl -w`. */
export function* sysctlTune(h: HostSim): Job {
  const [name, value, old] = h.rng.pick(SYSCTLS);
  yield* run(
    h,
    h.daemon('cron'),
    { bin: BIN.sysctl, args: ['-w', `${name.replaceAll('/', '.')}=${value}`], envs: ENV.cron },
    (p) => {
      sysctl(h, p, name, value, old);
    },
  );
}

/** Capabilities each daemon uses (and tries without success), by role name. */
const DAEMON_CAPS: readonly (readonly [string, readonly string[], readonly string[]])[] = [
  ['nginx', ['CAP_NET_BIND_SERVICE', 'CAP_SETGID', 'CAP_SETUID'], []],
  ['chronyd', ['CAP_NET_BIND_SERVICE', 'CAP_SYS_TIME'], []],
  ['systemd', ['CAP_DAC_OVERRIDE', 'CAP_KILL', 'CAP_SYS_ADMIN'], []],
  ['postgres', [], ['CAP_SYS_RESOURCE']],
];

/** The agent reports the capabilities a long-running daemon used since it started. */
export function* capabilitiesReport(h: HostSim): Job {
  const known = DAEMON_CAPS.filter(([name]) => h.maybeDaemon(name)?.alive === true);
  if (known.length > 0) {
    const [name, used, attempted] = h.rng.pick(known);
    capabilities(h, h.daemon(name), used, attempted);
  }
  yield 0;
}

/** Jobs (with weights) that a host of `role` adds when its agent reports their event types. */
export function modernJobs(role: Role, agent: AgentProfile): [JobFactory, number][] {
  const jobs: [JobFactory, number][] = [];
  if (role === 'web') {
    if (since(agent, 63)) jobs.push([httpAccept, 8]);
    if (since(agent, 60)) jobs.push([apiConnect, 6]);
    if (since(agent, 55)) jobs.push([apiCredentials, 0.6]);
  } else if (role === 'db') {
    if (since(agent, 63)) jobs.push([pgAccept, 8]);
  }
  if (since(agent, 65)) jobs.push([sysctlTune, 1]);
  if (since(agent, 70)) jobs.push([capabilitiesReport, 1]);
  return jobs;
}
