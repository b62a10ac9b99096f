/**
 * Event types that Linux agents after the seed's time add: outgoing connections (`connect`,
 * 7.60), accepted connections (`accept`, 7.63), cloud metadata requests (`imds`, 7.55), kernel
 * parameter changes (`sysctl`, 7.65) and capability usage (`capabilities`, 7.70). Each section
 * carries the fields of the host agent's release (`ConnectEvent.protocol` from 7.61,
 * `hostnames` from 7.65, the network context's `network_direction` from 7.63), as in the
 * published schema of that release.
 */
import { since } from './agents';
import { device, sourceIp } from './events-network';
import type { HostSim } from './host-sim';
import type { Proc } from './process';
import type { RuleId } from './rules';

export interface Peer {
  readonly ip: string;
  readonly port: number;
  /** Names the agent resolved for the address (from its DNS cache). */
  readonly hostnames?: readonly string[];
}

function addr(peer: Peer) {
  return { family: peer.ip.includes(':') ? 'AF_INET6' : 'AF_INET', ip: peer.ip, port: peer.port };
}

/** `p` connects to `to` (TCP). */
export function connect(h: HostSim, p: Proc, to: Peer, rule: RuleId = 'connect_audit'): void {
  const body = h.begin(p, 'connect', rule);
  const section: Record<string, unknown> = { addr: addr(to) };
  if (since(h.agent, 65)) section['hostnames'] = to.hostnames ?? [];
  if (since(h.agent, 61)) section['protocol'] = 'TCP';
  body['connect'] = section;
  h.commit(p, body);
}

/** `p` accepts a connection from `from`. */
export function accept(h: HostSim, p: Proc, from: Peer, rule: RuleId = 'accept_audit'): void {
  const body = h.begin(p, 'accept', rule);
  const section: Record<string, unknown> = { addr: addr(from) };
  if (since(h.agent, 65)) section['hostnames'] = from.hostnames ?? [];
  body['accept'] = section;
  h.commit(p, body);
}

export const IMDS_IP = '169.254.169.254';

export interface ImdsSpec {
  readonly type: 'request' | 'response';
  readonly url: string;
  readonly userAgent: string;
  readonly v2: boolean;
  /** Credentials handed out (a response to a security-credentials request). */
  readonly credentials?: {
    readonly accessKeyId: string;
    readonly lastUpdated: string;
    readonly expiration: string;
  };
}

/**
 * A request to the AWS instance metadata service, or its response, as the agent parses it from
 * the HTTP traffic (`IMDSEvent`; the secret parts of credentials are never sent). A
 * network-activity event, so it carries the network context too.
 */
export function imds(h: HostSim, p: Proc, spec: ImdsSpec, rule: RuleId = 'imds_audit'): void {
  const body = h.begin(p, 'imds', rule);
  const request = spec.type === 'request';
  const section: Record<string, unknown> = {
    type: spec.type,
    cloud_provider: 'aws',
    url: spec.url,
    host: IMDS_IP,
  };
  if (request) section['user_agent'] = spec.userAgent;
  else section['server'] = 'EC2ws';
  const aws: Record<string, unknown> = { is_imds_v2: spec.v2 };
  if (spec.credentials !== undefined) {
    aws['security_credentials'] = {
      code: 'Success',
      type: 'AWS-HMAC',
      access_key_id: spec.credentials.accessKeyId,
      last_updated: spec.credentials.lastUpdated,
      expiration: spec.credentials.expiration,
    };
  }
  section['aws'] = aws;
  body['imds'] = section;
  const local = { ip: sourceIp(h, p), port: 32768 + h.rng.int(28000) };
  const server = { ip: IMDS_IP, port: 80 };
  const network: Record<string, unknown> = {
    device: device(p),
    l3_protocol: 'IPv4',
    l4_protocol: 'TCP',
    source: request ? local : server,
    destination: request ? server : local,
    size: request ? 160 + spec.url.length : 420 + h.rng.int(900),
  };
  if (since(h.agent, 63)) network['network_direction'] = request ? 'egress' : 'ingress';
  body['network'] = network;
  h.commit(p, body);
}

/**
 * A write to a kernel parameter under /proc/sys (`name` as its path there, `a/b/c`). The
 * action's spelling follows the explorer's own examples of the section; assumed.
 */
export function sysctl(
  h: HostSim,
  p: Proc,
  name: string,
  value: string,
  oldValue: string,
  rule: RuleId = 'sysctl_audit',
): void {
  const body = h.begin(p, 'sysctl', rule);
  body['sysctl'] = {
    action: 'write',
    file_position: 0,
    name,
    name_truncated: false,
    value,
    value_truncated: false,
    old_value: oldValue,
    old_value_truncated: false,
  };
  h.commit(p, body);
}

/** The capabilities `p` used (and tried without success) since it started. */
export function capabilities(
  h: HostSim,
  p: Proc,
  used: readonly string[],
  attempted: readonly string[],
  rule: RuleId = 'capabilities_audit',
): void {
  const body = h.begin(p, 'capabilities', rule);
  body['capabilities'] = { caps_attempted: attempted, caps_used: used };
  h.commit(p, body);
}
