/**
 * Process activity events other than exec/exit: credential changes (setuid, setgid, capset,
 * reported in `process.credentials.destination`), signals and ptrace requests (which embed the
 * target's process context).
 */
import type { HostSim, Outcome } from './host-sim';
import type { Identity } from './identities';
import { capsOf } from './identities';
import type { Proc } from './process';
import type { RuleId } from './rules';
import type { CredentialsJson, ProcessContextJson } from './types';

function withDestination(p: Proc, destination: Record<string, unknown>): ProcessContextJson {
  const ctx = p.context();
  const credentials = { ...(ctx.credentials as CredentialsJson), destination };
  return { ...ctx, credentials };
}

/** setuid/setresuid to `to`; root keeps its capabilities, anybody else loses them. */
export function setuid(
  h: HostSim,
  p: Proc,
  to: Identity,
  rule: RuleId = 'credentials_change',
): void {
  const body = h.begin(p, 'setuid', rule);
  h.commit(
    p,
    body,
    withDestination(p, {
      uid: to.uid,
      user: to.user,
      euid: to.uid,
      euser: to.user,
      fsuid: to.uid,
      fsuser: to.user,
    }),
  );
  const caps =
    to.uid === 0 ? capsOf(p.container === undefined ? 'all' : 'container') : capsOf('none');
  p.creds = {
    ...p.creds,
    uid: to.uid,
    user: to.user,
    euid: to.uid,
    euser: to.user,
    fsuid: to.uid,
    fsuser: to.user,
    cap_effective: caps,
    cap_permitted: caps,
  };
  p.invalidate();
}

export function setgid(
  h: HostSim,
  p: Proc,
  to: Identity,
  rule: RuleId = 'credentials_change',
): void {
  const body = h.begin(p, 'setgid', rule);
  h.commit(
    p,
    body,
    withDestination(p, {
      gid: to.gid,
      group: to.group,
      egid: to.gid,
      egroup: to.group,
      fsgid: to.gid,
      fsgroup: to.group,
    }),
  );
  p.creds = {
    ...p.creds,
    gid: to.gid,
    group: to.group,
    egid: to.gid,
    egroup: to.group,
    fsgid: to.gid,
    fsgroup: to.group,
  };
  p.invalidate();
}

export function capset(
  h: HostSim,
  p: Proc,
  effective: readonly string[],
  permitted: readonly string[],
  rule: RuleId = 'capabilities_change',
): void {
  const body = h.begin(p, 'capset', rule);
  h.commit(p, body, withDestination(p, { cap_effective: effective, cap_permitted: permitted }));
  p.creds = { ...p.creds, cap_effective: effective, cap_permitted: permitted };
  p.invalidate();
}

export function signal(
  h: HostSim,
  p: Proc,
  type: string,
  target: Proc,
  rule: RuleId = 'signal_audit',
  outcome: Outcome = 'Success',
): void {
  const body = h.begin(p, 'signal', rule, outcome);
  body['signal'] = { type, pid: target.pid, target: h.contextOf(target) };
  h.commit(p, body);
}

export function ptrace(
  h: HostSim,
  p: Proc,
  request: string,
  tracee: Proc,
  address = '0x0',
  rule: RuleId = 'ptrace_audit',
): void {
  const body = h.begin(p, 'ptrace', rule);
  body['ptrace'] = { request, address, tracee: h.contextOf(tracee) };
  h.commit(p, body);
}
