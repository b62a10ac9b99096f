/**
 * The "Mount" section: mount point, source and filesystem, the mount ids, path errors
 * highlighted, and the two files the agent attaches (`mp`, `root`). The dotted keys
 * (`mountpoint.path`, `source.path`) are single JSON keys; the agent fills `mp.path` and
 * `root.path` the other way round from their names, so the dotted keys come first.
 */
import type { FieldRef } from '../body/field-set';
import { FieldSet, fieldsOf } from '../body/field-set';
import { Group, OtherFields, Section } from './facts';
import { FieldRows } from './field-rows';
import { FieldValue } from './field-value';
import { FileFacts } from './file-facts';

const ROWS: ReadonlyArray<readonly [string, string]> = [
  ['mountpoint.path', 'Mount point'],
  ['mountpoint.path_error', 'Mount point error'],
  ['source.path', 'Source'],
  ['source.path_error', 'Source error'],
  ['fs_type', 'Filesystem'],
  ['mount_id', 'Mount id'],
  ['parent_mount_id', 'Parent mount id'],
  ['bind_src_mount_id', 'Bind source mount id'],
  ['group_id', 'Peer group id'],
  ['device', 'Device'],
  ['visible', 'Visible'],
  ['detached', 'Detached'],
];

export function MountSection({ at }: { readonly at: FieldRef }) {
  if (at.node.kind !== 'object') {
    return (
      <Section name="mount" title="Mount" path={at.path}>
        <FieldValue at={at} />
      </Section>
    );
  }
  const f = new FieldSet(at.node, at.path);
  const files = [
    { ref: f.take('mp'), title: 'Mount point file (mp)' },
    { ref: f.take('root'), title: 'Root file (root)' },
  ];
  return (
    <Section name="mount" title="Mount" path={at.path}>
      <FieldRows
        at={at}
        fields={f}
        rows={ROWS}
        tone={(ref) => (ref.key.endsWith('path_error') ? 'problem' : undefined)}
      />
      {files.map(({ ref, title }) =>
        ref === undefined ? null : ref.node.kind === 'object' ? (
          <Group key={ref.key} title={title} path={ref.path}>
            <FileFacts fields={fieldsOf(ref)} />
          </Group>
        ) : (
          <OtherFields key={ref.key} fields={[ref]} />
        ),
      )}
    </Section>
  );
}
