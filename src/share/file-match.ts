/**
 * Compares the files a link was made on with the files that are open: by fingerprint (a
 * content hash), so a renamed copy matches and a same-named file with other content does not.
 */
import type { FileRef } from './view-link';

export interface FileComparison {
  /** True when the open files are exactly the expected ones (order aside). */
  readonly same: boolean;
  /** Expected files that are not open. */
  readonly missing: readonly FileRef[];
  /** Open files the link does not name. */
  readonly extra: readonly FileRef[];
}

export function compareFiles(
  expected: readonly FileRef[],
  open: readonly FileRef[],
): FileComparison {
  const openPrints = new Set(open.map((f) => f.fingerprint));
  const expectedPrints = new Set(expected.map((f) => f.fingerprint));
  const missing = expected.filter((f) => !openPrints.has(f.fingerprint));
  const extra = open.filter((f) => !expectedPrints.has(f.fingerprint));
  return { same: missing.length === 0 && extra.length === 0, missing, extra };
}

/** `name (12.3 MB, 3f2a…)` for notices; the name is log-independent user data, shown as text. */
export function describeFile(file: FileRef): string {
  return `${file.name} (${file.size.toLocaleString('en-US')} bytes, ${file.fingerprint.slice(0, 12)}…)`;
}
