/**
 * IPv4 and IPv6 addresses and CIDR ranges as integers: parsing (`10.0.0.1`, `fe80::1`,
 * `::ffff:1.2.3.4`, `10.0.0.0/8`), containment, display, and whether an address is public
 * (outside private, loopback, link-local, shared and multicast ranges).
 */

export interface IpValue {
  readonly family: 4 | 6;
  /** The address (for a range, its first address with host bits cleared). */
  readonly value: bigint;
  /** Prefix length; 32 or 128 for a single address. */
  readonly prefix: number;
}

const V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9a-fA-F]{1,4}$/;

function parseV4(text: string): bigint | undefined {
  const m = V4.exec(text);
  if (m === null) return undefined;
  let value = 0n;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseGroups(part: string): bigint[] | undefined {
  if (part === '') return [];
  const out: bigint[] = [];
  const pieces = part.split(':');
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i] ?? '';
    if (i === pieces.length - 1 && piece.includes('.')) {
      const v4 = parseV4(piece);
      if (v4 === undefined) return undefined;
      out.push(v4 >> 16n, v4 & 0xffffn);
    } else if (HEX_GROUP.test(piece)) {
      out.push(BigInt(`0x${piece}`));
    } else {
      return undefined;
    }
  }
  return out;
}

function parseV6(text: string): bigint | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0] ?? '');
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (head === undefined || tail === undefined) return undefined;
  const total = head.length + tail.length;
  if (halves.length === 1 ? total !== 8 : total > 7) return undefined;
  const groups = [...head, ...new Array<bigint>(8 - total).fill(0n), ...tail];
  let value = 0n;
  for (const g of groups) value = (value << 16n) | g;
  return value;
}

function bitsOf(family: 4 | 6): number {
  return family === 4 ? 32 : 128;
}

function maskOf(family: 4 | 6, prefix: number): bigint {
  const bits = BigInt(bitsOf(family));
  const host = bits - BigInt(prefix);
  return ((1n << bits) - 1n) ^ ((1n << host) - 1n);
}

/** An address (`1.2.3.4`, `::1`) or a range (`10.0.0.0/8`); `undefined` when malformed. */
export function parseIp(text: string): IpValue | undefined {
  const slash = text.indexOf('/');
  const address = slash < 0 ? text : text.slice(0, slash);
  const v4 = parseV4(address);
  const family: 4 | 6 = v4 === undefined ? 6 : 4;
  const value = v4 ?? (address.includes(':') ? parseV6(address) : undefined);
  if (value === undefined) return undefined;
  const bits = bitsOf(family);
  let prefix = bits;
  if (slash >= 0) {
    const digits = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(digits)) return undefined;
    prefix = Number(digits);
    if (prefix > bits) return undefined;
  }
  return { family, value: value & maskOf(family, prefix), prefix };
}

/**
 * An IPv4-mapped IPv6 address or range (`::ffff:a.b.c.d`, `::ffff:10.0.0.0/104`) as IPv4
 * (`10.0.0.0/8`), as Go's `net.IPNet.Contains` reads them; other values unchanged.
 */
function unmapped(ip: IpValue): IpValue {
  if (ip.family === 6 && ip.prefix >= 96 && ip.value >> 32n === 0xffffn) {
    return { family: 4, value: ip.value & 0xffffffffn, prefix: ip.prefix - 96 };
  }
  return ip;
}

/** Whether `ip` (an address or a range) lies within `range`. */
export function ipInRange(ip: IpValue, range: IpValue): boolean {
  const a = unmapped(ip);
  const r = unmapped(range);
  if (a.family !== r.family || a.prefix < r.prefix) return false;
  return (a.value & maskOf(r.family, r.prefix)) === r.value;
}

/**
 * Whether two addresses or ranges match as the agent's `IPNetsMatch` does
 * (pkg/security/secl/compiler/eval/cidr.go): either contains the other's first address, so
 * an address matches a range holding it and two ranges match when one holds the other.
 */
export function ipNetsMatch(a: IpValue, b: IpValue): boolean {
  const x = unmapped(a);
  const y = unmapped(b);
  if (x.family !== y.family) return false;
  const base = (ip: IpValue): IpValue => ({ ...ip, prefix: bitsOf(ip.family) });
  return ipInRange(base(x), y) || ipInRange(base(y), x);
}

export function formatIp(ip: IpValue): string {
  let text: string;
  if (ip.family === 4) {
    const octets: number[] = [];
    for (let shift = 24n; shift >= 0n; shift -= 8n) octets.push(Number((ip.value >> shift) & 255n));
    text = octets.join('.');
  } else {
    const groups: string[] = [];
    for (let shift = 112n; shift >= 0n; shift -= 16n) {
      groups.push(((ip.value >> shift) & 0xffffn).toString(16));
    }
    text = groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
  }
  return ip.prefix === bitsOf(ip.family) ? text : `${text}/${ip.prefix}`;
}

const NON_PUBLIC = [
  '0.0.0.0/8',
  '10.0.0.0/8',
  '100.64.0.0/10',
  '127.0.0.0/8',
  '169.254.0.0/16',
  '172.16.0.0/12',
  '192.168.0.0/16',
  '224.0.0.0/4',
  '240.0.0.0/4',
  '::/128',
  '::1/128',
  'fc00::/7',
  'fe80::/10',
  'ff00::/8',
].map((text) => parseIp(text) as IpValue);

/** Whether an address belongs to a public network (not private, loopback, link-local, …). */
export function isPublicIp(ip: IpValue): boolean {
  return !NON_PUBLIC.some((range) => ipInRange(ip, range));
}
