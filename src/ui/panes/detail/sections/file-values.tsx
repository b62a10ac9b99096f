/**
 * How the values of a file read in words: the mode as `ls -l` shows it (type, setuid /
 * setgid / sticky named, the raw integer beside), the overlay layer, a path that could not be
 * resolved. Every rendering keeps the value's `data-field` element (`FieldValue`).
 */
import type { FieldRef } from '../body/field-set';
import { numberOf } from '../body/json-access';
import { describeFileMode } from '../describe/file-mode';
import type { JsonNode } from '../json-model';
import { FieldValue, PlainValue } from './field-value';
import { QualityMarker } from './quality-marker';

function FileModeText({ node, path }: { readonly node: JsonNode; readonly path: string }) {
  const mode = numberOf(node);
  const info = mode === undefined ? undefined : describeFileMode(mode);
  if (info === undefined || node.kind !== 'number') return <PlainValue node={node} path={path} />;
  return (
    <span className="ev-mode">
      <span className="ev-mode-symbolic">{info.symbolic}</span>
      <span className="ev-number">{info.octal}</span>
      {info.type !== undefined && <span className="ev-dim">{info.type}</span>}
      {info.special.map((bit) => (
        <span key={bit} className="ev-badge ev-badge--warn">
          {bit}
        </span>
      ))}
      <span className="ev-dim">({node.text})</span>
    </span>
  );
}

function LayerText({ node, path }: { readonly node: JsonNode; readonly path: string }) {
  if (node.kind !== 'literal' || node.text === 'null')
    return <PlainValue node={node} path={path} />;
  return (
    <span>
      <span className="ev-literal">{node.text}</span>{' '}
      <span className="ev-dim">
        {node.text === 'true'
          ? 'upper layer: written in the container'
          : 'lower layer: from the image'}
      </span>
    </span>
  );
}

/** One field of a file, rendered the way its key reads best. */
export function FileFieldValue({ at }: { readonly at: FieldRef }) {
  switch (at.key) {
    case 'mode':
      return (
        <FieldValue at={at}>
          <FileModeText node={at.node} path={at.path} />
        </FieldValue>
      );
    case 'in_upper_layer':
      return (
        <FieldValue at={at}>
          <LayerText node={at.node} path={at.path} />
        </FieldValue>
      );
    case 'path':
      return <FieldValue at={at} className="ev-path" />;
    case 'path_resolution_error':
      return (
        <>
          <QualityMarker kind="path-resolution" tone="problem">
            path not resolved
          </QualityMarker>
          <FieldValue at={at} className="ev-problem-text" />
        </>
      );
    default:
      return <FieldValue at={at} />;
  }
}
