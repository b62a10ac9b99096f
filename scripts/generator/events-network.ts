/**
 * Network activity events: DNS requests (`dns` + `network`) and socket binds (`bind` +
 * `network`), with the network device of the acting process (host or container namespace).
 */
import type { HostSim } from './host-sim';
import type { Proc } from './process';
import type { RuleId } from './rules';

const HOST_NETNS = 4026531840;

export function device(p: Proc) {
  return p.container === undefined
    ? { netns: HOST_NETNS, ifindex: 2, ifname: 'ens5' }
    : { netns: p.container.netns, ifindex: 3, ifname: 'eth0' };
}

/** Private address of the `index`-th host of the fleet. */
export function hostIpAt(index: number): string {
  return `10.0.${1 + (index % 4)}.${11 + index * 7}`;
}

function hostIp(h: HostSim): string {
  return hostIpAt(h.index);
}

export function sourceIp(h: HostSim, p: Proc): string {
  return p.container === undefined ? hostIp(h) : p.container.ip;
}

export function dns(
  h: HostSim,
  p: Proc,
  name: string,
  type = 'A',
  rule: RuleId = 'dns_audit',
): void {
  const body = h.begin(p, 'dns', rule);
  const size = 17 + name.length + (h.rng.chance(0.7) ? 11 : 0);
  body['dns'] = {
    id: h.rng.int(65536),
    question: { class: 'CLASS_INET', type, name, size, count: 1 },
  };
  body['network'] = {
    device: device(p),
    l3_protocol: 'IPv4',
    l4_protocol: 'UDP',
    source: { ip: sourceIp(h, p), port: 32768 + h.rng.int(28000) },
    destination: { ip: p.container === undefined ? '127.0.0.53' : '10.0.0.2', port: 53 },
    size: size + 28,
  };
  h.commit(p, body);
}

export function bind(
  h: HostSim,
  p: Proc,
  ip: string,
  port: number,
  l4: 'TCP' | 'UDP' = 'TCP',
  rule: RuleId = 'bind_audit',
): void {
  const body = h.begin(p, 'bind', rule);
  const v6 = ip.includes(':');
  body['bind'] = { addr: { family: v6 ? 'AF_INET6' : 'AF_INET', ip, port } };
  body['network'] = {
    device: device(p),
    l3_protocol: v6 ? 'IPv6' : 'IPv4',
    l4_protocol: l4,
    source: { ip, port },
    destination: { ip: v6 ? '::' : '0.0.0.0', port: 0 },
    size: 0,
  };
  h.commit(p, body);
}
