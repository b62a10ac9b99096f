/**
 * Sections of the process-control events of newer agents: capabilities a process used or
 * attempted (`capabilities`), a system control parameter read or changed (`sysctl`, old →
 * new value, truncations marked), a socket option set (`setsockopt`, with the BPF filter), a
 * `prctl` call (a new process name), a process moved into a cgroup (`cgroup_write`), the
 * syscalls a process made (`syscalls`), the syscall arguments of a rule (`syscall`) and the
 * syscall an anomaly was detected on (`anomaly_detection_syscall`).
 */
import type { FieldRef } from '../body/field-set';
import { FieldSet } from '../body/field-set';
import { Group, Section } from './facts';
import { FieldRows } from './field-rows';
import type { RowSpec } from './field-rows';
import { FieldValue } from './field-value';
import { FileFacts } from './file-facts';
import { QualityMarker } from './quality-marker';
import { SyscallArguments, SyscallList } from './syscall-values';

/** A truncation flag: marked when set (what is shown is the beginning), else plain. */
function truncation(ref: FieldRef) {
  return ref.node.kind === 'literal' && ref.node.text === 'true' ? (
    <QualityMarker
      kind="value-truncated"
      title="The agent cut this value: what is shown is its beginning."
    >
      truncated
    </QualityMarker>
  ) : undefined;
}

/** Rows of a small section; a value that is not an object shows as it is. */
function RowsSection({
  name,
  title,
  at,
  rows,
  truncations = [],
}: {
  readonly name: string;
  readonly title: string;
  readonly at: FieldRef;
  readonly rows: readonly RowSpec[];
  readonly truncations?: readonly string[];
}) {
  return (
    <Section name={name} title={title} path={at.path}>
      <FieldRows
        at={at}
        rows={rows}
        render={Object.fromEntries(truncations.map((key) => [key, truncation]))}
      />
    </Section>
  );
}

export function CapabilitiesSection({ at }: { readonly at: FieldRef }) {
  return (
    <RowsSection
      name="capabilities"
      title="Capabilities"
      at={at}
      rows={[
        ['caps_used', 'Used'],
        ['caps_attempted', 'Attempted'],
      ]}
    />
  );
}

export function SysctlSection({ at }: { readonly at: FieldRef }) {
  return (
    <RowsSection
      name="sysctl"
      title="System control (sysctl)"
      at={at}
      rows={[
        ['action', 'Action'],
        ['name', 'Parameter'],
        ['name_truncated', 'Parameter cut'],
        ['old_value', 'Old value'],
        ['old_value_truncated', 'Old value cut'],
        ['value', 'Value'],
        ['value_truncated', 'Value cut'],
        ['file_position', 'File position'],
        ['proc', 'Parameters (/proc/sys)'],
      ]}
      truncations={['name_truncated', 'old_value_truncated', 'value_truncated']}
    />
  );
}

export function SetsockoptSection({ at }: { readonly at: FieldRef }) {
  return (
    <RowsSection
      name="setsockopt"
      title="Socket option"
      at={at}
      rows={[
        ['level', 'Level'],
        ['optname', 'Option'],
        ['socket_family', 'Socket family'],
        ['socket_type', 'Socket type'],
        ['socket_protocol', 'Socket protocol'],
        ['filter_len', 'Filter length'],
        ['filter', 'Filter'],
        ['is_filter_truncated', 'Filter cut'],
        ['filter_hash', 'Filter hash'],
      ]}
      truncations={['is_filter_truncated']}
    />
  );
}

export function PrctlSection({ at }: { readonly at: FieldRef }) {
  return (
    <RowsSection
      name="prctl"
      title="prctl"
      at={at}
      rows={[
        ['option', 'Option'],
        ['new_name', 'New name'],
        ['is_name_truncated', 'Name cut'],
      ]}
      truncations={['is_name_truncated']}
    />
  );
}

export function CgroupWriteSection({ at }: { readonly at: FieldRef }) {
  const f = at.node.kind === 'object' ? new FieldSet(at.node, at.path) : undefined;
  const file = f?.take('file');
  return (
    <Section name="cgroup_write" title="Cgroup change" path={at.path}>
      <FieldRows
        at={at}
        {...(f === undefined ? {} : { fields: f })}
        rows={[['pid', 'Pid moved']]}
      />
      {file !== undefined &&
        (file.node.kind === 'object' ? (
          <Group title="Cgroup file" path={file.path}>
            <FileFacts fields={new FieldSet(file.node, file.path)} />
          </Group>
        ) : (
          <FieldValue at={file} />
        ))}
    </Section>
  );
}

export function SyscallsSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="syscalls" title="Syscalls" path={at.path}>
      <SyscallList at={at} />
    </Section>
  );
}

export function SyscallContextSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="syscall" title="Syscall arguments" path={at.path}>
      <SyscallArguments at={at} />
    </Section>
  );
}

export function AnomalySyscallSection({ at }: { readonly at: FieldRef }) {
  return (
    <RowsSection
      name="anomaly_detection_syscall"
      title="Anomalous syscall"
      at={at}
      rows={[['syscall', 'Syscall']]}
    />
  );
}
