/**
 * A file's `st_mode` in the words of `ls -l`: `-rwsr-xr-x` with the file type and the special
 * bits (setuid, setgid, sticky) named. Modes that carry permission bits only (the new mode of
 * a chmod or mkdir) have no type: their symbolic form leaves the type letter out.
 */

export interface FileModeInfo {
  /** `-rwsr-xr-x`, or `rw-r-----` when the mode has no type bits. */
  readonly symbolic: string;
  /** Permission and special bits in octal, four digits: `4755`. */
  readonly octal: string;
  /** `regular file`, `directory`, …; undefined when the mode has no type bits. */
  readonly type: string | undefined;
  /** `setuid`, `setgid`, `sticky`, in that order, when set. */
  readonly special: readonly string[];
}

const FILE_TYPES: ReadonlyMap<number, readonly [letter: string, name: string]> = new Map([
  [0o140000, ['s', 'socket']],
  [0o120000, ['l', 'symbolic link']],
  [0o100000, ['-', 'regular file']],
  [0o060000, ['b', 'block device']],
  [0o040000, ['d', 'directory']],
  [0o020000, ['c', 'character device']],
  [0o010000, ['p', 'named pipe']],
]);

const TYPE_MASK = 0o170000;

function triple(bits: number, special: boolean, specialLetter: string): string {
  const r = bits & 4 ? 'r' : '-';
  const w = bits & 2 ? 'w' : '-';
  const isExec = (bits & 1) !== 0;
  let x = isExec ? 'x' : '-';
  if (special) x = isExec ? specialLetter : specialLetter.toUpperCase();
  return r + w + x;
}

/** Describes a mode given as an integer; undefined for values that cannot be a mode. */
export function describeFileMode(mode: number): FileModeInfo | undefined {
  if (!Number.isInteger(mode) || mode < 0 || mode > 0o177777) return undefined;
  const typeBits = mode & TYPE_MASK;
  const fileType = FILE_TYPES.get(typeBits);
  const isSetuid = (mode & 0o4000) !== 0;
  const isSetgid = (mode & 0o2000) !== 0;
  const isSticky = (mode & 0o1000) !== 0;
  const permissions =
    triple((mode >> 6) & 7, isSetuid, 's') +
    triple((mode >> 3) & 7, isSetgid, 's') +
    triple(mode & 7, isSticky, 't');
  const special: string[] = [];
  if (isSetuid) special.push('setuid');
  if (isSetgid) special.push('setgid');
  if (isSticky) special.push('sticky');
  const unknownType = typeBits !== 0 && fileType === undefined;
  return {
    symbolic: (fileType?.[0] ?? (unknownType ? '?' : '')) + permissions,
    octal: (mode & 0o7777).toString(8).padStart(4, '0'),
    type: fileType?.[1] ?? (unknownType ? `unknown type ${typeBits.toString(8)}` : undefined),
    special,
  };
}
