/**
 * SECL network fields: the network context (`network.*`, `packet.*`, flow entries), socket
 * addresses of bind/connect/accept (`addr.ip`, `addr.port`, `addr.family`, derived
 * `addr.is_public`, `addr.hostname` from `hostnames[]`), DNS questions (names compared
 * case-insensitively) and IMDS requests.
 */
import { mergeTables } from './constant-table';
import {
  ADDRESS_FAMILIES,
  DNS_CLASSES,
  DNS_RESPONSE_CODES,
  DNS_TYPES,
  L3_ALIASES,
  L3_PROTOCOLS,
  L4_ALIASES,
  L4_PROTOCOLS,
} from './constants-network';
import {
  boolAccess,
  countAccess,
  enumAccess,
  ipAccess,
  lengthAccess,
  publicAccess,
} from './field-access';
import type { FieldDef, Where } from './field-def';
import {
  ROOT,
  absentAt,
  elementOf,
  intField,
  notEvaluable,
  relPath,
  strField,
  strListField,
  throughIterator,
  under,
} from './field-def';

const L3 = mergeTables(L3_PROTOCOLS, L3_ALIASES);
const L4 = mergeTables(L4_PROTOCOLS, L4_ALIASES);

function enumAt(where: Where, sub: string, table: typeof L3): FieldDef {
  return { accessor: enumAccess([relPath(where, sub)], table, absentAt(where, sub)) };
}

/** `ip`, `port`, `is_public` of an endpoint object. */
export function endpointField(rest: string, where: Where): FieldDef | undefined {
  if (rest === 'ip') return { accessor: ipAccess([relPath(where, 'ip')]) };
  if (rest === 'port') return intField(where, 'port');
  if (rest === 'is_public') return { accessor: publicAccess([relPath(where, 'ip')]) };
  return undefined;
}

/** A socket address (`bind.addr`, `connect.addr`, `accept.addr`). */
export function addressField(rest: string, where: Where): FieldDef | undefined {
  if (rest === 'family') return enumAt(where, 'family', ADDRESS_FAMILIES);
  return endpointField(rest, where);
}

/** A network context object (`network`, `packet`, a flow entry). */
export function networkField(rest: string, where: Where): FieldDef | undefined {
  if (rest.startsWith('source.') || rest.startsWith('destination.')) {
    const dot = rest.indexOf('.');
    return endpointField(rest.slice(dot + 1), under(where, rest.slice(0, dot)));
  }
  switch (rest) {
    case 'l3_protocol':
      return enumAt(where, rest, L3);
    case 'l4_protocol':
      return enumAt(where, rest, L4);
    case 'size':
      return intField(where, 'size');
    case 'device.ifname':
      return strField(where, 'device.ifname');
    case 'network_direction':
    case 'type':
      return notEvaluable('int', 'an integer in SECL but a name in exports');
    default:
      return undefined;
  }
}

const FLOW_COUNTERS = ['data_size', 'packet_count'];

export function flowMonitorField(rest: string): FieldDef | undefined {
  const monitor = under(ROOT, 'network_flow_monitor');
  if (rest === 'device.ifname') return strField(monitor, rest);
  if (rest === 'flows.length') return { accessor: countAccess([relPath(monitor, 'flows')]) };
  if (!rest.startsWith('flows.')) return undefined;
  const { iterator, element } = elementOf(monitor, 'flows');
  const sub = rest.slice(6);
  const [direction, counter] = sub.split('.');
  const inner =
    (direction === 'ingress' || direction === 'egress') && FLOW_COUNTERS.includes(counter ?? '')
      ? intField(element, sub)
      : networkField(sub, element);
  return throughIterator(iterator, inner);
}

export function dnsField(rest: string): FieldDef | undefined {
  const question = under(ROOT, 'dns.question');
  switch (rest) {
    case 'id':
      return intField(ROOT, 'dns.id');
    case 'question.name':
      return strField(question, 'name', { caseInsensitive: true });
    case 'question.name.length':
      return { accessor: lengthAccess(['dns.question.name'], 'zero') };
    case 'question.length':
      return intField(question, 'size');
    case 'question.count':
      return intField(question, 'count');
    case 'question.type':
      return enumAt(question, 'type', DNS_TYPES);
    case 'question.class':
      return enumAt(question, 'class', DNS_CLASSES);
    case 'response.code':
      return enumAt(under(ROOT, 'dns.response'), 'code', DNS_RESPONSE_CODES);
    default:
      return undefined;
  }
}

const IMDS_STRINGS = [
  'type',
  'cloud_provider',
  'url',
  'host',
  'user_agent',
  'server',
  'aws.security_credentials.type',
];

export function imdsField(rest: string): FieldDef | undefined {
  const imds = under(ROOT, 'imds');
  if (IMDS_STRINGS.includes(rest)) return strField(imds, rest);
  if (rest === 'aws.is_imds_v2')
    return { accessor: boolAccess(['imds.aws.is_imds_v2'], 'unknown') };
  return undefined;
}

/** bind / connect / accept. */
export function socketField(type: string, rest: string): FieldDef | undefined {
  if (rest === 'protocol' && type !== 'accept') return enumAt(ROOT, `${type}.protocol`, L4);
  if (rest === 'addr.hostname' && type !== 'bind') return strListField(ROOT, `${type}.hostnames`);
  return rest.startsWith('addr.')
    ? addressField(rest.slice(5), under(ROOT, `${type}.addr`))
    : undefined;
}

export function packetField(rest: string): FieldDef | undefined {
  if (rest === 'filter') {
    return notEvaluable('string', 'a capture filter applied by the agent, not in exports');
  }
  if (rest === 'tls.version') return intField(ROOT, 'packet.tls.version');
  return networkField(rest, under(ROOT, 'packet'));
}
