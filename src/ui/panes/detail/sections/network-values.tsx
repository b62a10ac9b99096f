/**
 * Values of the network sections: a byte count (with a readable size from 1000 bytes), an
 * endpoint as `ip:port` (`[ip]:port` for IPv6) whose other members follow, and the facts of a
 * flow (protocols, source → destination) shared by the network context and the packet and
 * flow-monitor sections.
 */
import { formatBytes } from '../../../../lib/format';
import type { FieldRef } from '../body/field-set';
import type { FieldSet } from '../body/field-set';
import { fieldsOf } from '../body/field-set';
import { numberOf } from '../body/json-access';
import { Fact, OtherFields } from './facts';
import { FieldValue } from './field-value';

export function Bytes({ at }: { readonly at: FieldRef }) {
  const bytes = numberOf(at.node);
  if (bytes === undefined || at.node.kind !== 'number') return <FieldValue at={at} />;
  return (
    <FieldValue at={at}>
      <span className="ev-number">{at.node.text}</span>
      <span className="ev-dim"> bytes{bytes >= 1000 ? ` (${formatBytes(bytes)})` : ''}</span>
    </FieldValue>
  );
}

/** `ip:port` (`[ip]:port` for IPv6) as two values; other members of the address follow. */
export function Endpoint({ at, fields }: { readonly at: FieldRef; readonly fields?: FieldSet }) {
  if (at.node.kind !== 'object') return <FieldValue at={at} />;
  const f = fields ?? fieldsOf(at);
  const ip = f.take('ip');
  const port = f.take('port');
  const isV6 = ip?.node.kind === 'string' && ip.node.value.includes(':');
  const rest = f.rest();
  return (
    <span className="ev-endpoint" data-field={at.path}>
      {isV6 && <span className="ev-dim">[</span>}
      {ip !== undefined && <FieldValue at={ip} className="ev-mono" />}
      {isV6 && <span className="ev-dim">]</span>}
      {port !== undefined && (
        <>
          <span className="ev-dim">:</span>
          <FieldValue at={port} />
        </>
      )}
      <OtherFields fields={rest} />
    </span>
  );
}

/**
 * Rows of the protocols and source → destination of a packet or a flow. A function, not a
 * component: it takes its members now, before the caller lists the rest.
 */
export function flowFacts(f: FieldSet) {
  const l3 = f.take('l3_protocol');
  const l4 = f.take('l4_protocol');
  const source = f.take('source');
  const destination = f.take('destination');
  return (
    <>
      {(l3 ?? l4) !== undefined && (
        <Fact label="Protocol" path={(l3 ?? l4)?.path}>
          {l3 !== undefined && <FieldValue at={l3} />}
          {l4 !== undefined && <FieldValue at={l4} />}
        </Fact>
      )}
      {(source ?? destination) !== undefined && (
        <Fact label="Flow" path={(source ?? destination)?.path}>
          {source !== undefined && <Endpoint at={source} />}
          <span className="ev-arrow" aria-label="to">
            →
          </span>
          {destination !== undefined && <Endpoint at={destination} />}
        </Fact>
      )}
    </>
  );
}
