/**
 * Sections of memory events: a mapping (address, offset, length, protection, flags) and a
 * protection change (range, before → after). Memory that is writable and executable at
 * once — the classic sign of injected code — is flagged where the protection is shown.
 */
import { formatBytes } from '../../../../lib/format';
import type { FieldRef } from '../body/field-set';
import { numberOf } from '../body/json-access';
import { readProtection } from '../describe/memory-protection';
import { Section } from './facts';
import { FieldRows } from './field-rows';
import { QualityMarker } from './quality-marker';

/** `PROT_EXEC | PROT_READ` with its `r-x` short form, and the W+X flag. */
function protection(ref: FieldRef) {
  if (ref.node.kind !== 'string') return undefined;
  const prot = readProtection(ref.node.value);
  return (
    <span className="ev-protection">
      <span className="ev-mode-symbolic">{prot.short}</span>
      <span className="ev-string">{ref.node.value}</span>
      {prot.isWritableExecutable && (
        <QualityMarker kind="writable-executable" tone="problem">
          writable and executable
        </QualityMarker>
      )}
    </span>
  );
}

function isWritableExecutable(ref: FieldRef): boolean {
  return ref.node.kind === 'string' && readProtection(ref.node.value).isWritableExecutable;
}

function length(ref: FieldRef) {
  const bytes = numberOf(ref.node);
  if (bytes === undefined || ref.node.kind !== 'number') return undefined;
  return (
    <span>
      <span className="ev-number">{ref.node.text}</span>
      <span className="ev-dim"> bytes ({formatBytes(bytes)})</span>
    </span>
  );
}

export function MmapSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="mmap" title="Memory mapping" path={at.path}>
      <FieldRows
        at={at}
        rows={[
          ['address', 'Address'],
          ['length', 'Length'],
          ['offset', 'File offset'],
          ['protection', 'Protection'],
          ['flags', 'Flags'],
        ]}
        render={{ protection, length }}
        tone={(ref) =>
          ref.key === 'protection' && isWritableExecutable(ref) ? 'problem' : undefined
        }
      />
    </Section>
  );
}

export function MprotectSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="mprotect" title="Memory protection change" path={at.path}>
      <FieldRows
        at={at}
        rows={[
          ['vm_start', 'Start'],
          ['vm_end', 'End'],
          ['vm_protection', 'Before'],
          ['req_protection', 'Requested'],
        ]}
        render={{ vm_protection: protection, req_protection: protection }}
        tone={(ref) =>
          ref.key === 'req_protection' && isWritableExecutable(ref) ? 'problem' : undefined
        }
      />
    </Section>
  );
}
