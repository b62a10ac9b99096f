/**
 * The "Network" section: the DNS question (name, type, class, size, count, request id), the
 * address a socket was bound to, and the network context of the packet (device, protocols,
 * source → destination with ports, size), with pivots to events sharing them.
 */
import type { FieldRef } from '../body/field-set';
import { FieldSet, fieldsOf } from '../body/field-set';
import { Fact, FactOf, Facts, Group, OtherFields, Section } from './facts';
import type { JsonNode } from '../json-model';
import { NETWORK_PIVOTS, SameValuePivots } from './event-pivots';
import { FieldRows } from './field-rows';
import { FieldValue } from './field-value';
import { Bytes, Endpoint, flowFacts } from './network-values';

function DnsGroup({ at }: { readonly at: FieldRef }) {
  if (at.node.kind !== 'object') return <FactOf label="DNS" at={at} />;
  const f = new FieldSet(at.node, at.path);
  const question = f.take('question');
  const id = f.take('id');
  const isQuery = f.take('is_query');
  const response = f.take('response');
  const responseCode =
    response?.node.kind === 'object' ? fieldsOf(response).take('code') : undefined;
  const q = question?.node.kind === 'object' ? fieldsOf(question) : undefined;
  const name = q?.take('name');
  const type = q?.take('type');
  const klass = q?.take('class');
  const size = q?.take('size');
  const count = q?.take('count');
  const questionRest = q?.rest() ?? [];
  const rest = f.rest();
  return (
    <Group title="DNS request" path={at.path}>
      <Facts>
        {q === undefined ? (
          <FactOf label="Question" at={question} />
        ) : (
          <>
            <FactOf label="Name" at={name} />
            {(type ?? klass) !== undefined && (
              <Fact label="Type" path={(type ?? klass)?.path}>
                {type !== undefined && <FieldValue at={type} />}
                {klass !== undefined && <FieldValue at={klass} />}
              </Fact>
            )}
            {size !== undefined && (
              <Fact label="Size" path={size.path}>
                <Bytes at={size} />
              </Fact>
            )}
            <FactOf label="Questions" at={count} />
          </>
        )}
        <FactOf label="Request id" at={id} />
        <FactOf label="Is a question" at={isQuery} />
        {responseCode === undefined ? (
          <FactOf label="Response" at={response} />
        ) : (
          <Fact label="Response code" path={response?.path}>
            <span className="ev-group" data-field={response?.path}>
              <FieldValue at={responseCode} />
            </span>
          </Fact>
        )}
      </Facts>
      {question !== undefined && q !== undefined && (
        <span className="ev-group" data-field={question.path}>
          <OtherFields fields={questionRest} />
        </span>
      )}
      <OtherFields fields={rest} />
    </Group>
  );
}

function BindGroup({ at }: { readonly at: FieldRef }) {
  if (at.node.kind !== 'object') return <FactOf label="Bind" at={at} />;
  const f = new FieldSet(at.node, at.path);
  const addr = f.take('addr');
  const a = addr?.node.kind === 'object' ? fieldsOf(addr) : undefined;
  const family = a?.take('family');
  const protocol = f.take('protocol');
  const rest = f.rest();
  return (
    <Group title="Bound address" path={at.path}>
      <Facts>
        {addr !== undefined && a !== undefined ? (
          <Fact label="Address" path={addr.path}>
            <Endpoint at={addr} fields={a} />
            {family !== undefined && <FieldValue at={family} />}
          </Fact>
        ) : (
          <FactOf label="Address" at={addr} />
        )}
        <FactOf label="Protocol" at={protocol} />
      </Facts>
      <OtherFields fields={rest} />
    </Group>
  );
}

function ConnectionGroup({ at }: { readonly at: FieldRef }) {
  if (at.node.kind !== 'object') return <FactOf label="Network" at={at} />;
  const f = new FieldSet(at.node, at.path);
  const device = f.take('device');
  const flow = flowFacts(f);
  const size = f.take('size');
  const direction = f.take('network_direction');
  const type = f.take('type');
  return (
    <Group title="Network context" path={at.path}>
      <Facts>
        {flow}
        {size !== undefined && (
          <Fact label="Size" path={size.path}>
            <Bytes at={size} />
          </Fact>
        )}
        <FactOf label="Direction" at={direction} />
        <FactOf label="Application protocol" at={type} />
      </Facts>
      {device !== undefined && (
        <div className="ev-subgroup" data-field={device.path}>
          <FieldRows
            at={device}
            rows={[
              ['ifname', 'Interface'],
              ['ifindex', 'Interface index'],
              ['netns', 'Network namespace'],
            ]}
          />
        </div>
      )}
      <OtherFields fields={f.rest()} />
    </Group>
  );
}

interface NetworkSectionProps {
  readonly dns: FieldRef | undefined;
  readonly bind: FieldRef | undefined;
  readonly network: FieldRef | undefined;
  /** The whole body, for the pivots to events with the same destination, name or port. */
  readonly body: JsonNode;
}

export function NetworkSection({ dns, bind, network, body }: NetworkSectionProps) {
  return (
    <Section name="network" title="Network">
      <SameValuePivots body={body} pivots={NETWORK_PIVOTS} />
      {dns !== undefined && <DnsGroup at={dns} />}
      {bind !== undefined && <BindGroup at={bind} />}
      {network !== undefined && <ConnectionGroup at={network} />}
    </Section>
  );
}
