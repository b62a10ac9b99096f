/**
 * Legacy SECL field names the agent still accepts (`legacy_secl.go`), mapped to their current
 * names: `open.filename` → `open.file.path`, `process.name` → `process.comm`, ….
 */

const FILE_EVENTS = [
  'chmod',
  'chown',
  'open',
  'mkdir',
  'rmdir',
  'unlink',
  'utimes',
  'setxattr',
  'removexattr',
];

function build(): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const type of FILE_EVENTS) {
    map.set(`${type}.filename`, `${type}.file.path`);
    map.set(`${type}.basename`, `${type}.file.name`);
  }
  const pairs: [string, string][] = [
    ['chmod.mode', 'chmod.file.destination.mode'],
    ['chown.uid', 'chown.file.destination.uid'],
    ['chown.user', 'chown.file.destination.user'],
    ['chown.gid', 'chown.file.destination.gid'],
    ['chown.group', 'chown.file.destination.group'],
    ['open.mode', 'open.file.destination.mode'],
    ['mkdir.mode', 'mkdir.file.destination.mode'],
    ['rename.old.filename', 'rename.file.path'],
    ['rename.old.basename', 'rename.file.name'],
    ['rename.new.filename', 'rename.file.destination.path'],
    ['rename.new.basename', 'rename.file.destination.name'],
    ['link.source.filename', 'link.file.path'],
    ['link.source.basename', 'link.file.name'],
    ['link.target.filename', 'link.file.destination.path'],
    ['link.target.basename', 'link.file.destination.name'],
    ['setxattr.namespace', 'setxattr.file.destination.namespace'],
    ['setxattr.name', 'setxattr.file.destination.name'],
    ['removexattr.namespace', 'removexattr.file.destination.namespace'],
    ['removexattr.name', 'removexattr.file.destination.name'],
    ['exec.filename', 'exec.file.path'],
    ['exec.overlay_numlower', 'exec.file.overlay_numlower'],
    ['exec.basename', 'exec.file.name'],
    ['exec.name', 'exec.comm'],
    ['process.filename', 'process.file.path'],
    ['process.basename', 'process.file.name'],
    ['process.name', 'process.comm'],
    ['process.ancestors.filename', 'process.ancestors.file.path'],
    ['process.ancestors.basename', 'process.ancestors.file.name'],
    ['process.ancestors.name', 'process.ancestors.comm'],
  ];
  for (const [from, to] of pairs) map.set(from, to);
  return map;
}

const LEGACY = build();

/** The current name of a legacy field, or the name itself. */
export function currentFieldName(name: string): string {
  return LEGACY.get(name) ?? name;
}
