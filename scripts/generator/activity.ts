/**
 * What each host does over time: a per-host loop that starts routine jobs with role-specific
 * weights, and coverage jobs — one job per event type, each guaranteed to produce that type —
 * that the generator starts in rotation so that every event type shows up in any run of a few
 * thousand events.
 */
import type { HostSim, Role } from './host-sim';
import { NS_PER_S } from './time-format';
import type { Job } from './sim';
import type { EventType } from './types';
import { modernJobs } from './jobs-modern';
import {
  SESSION_FOR,
  agentChecks,
  cronDaily,
  cronUserJob,
  dpkgUpgrade,
  journalExport,
  serviceRestart,
  sshSession,
  tmpfilesClean,
  udevModprobe,
} from './jobs-system';
import {
  apiRequest,
  autovacuum,
  ciPipeline,
  nginxReload,
  nginxRequest,
  pgBackup,
  pgCheckpoint,
  postgresBackend,
} from './jobs-workloads';

type JobFactory = (h: HostSim) => Job;

const COMMON: readonly (readonly [JobFactory, number])[] = [
  [cronUserJob, 1],
  [cronDaily, 0.4],
  [journalExport, 0.5],
  [(h) => sshSession(h), 1],
  [(h) => agentChecks(h), 10],
  [serviceRestart, 0.15],
  [udevModprobe, 0.15],
  [tmpfilesClean, 0.5],
  [dpkgUpgrade, 0.1],
];

const BY_ROLE: Record<Role, readonly (readonly [JobFactory, number])[]> = {
  web: [...COMMON, [nginxRequest, 40], [apiRequest, 25], [nginxReload, 0.2]],
  db: [...COMMON, [postgresBackend, 25], [pgCheckpoint, 6], [autovacuum, 5], [pgBackup, 0.3]],
  ci: [...COMMON, [ciPipeline, 3]],
};

/** Mean time between routine job starts per host role. */
const MEAN_GAP_NS: Record<Role, number> = {
  web: 12 * NS_PER_S,
  db: 20 * NS_PER_S,
  ci: 90 * NS_PER_S,
};

/** Starts routine jobs on `h` forever (with those of the event types its agent adds). */
export function* hostActivity(h: HostSim): Job {
  const added = modernJobs(h.role, h.agent);
  const jobs = added.length === 0 ? BY_ROLE[h.role] : [...BY_ROLE[h.role], ...added];
  for (;;) {
    yield h.rng.exp(MEAN_GAP_NS[h.role]);
    h.sim.schedule(h.rng.weighted(jobs)(h), 0);
  }
}

/** A job guaranteed to emit at least one event of `type` on `h`. */
export function coverageJob(type: EventType, h: HostSim): Job {
  switch (type) {
    case 'exec':
    case 'exit':
    case 'open':
    case 'setuid':
    case 'setgid':
      return cronUserJob(h);
    case 'chmod':
    case 'chown':
    case 'rename':
    case 'unlink':
    case 'utimes':
    case 'signal':
      return cronDaily(h);
    case 'link':
    case 'setxattr':
    case 'removexattr':
    case 'selinux':
    case 'ptrace':
    case 'unload_module':
    case 'mkdir':
    case 'mount':
      return sshSession(h, [SESSION_FOR[type]]);
    case 'rmdir':
      return tmpfilesClean(h);
    case 'capset':
    case 'bpf':
    case 'mmap':
    case 'mprotect':
    case 'bind':
      return serviceRestart(h);
    case 'load_module':
      return udevModprobe(h);
    case 'dns':
      return agentChecks(h, true);
    case 'splice':
      return journalExport(h);
  }
}

/** Preferred host role for a coverage job of `type`. */
export function preferredRole(type: EventType): Role | undefined {
  return type === 'selinux' ? 'db' : undefined;
}
