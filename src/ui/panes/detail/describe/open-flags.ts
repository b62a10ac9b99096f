/**
 * `open` flags (`file.flags`, e.g. `["O_CREAT", "O_TRUNC", "O_WRONLY"]`) in plain words: the
 * access mode (`read-only`, `write-only`, `read-write`) and what else the call asked for.
 * O_RDONLY is zero, so an empty list means read-only as well.
 */

const EXTRAS: ReadonlyArray<readonly [flag: string, words: string]> = [
  ['O_CREAT', 'create'],
  ['O_EXCL', 'exclusive'],
  ['O_TRUNC', 'truncate'],
  ['O_APPEND', 'append'],
  ['O_DIRECTORY', 'directory'],
  ['O_TMPFILE', 'temporary file'],
  ['O_PATH', 'path only'],
];

export interface OpenMode {
  readonly access: 'read-only' | 'write-only' | 'read-write';
  readonly extras: readonly string[];
}

export function describeOpenFlags(flags: readonly string[]): OpenMode {
  const access = flags.includes('O_RDWR')
    ? 'read-write'
    : flags.includes('O_WRONLY')
      ? 'write-only'
      : 'read-only';
  const extras = EXTRAS.filter(([flag]) => flags.includes(flag)).map(([, words]) => words);
  return { access, extras };
}

/** `read-only`, `write-only (create, truncate)`. */
export function openModeText(mode: OpenMode): string {
  return mode.extras.length === 0 ? mode.access : `${mode.access} (${mode.extras.join(', ')})`;
}
