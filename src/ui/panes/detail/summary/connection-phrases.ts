/**
 * Summary phrases of the network events of newer agents: an outgoing connection
 * (`connected to 10.0.0.5:443 (TCP)`), an accepted one, a captured packet, a flow monitor
 * report, and a request to (or response from) a cloud instance metadata service.
 */
import { formatBytes } from '../../../../lib/format';
import type { JsonNode } from '../json-model';
import { itemsOf, member, numberOf, stringsOf, textOf } from '../body/json-access';
import { address, nameList } from './phrase-helpers';
import type { Phrase } from './phrase-helpers';
import type { PartsBuilder } from './summary-parts';

/** ` (TCP)` from a protocol field, when it has one. */
function inParentheses(node: JsonNode | undefined, path: string, out: PartsBuilder): void {
  const text = textOf(node);
  if (text !== undefined && text !== '') out.text(' (').value(text, path).text(')');
}

/** `, known as a.example, b.example` from the host names the agent resolved. */
function knownAs(section: JsonNode | undefined, path: string, out: PartsBuilder): void {
  const names = stringsOf(member(section, 'hostnames'))?.filter((n) => n !== '') ?? [];
  if (names.length > 0) out.text(', known as ').value(nameList(names), `${path}.hostnames`);
}

/** `10.0.0.5:443 → 10.0.0.7:51234` of a packet or a flow. */
function flow(node: JsonNode | undefined, path: string, out: PartsBuilder): void {
  address(member(node, 'source'), `${path}.source`, out);
  out.text(' → ');
  address(member(node, 'destination'), `${path}.destination`, out);
}

const connect: Phrase = (body, out) => {
  const section = member(body, 'connect');
  out.text('connected to ');
  address(member(section, 'addr'), 'connect.addr', out);
  inParentheses(member(section, 'protocol'), 'connect.protocol', out);
  knownAs(section, 'connect', out);
};

const accept: Phrase = (body, out) => {
  const section = member(body, 'accept');
  out.text('accepted a connection from ');
  address(member(section, 'addr'), 'accept.addr', out);
  knownAs(section, 'accept', out);
};

/** What the process did with a packet, by its `network_direction`. */
const PACKET_VERBS: Readonly<Record<string, string>> = { ingress: 'received', egress: 'sent' };

const packet: Phrase = (body, out) => {
  const section = member(body, 'packet');
  const l4 = textOf(member(section, 'l4_protocol'));
  const direction = textOf(member(section, 'network_direction'));
  out.text(`${PACKET_VERBS[direction ?? ''] ?? 'captured'} a `);
  if (l4 !== undefined && l4 !== '') out.value(l4, 'packet.l4_protocol').text(' ');
  out.text('packet ');
  flow(section, 'packet', out);
  const size = numberOf(member(section, 'size'));
  if (size !== undefined) out.text(' (').value(formatBytes(size), 'packet.size').text(')');
};

const networkFlowMonitor: Phrase = (body, out) => {
  const section = member(body, 'network_flow_monitor');
  const flows = itemsOf(member(section, 'flows'));
  const ifname = textOf(member(member(section, 'device'), 'ifname'));
  const [only] = flows;
  if (flows.length === 1 && only !== undefined) {
    out.text('reported the flow ');
    flow(only, 'network_flow_monitor.flows', out);
    inParentheses(member(only, 'l4_protocol'), 'network_flow_monitor.flows.l4_protocol', out);
  } else {
    out.text(`reported ${flows.length} network flows`);
  }
  if (ifname !== undefined && ifname !== '')
    out.text(' on ').value(ifname, 'network_flow_monitor.device.ifname');
};

const imds: Phrase = (body, out) => {
  const section = member(body, 'imds');
  const isResponse = textOf(member(section, 'type')) === 'response';
  out.text(isResponse ? 'received an answer from the IMDS of ' : 'asked the IMDS of ');
  out.field(member(section, 'cloud_provider'), 'imds.cloud_provider', 'a cloud provider');
  const url = textOf(member(section, 'url'));
  if (url !== undefined && url !== '') out.text(' for ').value(url, 'imds.url');
  const credentials = member(member(section, 'aws'), 'security_credentials');
  if (textOf(member(credentials, 'access_key_id')) !== undefined)
    out.text(' — ').alert('security credentials handed out');
};

export const CONNECTION_PHRASES: Readonly<Record<string, Phrase>> = {
  connect,
  accept,
  packet,
  network_flow_monitor: networkFlowMonitor,
  imds,
};
