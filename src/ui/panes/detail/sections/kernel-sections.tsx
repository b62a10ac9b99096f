/**
 * Sections of kernel events: the BPF command with its map and program (helpers listed), the
 * kernel module (loading from memory flagged), SELinux changes, and splice pipe flags.
 */
import type { FieldRef } from '../body/field-set';
import { FieldSet } from '../body/field-set';
import { Group, OtherFields, Section } from './facts';
import { FieldRows } from './field-rows';
import { FieldValue } from './field-value';
import { QualityMarker } from './quality-marker';

/** Named sub-objects of a section, each as its own group of rows, then the section's rows. */
function Subgroups({
  at,
  rows,
  groups,
}: {
  readonly at: FieldRef;
  readonly rows: ReadonlyArray<readonly [string, string]>;
  readonly groups: ReadonlyArray<
    readonly [key: string, title: string, rows: ReadonlyArray<readonly [string, string]>]
  >;
}) {
  if (at.node.kind !== 'object') return <FieldValue at={at} />;
  const f = new FieldSet(at.node, at.path);
  const taken = groups.flatMap(([key, title, groupRows]) => {
    const ref = f.take(key);
    return ref === undefined ? [] : [{ ref, title, groupRows }];
  });
  return (
    <>
      <FieldRows at={at} fields={f} rows={rows} />
      {taken.map(({ ref, title, groupRows }) =>
        ref.node.kind === 'object' ? (
          <Group key={ref.key} title={title} path={ref.path}>
            <FieldRows at={ref} rows={groupRows} />
          </Group>
        ) : (
          <OtherFields key={ref.key} fields={[ref]} />
        ),
      )}
    </>
  );
}

export function BpfSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="bpf" title="BPF" path={at.path}>
      <Subgroups
        at={at}
        rows={[['cmd', 'Command']]}
        groups={[
          [
            'map',
            'Map',
            [
              ['name', 'Name'],
              ['map_type', 'Type'],
            ],
          ],
          [
            'program',
            'Program',
            [
              ['name', 'Name'],
              ['program_type', 'Type'],
              ['attach_type', 'Attach type'],
              ['tag', 'Tag'],
              ['helpers', 'Helpers'],
            ],
          ],
        ]}
      />
    </Section>
  );
}

export function SelinuxSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="selinux" title="SELinux" path={at.path}>
      <Subgroups
        at={at}
        rows={[]}
        groups={[
          [
            'bool',
            'Boolean change',
            [
              ['name', 'Boolean'],
              ['state', 'New state'],
            ],
          ],
          ['enforce', 'Enforcement', [['status', 'Status']]],
          ['bool_commit', 'Boolean commit', [['state', 'Committed']]],
        ]}
      />
    </Section>
  );
}

export function ModuleSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="module" title="Kernel module" path={at.path}>
      <FieldRows
        at={at}
        rows={[
          ['name', 'Name'],
          ['loaded_from_memory', 'From memory'],
          ['argv', 'Arguments'],
          ['args_truncated', 'Arguments cut'],
        ]}
        render={{
          loaded_from_memory: (ref) =>
            ref.node.kind === 'literal' && ref.node.text === 'true' ? (
              <QualityMarker
                kind="loaded-from-memory"
                title="Loaded from a memory buffer, not from a file on disk"
              >
                true: loaded from memory, not from a file
              </QualityMarker>
            ) : undefined,
        }}
      />
    </Section>
  );
}

export function SpliceSection({ at }: { readonly at: FieldRef }) {
  return (
    <Section name="splice" title="Splice" path={at.path}>
      <FieldRows
        at={at}
        rows={[
          ['pipe_entry_flag', 'Pipe entry flag'],
          ['pipe_exit_flag', 'Pipe exit flag'],
        ]}
      />
    </Section>
  );
}
