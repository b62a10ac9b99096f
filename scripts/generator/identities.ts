/**
 * Users, groups and capability sets of the simulated hosts, and the credential objects built
 * from them (shared, read-only).
 */
import type { CredentialsJson } from './types';

export interface Identity {
  readonly uid: number;
  readonly user: string;
  readonly gid: number;
  readonly group: string;
}

export const USERS = {
  root: { uid: 0, user: 'root', gid: 0, group: 'root' },
  daemon: { uid: 1, user: 'daemon', gid: 1, group: 'daemon' },
  wwwData: { uid: 33, user: 'www-data', gid: 33, group: 'www-data' },
  nginx: { uid: 101, user: 'nginx', gid: 101, group: 'nginx' },
  resolve: { uid: 101, user: 'systemd-resolve', gid: 103, group: 'systemd-resolve' },
  syslog: { uid: 104, user: 'syslog', gid: 110, group: 'syslog' },
  chrony: { uid: 115, user: '_chrony', gid: 121, group: '_chrony' },
  postgres: { uid: 113, user: 'postgres', gid: 119, group: 'postgres' },
  node: { uid: 1000, user: 'node', gid: 1000, group: 'node' },
  ubuntu: { uid: 1000, user: 'ubuntu', gid: 1000, group: 'ubuntu' },
  alice: { uid: 1001, user: 'alice', gid: 1001, group: 'alice' },
  deploy: { uid: 1002, user: 'deploy', gid: 1002, group: 'deploy' },
  gitlabRunner: { uid: 998, user: 'gitlab-runner', gid: 998, group: 'gitlab-runner' },
  ddAgent: { uid: 997, user: 'dd-agent', gid: 997, group: 'dd-agent' },
} as const satisfies Record<string, Identity>;

/** Group-only identities used for files. */
export const GROUPS = {
  shadow: { gid: 42, group: 'shadow' },
  adm: { gid: 4, group: 'adm' },
  crontab: { gid: 105, group: 'crontab' },
} as const;

export const ALL_CAPS: readonly string[] = [
  'CAP_AUDIT_CONTROL',
  'CAP_AUDIT_READ',
  'CAP_AUDIT_WRITE',
  'CAP_BLOCK_SUSPEND',
  'CAP_BPF',
  'CAP_CHECKPOINT_RESTORE',
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_DAC_READ_SEARCH',
  'CAP_FOWNER',
  'CAP_FSETID',
  'CAP_IPC_LOCK',
  'CAP_IPC_OWNER',
  'CAP_KILL',
  'CAP_LEASE',
  'CAP_LINUX_IMMUTABLE',
  'CAP_MAC_ADMIN',
  'CAP_MAC_OVERRIDE',
  'CAP_MKNOD',
  'CAP_NET_ADMIN',
  'CAP_NET_BIND_SERVICE',
  'CAP_NET_BROADCAST',
  'CAP_NET_RAW',
  'CAP_PERFMON',
  'CAP_SETFCAP',
  'CAP_SETGID',
  'CAP_SETPCAP',
  'CAP_SETUID',
  'CAP_SYSLOG',
  'CAP_SYS_ADMIN',
  'CAP_SYS_BOOT',
  'CAP_SYS_CHROOT',
  'CAP_SYS_MODULE',
  'CAP_SYS_NICE',
  'CAP_SYS_PACCT',
  'CAP_SYS_PTRACE',
  'CAP_SYS_RAWIO',
  'CAP_SYS_RESOURCE',
  'CAP_SYS_TIME',
  'CAP_SYS_TTY_CONFIG',
  'CAP_WAKE_ALARM',
];

/** Docker/containerd default capability set. */
export const CONTAINER_CAPS: readonly string[] = [
  'CAP_AUDIT_WRITE',
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_FOWNER',
  'CAP_FSETID',
  'CAP_KILL',
  'CAP_MKNOD',
  'CAP_NET_BIND_SERVICE',
  'CAP_NET_RAW',
  'CAP_SETFCAP',
  'CAP_SETGID',
  'CAP_SETPCAP',
  'CAP_SETUID',
  'CAP_SYS_CHROOT',
];

export const NO_CAPS: readonly string[] = [];

export type CapSet = 'all' | 'container' | 'none';

export function capsOf(set: CapSet): readonly string[] {
  return set === 'all' ? ALL_CAPS : set === 'container' ? CONTAINER_CAPS : NO_CAPS;
}

const credentialCache = new Map<string, CredentialsJson>();

/** Credentials of a process running as `who` (real = effective = fs ids). Shared objects. */
export function credentialsOf(who: Identity, caps: CapSet): CredentialsJson {
  const key = `${who.uid}:${who.gid}:${who.user}:${caps}`;
  let creds = credentialCache.get(key);
  if (creds === undefined) {
    const list = capsOf(caps);
    creds = {
      uid: who.uid,
      user: who.user,
      gid: who.gid,
      group: who.group,
      euid: who.uid,
      euser: who.user,
      egid: who.gid,
      egroup: who.group,
      fsuid: who.uid,
      fsuser: who.user,
      fsgid: who.gid,
      fsgroup: who.group,
      cap_effective: list,
      cap_permitted: list,
    };
    credentialCache.set(key, creds);
  }
  return creds;
}
