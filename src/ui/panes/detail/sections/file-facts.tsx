/**
 * The fields of one file (the schema's `File`: the event's file, an executable, a mount
 * point…) as label / value rows, and two files side by side (a file and its
 * `destination`: rename and link targets, the new mode of a chmod, the new owner of a
 * chown). A path-resolution error is highlighted where the path would be. Newer agents' file
 * fields (hashes, mount origin, binary metadata, …) follow the seed's.
 */
import type { ReactNode } from 'react';
import type { FieldRef, FieldSet } from '../body/field-set';
import { Fact, FactOf, Facts, Group, NameIdFact, OtherFields } from './facts';
import { FieldRows } from './field-rows';
import { FieldValue } from './field-value';
import { FileFieldValue } from './file-values';

/** File keys in display order, with their labels (also the rows of the comparison). */
export const FILE_ROWS: ReadonlyArray<readonly [key: string, label: string]> = [
  ['path', 'Path'],
  ['name', 'Name'],
  ['path_resolution_error', 'Path error'],
  ['inode', 'Inode'],
  ['mount_id', 'Mount id'],
  ['filesystem', 'Filesystem'],
  ['in_upper_layer', 'Overlay layer'],
  ['user', 'Owner'],
  ['uid', 'Owner uid'],
  ['group', 'Group'],
  ['gid', 'Group gid'],
  ['mode', 'Mode'],
  ['flags', 'Flags'],
  ['modification_time', 'Modified'],
  ['change_time', 'Changed'],
  ['access_time', 'Accessed'],
  ['package_name', 'Package'],
  ['package_version', 'Package version'],
  ['attribute_namespace', 'Xattr namespace'],
  ['attribute_name', 'Xattr name'],
  ['device_path', 'Device path'],
  ['extension', 'Extension'],
  ['hashes', 'Hashes'],
  ['hash_state', 'Hash state'],
  ['mount_path', 'Mount path'],
  ['mount_source', 'Mount source'],
  ['mount_origin', 'Mount origin'],
  ['mount_visible', 'Mount visible'],
  ['mount_detached', 'Mount detached'],
  ['metadata', 'Binary metadata'],
];

/** Rows of a file's `metadata` (newer agents: what the binary is). */
const METADATA_ROWS: ReadonlyArray<readonly [key: string, label: string]> = [
  ['type', 'Type'],
  ['size', 'Size'],
  ['architecture', 'Architecture'],
  ['abi', 'ABI'],
  ['is_executable', 'Executable'],
  ['compression', 'Compression'],
  ['is_upx_packed', 'UPX packed'],
  ['is_garble_obfuscated', 'Garble obfuscated'],
];

/** Newer agents' file keys shown as plain rows after the seed's, in this order. */
const NEWER_KEYS: readonly string[] = [
  'device_path',
  'extension',
  'hashes',
  'hash_state',
  'mount_path',
  'mount_source',
  'mount_origin',
  'mount_visible',
  'mount_detached',
];

function labelOf(key: string): string {
  return FILE_ROWS.find(([k]) => k === key)?.[1] ?? key;
}

/** Two related values in one row (package name and version, xattr namespace and name). */
function Pair({ first, second, joiner }: { first?: FieldRef; second?: FieldRef; joiner: string }) {
  return (
    <>
      {first !== undefined && <FieldValue at={first} />}
      {first !== undefined && second !== undefined && <span className="ev-dim">{joiner}</span>}
      {second !== undefined && <FieldValue at={second} />}
    </>
  );
}

interface FileFactsProps {
  /** The file's members; keys taken by the caller are shown elsewhere. */
  readonly fields: FieldSet;
  /** Rows the caller adds after the file's own (FileEvent extras, …). */
  readonly extra?: ReactNode;
}

export function FileFacts({ fields, extra }: FileFactsProps) {
  const f = fields;
  const path = f.take('path');
  const name = f.take('name');
  const error = f.take('path_resolution_error');
  const inode = f.take('inode');
  const mountId = f.take('mount_id');
  const filesystem = f.take('filesystem');
  const layer = f.take('in_upper_layer');
  const user = f.take('user');
  const uid = f.take('uid');
  const group = f.take('group');
  const gid = f.take('gid');
  const mode = f.take('mode');
  const flags = f.take('flags');
  const modified = f.take('modification_time');
  const changed = f.take('change_time');
  const accessed = f.take('access_time');
  const packageName = f.take('package_name');
  const packageVersion = f.take('package_version');
  const xattrNamespace = f.take('attribute_namespace');
  const xattrName = f.take('attribute_name');
  const newer = f.takeAll(NEWER_KEYS);
  const metadata = f.take('metadata');
  const rest = f.rest();
  const packageRef = packageName ?? packageVersion;
  const xattrRef = xattrName ?? xattrNamespace;
  return (
    <>
      <Facts>
        {path !== undefined && (
          <Fact label="Path" path={path.path}>
            <FileFieldValue at={path} />
          </Fact>
        )}
        <FactOf label="Name" at={name} />
        {error !== undefined && (
          <Fact label="Path error" path={error.path} tone="problem">
            <FileFieldValue at={error} />
          </Fact>
        )}
        <FactOf label="Inode" at={inode} />
        <FactOf label="Mount id" at={mountId} />
        <FactOf label="Filesystem" at={filesystem} />
        {layer !== undefined && (
          <Fact label="Overlay layer" path={layer.path}>
            <FileFieldValue at={layer} />
          </Fact>
        )}
        <NameIdFact label="Owner" name={user} id={uid} idLabel="uid" />
        <NameIdFact label="Group" name={group} id={gid} idLabel="gid" />
        {mode !== undefined && (
          <Fact label="Mode" path={mode.path}>
            <FileFieldValue at={mode} />
          </Fact>
        )}
        <FactOf label="Flags" at={flags} />
        <FactOf label="Modified" at={modified} />
        <FactOf label="Changed" at={changed} />
        <FactOf label="Accessed" at={accessed} />
        {packageRef !== undefined && (
          <Fact label="Package" path={packageRef.path}>
            <Pair
              {...(packageName === undefined ? {} : { first: packageName })}
              {...(packageVersion === undefined ? {} : { second: packageVersion })}
              joiner=" version "
            />
          </Fact>
        )}
        {xattrRef !== undefined && (
          <Fact label="Extended attr." path={xattrRef.path}>
            <Pair
              {...(xattrNamespace === undefined ? {} : { first: xattrNamespace })}
              {...(xattrName === undefined ? {} : { second: xattrName })}
              joiner=" · "
            />
          </Fact>
        )}
        {newer.map((ref) => (
          <FactOf key={ref.key} label={labelOf(ref.key)} at={ref} />
        ))}
        {extra}
      </Facts>
      {metadata !== undefined && (
        <Group title="Binary metadata" path={metadata.path}>
          <FieldRows at={metadata} rows={METADATA_ROWS} />
        </Group>
      )}
      <OtherFields fields={rest} />
    </>
  );
}

/** One row of a comparison: a file key and what each side holds. */
export interface CompareRow {
  readonly key: string;
  readonly label: string;
  readonly left: FieldRef | undefined;
  readonly right: FieldRef | undefined;
}

/** Takes the file keys either side has, in display order (call before either side's `rest`). */
export function takeCompareRows(left: FieldSet, right: FieldSet): CompareRow[] {
  return FILE_ROWS.map(([key, label]) => ({
    key,
    label,
    left: left.take(key),
    right: right.take(key),
  })).filter((row) => row.left !== undefined || row.right !== undefined);
}

interface FileCompareProps {
  readonly rows: readonly CompareRow[];
  readonly headings: readonly [left: string, right: string];
}

/** Two files side by side, one row per file key either of them has. */
export function FileCompare({ rows, headings }: FileCompareProps) {
  return (
    <table className="ev-compare" data-testid="file-compare">
      <thead>
        <tr>
          {/* The corner names nothing: a data cell, not an empty header. */}
          <td />
          <th scope="col">{headings[0]}</th>
          <th scope="col">{headings[1]}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const isProblem = row.key === 'path_resolution_error';
          const changed = isChanged(row.left, row.right);
          return (
            <tr
              key={row.key}
              className={isProblem ? 'ev-row--problem' : changed ? 'ev-row--changed' : undefined}
            >
              <th scope="row">{row.label}</th>
              <td>{row.left !== undefined && <FileFieldValue at={row.left} />}</td>
              <td>{row.right !== undefined && <FileFieldValue at={row.right} />}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Both sides hold a plain value and the values differ. */
function isChanged(left: FieldRef | undefined, right: FieldRef | undefined): boolean {
  if (left === undefined || right === undefined) return false;
  const a = left.node;
  const b = right.node;
  if (a.kind === 'string' && b.kind === 'string') return a.value !== b.value;
  if (a.kind === 'number' && b.kind === 'number') return a.text !== b.text;
  if (a.kind === 'literal' && b.kind === 'literal') return a.text !== b.text;
  return false;
}
