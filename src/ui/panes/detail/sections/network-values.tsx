/**
 * Values of the network sections: a byte count (with a readable size from 1000 bytes), and an
 * endpoint as `ip:port` (`[ip]:port` for IPv6) whose other members follow.
 */
import { formatBytes } from '../../../../lib/format';
import type { FieldRef } from '../body/field-set';
import type { FieldSet } from '../body/field-set';
import { fieldsOf } from '../body/field-set';
import { numberOf } from '../body/json-access';
import { OtherFields } from './facts';
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
