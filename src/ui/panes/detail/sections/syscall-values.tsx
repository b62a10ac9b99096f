/**
 * Syscall lists of newer agents (`syscalls`, `process.syscalls`: `{name, id}` items) as
 * `name (id)` items, long lists cut with "show more"; and the syscall context (`syscall`:
 * the arguments of each syscall the rule looked at) as one group per syscall.
 */
import type { FieldRef } from '../body/field-set';
import { FieldSet } from '../body/field-set';
import { Group, OtherFields } from './facts';
import { FieldRows } from './field-rows';
import { FieldValue } from './field-value';
import { ShowMoreButton, useShowMore } from './show-more';

const FIRST_SYSCALLS = 24;
const MORE_SYSCALLS = 500;

function SyscallItem({ path, node }: Pick<FieldRef, 'path' | 'node'>) {
  if (node.kind !== 'object')
    return (
      <li className="ev-item">
        <FieldValue at={{ path, key: '', node }} />
      </li>
    );
  const f = new FieldSet(node, path);
  const name = f.take('name');
  const id = f.take('id');
  return (
    <li className="ev-item">
      {name !== undefined && <FieldValue at={name} />}
      {id !== undefined && (
        <span className="ev-id">
          <span className="ev-dim"> #</span>
          <FieldValue at={id} />
        </span>
      )}
      <OtherFields fields={f.rest()} />
    </li>
  );
}

/** A list of syscalls; a value that is not a list is shown as it is. */
export function SyscallList({ at }: { readonly at: FieldRef }) {
  const items = at.node.kind === 'array' ? at.node.items : [];
  const more = useShowMore(items.length, FIRST_SYSCALLS, MORE_SYSCALLS, 'syscalls');
  if (at.node.kind !== 'array') return <FieldValue at={at} />;
  if (items.length === 0) return <FieldValue at={at} />;
  return (
    <span className="ev-list-wrap" data-field={at.path}>
      <ul className="ev-list">
        {items.slice(0, more.count).map((node, i) => (
          <SyscallItem key={i} path={at.path} node={node} />
        ))}
      </ul>
      <ShowMoreButton more={more} className="link-button ev-list-more" />
    </span>
  );
}

const SYSCALL_ARG_ROWS = [
  ['path', 'Path'],
  ['destination_path', 'Destination path'],
  ['flags', 'Flags'],
  ['mode', 'Mode'],
  ['uid', 'Uid'],
  ['gid', 'Gid'],
  ['dirfd', 'Directory fd'],
  ['fs_type', 'Filesystem type'],
] as const;

/** `syscall`: per syscall name, the arguments the agent captured. */
export function SyscallArguments({ at }: { readonly at: FieldRef }) {
  if (at.node.kind !== 'object') return <FieldValue at={at} />;
  const f = new FieldSet(at.node, at.path);
  const groups = f.rest();
  return (
    <>
      {groups.map((ref) =>
        ref.node.kind === 'object' ? (
          <Group key={ref.key} title={<span className="ev-mono">{ref.key}</span>} path={ref.path}>
            <FieldRows at={ref} rows={SYSCALL_ARG_ROWS} />
          </Group>
        ) : (
          <OtherFields key={ref.key} fields={[ref]} />
        ),
      )}
    </>
  );
}
