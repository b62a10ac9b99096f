/**
 * Sections of the socket events of newer agents: an outgoing connection (`connect`: the
 * destination, protocol and the host names the agent resolved for it), an accepted one
 * (`accept`: the peer), a captured packet (`packet`) and a flow monitor report
 * (`network_flow_monitor`: per flow, source → destination with bytes and packets each way).
 * Each offers pivots to events with the same peer (for a flow report, per flow).
 */
import type { FieldRef } from '../body/field-set';
import { FieldSet, fieldsOf } from '../body/field-set';
import type { JsonNode } from '../json-model';
import type { SameValuePivot } from './event-pivots';
import { ItemPivots, SameValuePivots } from './event-pivots';
import { Fact, FactOf, Facts, Group, OtherFields, Section } from './facts';
import { FieldRows } from './field-rows';
import { FieldValue } from './field-value';
import { Bytes, Endpoint, flowFacts } from './network-values';

const CONNECT_PIVOTS: readonly SameValuePivot[] = [
  { path: ['connect', 'addr', 'ip'], label: (v) => `destination ${v}` },
  { path: ['connect', 'addr', 'port'], label: (v) => `destination port ${v}` },
];

const ACCEPT_PIVOTS: readonly SameValuePivot[] = [
  { path: ['accept', 'addr', 'ip'], label: (v) => `peer ${v}` },
  { path: ['accept', 'addr', 'port'], label: (v) => `port ${v}` },
];

/** Within one monitored flow. */
const FLOW_PIVOTS: readonly SameValuePivot[] = [
  { path: ['source', 'ip'], label: (v) => `flow source ${v}` },
  { path: ['destination', 'ip'], label: (v) => `flow destination ${v}` },
];

const PACKET_PIVOTS: readonly SameValuePivot[] = [
  { path: ['packet', 'source', 'ip'], label: (v) => `packet source ${v}` },
  { path: ['packet', 'destination', 'ip'], label: (v) => `packet destination ${v}` },
];

/** An `addr` (ip, port, family) as one row: the endpoint, then its family. */
function AddressFact({ label, at }: { readonly label: string; readonly at: FieldRef | undefined }) {
  if (at === undefined) return null;
  if (at.node.kind !== 'object') return <FactOf label={label} at={at} />;
  const a = fieldsOf(at);
  const family = a.take('family');
  return (
    <Fact label={label} path={at.path}>
      <Endpoint at={at} fields={a} />
      {family !== undefined && <FieldValue at={family} />}
    </Fact>
  );
}

/** `connect` and `accept`: the address, protocol and resolved host names. */
function SocketPeer({
  at,
  addressLabel,
}: {
  readonly at: FieldRef;
  readonly addressLabel: string;
}) {
  if (at.node.kind !== 'object') return <FieldValue at={at} />;
  const f = new FieldSet(at.node, at.path);
  const addr = f.take('addr');
  const protocol = f.take('protocol');
  const hostnames = f.take('hostnames');
  return (
    <>
      <Facts>
        <AddressFact label={addressLabel} at={addr} />
        <FactOf label="Protocol" at={protocol} />
        <FactOf label="Host names" at={hostnames} />
      </Facts>
      <OtherFields fields={f.rest()} />
    </>
  );
}

interface BodySectionProps {
  readonly at: FieldRef;
  /** The whole body, for the pivots. */
  readonly body: JsonNode;
}

export function ConnectSection({ at, body }: BodySectionProps) {
  return (
    <Section name="connect" title="Outgoing connection" path={at.path}>
      <SameValuePivots body={body} pivots={CONNECT_PIVOTS} />
      <SocketPeer at={at} addressLabel="Destination" />
    </Section>
  );
}

export function AcceptSection({ at, body }: BodySectionProps) {
  return (
    <Section name="accept" title="Accepted connection" path={at.path}>
      <SameValuePivots body={body} pivots={ACCEPT_PIVOTS} />
      <SocketPeer at={at} addressLabel="Peer" />
    </Section>
  );
}

function DeviceGroup({ at }: { readonly at: FieldRef | undefined }) {
  if (at === undefined) return null;
  return (
    <Group title="Device" path={at.path}>
      <FieldRows
        at={at}
        rows={[
          ['ifname', 'Interface'],
          ['ifindex', 'Interface index'],
          ['netns', 'Network namespace'],
        ]}
      />
    </Group>
  );
}

export function PacketSection({ at, body }: BodySectionProps) {
  if (at.node.kind !== 'object') {
    return (
      <Section name="packet" title="Packet" path={at.path}>
        <FieldValue at={at} />
      </Section>
    );
  }
  const f = new FieldSet(at.node, at.path);
  const device = f.take('device');
  const size = f.take('size');
  const direction = f.take('network_direction');
  const type = f.take('type');
  const tls = f.take('tls');
  const dropped = f.take('dropped');
  const tlsFields = tls?.node.kind === 'object' ? fieldsOf(tls) : undefined;
  const tlsVersion = tlsFields?.take('version');
  const flow = flowFacts(f);
  return (
    <Section name="packet" title="Packet" path={at.path}>
      <SameValuePivots body={body} pivots={PACKET_PIVOTS} />
      <Facts>
        {flow}
        <FactOf label="Direction" at={direction} />
        <FactOf label="Application protocol" at={type} />
        {size !== undefined && (
          <Fact label="Size" path={size.path}>
            <Bytes at={size} />
          </Fact>
        )}
        {tlsFields === undefined ? (
          <FactOf label="TLS" at={tls} />
        ) : (
          <FactOf label="TLS version" at={tlsVersion} />
        )}
        {isTrueRef(dropped) ? (
          <FactOf label="Dropped" at={dropped} tone="warning" />
        ) : (
          <FactOf label="Dropped" at={dropped} />
        )}
      </Facts>
      <OtherFields fields={[...(tlsFields?.rest() ?? []), ...f.rest()]} />
      <DeviceGroup at={device} />
    </Section>
  );
}

function isTrueRef(ref: FieldRef | undefined): boolean {
  return ref?.node.kind === 'literal' && ref.node.text === 'true';
}

/** One direction's traffic: bytes and packets. */
function TrafficFact({ label, at }: { readonly label: string; readonly at: FieldRef | undefined }) {
  if (at === undefined) return null;
  if (at.node.kind !== 'object') return <FactOf label={label} at={at} />;
  const s = fieldsOf(at);
  const bytes = s.take('data_size');
  const packets = s.take('packet_count');
  return (
    <Fact label={label} path={at.path}>
      <span className="ev-group" data-field={at.path}>
        {bytes !== undefined && <Bytes at={bytes} />}
        {packets !== undefined && (
          <>
            <span className="ev-dim">, </span>
            <FieldValue at={packets}>
              <span className="ev-number">
                {packets.node.kind === 'number' ? packets.node.text : '?'}
              </span>
              <span className="ev-dim"> packets</span>
            </FieldValue>
          </>
        )}
        <OtherFields fields={s.rest()} />
      </span>
    </Fact>
  );
}

function FlowGroup({ at, index }: { readonly at: FieldRef; readonly index: number }) {
  if (at.node.kind !== 'object') return <OtherFields fields={[at]} />;
  const f = new FieldSet(at.node, at.path);
  const ingress = f.take('ingress');
  const egress = f.take('egress');
  const flow = flowFacts(f);
  return (
    <Group title={`Flow ${index + 1}`} path={at.path}>
      <ItemPivots item={at.node} path={at.path} pivots={FLOW_PIVOTS} />
      <Facts>
        {flow}
        <TrafficFact label="Ingress" at={ingress} />
        <TrafficFact label="Egress" at={egress} />
      </Facts>
      <OtherFields fields={f.rest()} />
    </Group>
  );
}

export function FlowMonitorSection({ at }: { readonly at: FieldRef }) {
  if (at.node.kind !== 'object') {
    return (
      <Section name="network_flow_monitor" title="Network flows" path={at.path}>
        <FieldValue at={at} />
      </Section>
    );
  }
  const f = new FieldSet(at.node, at.path);
  const device = f.take('device');
  const flows = f.take('flows');
  const items = flows?.node.kind === 'array' ? flows.node.items : undefined;
  return (
    <Section name="network_flow_monitor" title="Network flows" path={at.path}>
      {flows !== undefined &&
        (items === undefined ? (
          <OtherFields fields={[flows]} />
        ) : items.length === 0 ? (
          <Facts>
            <FactOf label="Flows" at={flows} />
          </Facts>
        ) : (
          items.map((node, i) => (
            <FlowGroup key={i} at={{ path: flows.path, key: flows.key, node }} index={i} />
          ))
        ))}
      <DeviceGroup at={device} />
      <OtherFields fields={f.rest()} />
    </Section>
  );
}
