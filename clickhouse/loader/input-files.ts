/**
 * The files a load reads, named as the tab names them: a file given alone by its name, a
 * folder's files by their path from the folder's parent (`logs/dt=20261120/archive_1.json.gz`,
 * as a dropped folder), OS bookkeeping files skipped, all in path order.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import { isIgnoredFile } from '../../src/ui/common/dropped-files';

export interface InputFile {
  /** Where the file is on this machine. */
  readonly location: string;
  /** Its name in the explorer (`source_path`). */
  readonly path: string;
}

async function walk(folder: string, root: string, out: InputFile[]): Promise<void> {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const location = join(folder, entry.name);
    if (entry.isDirectory()) await walk(location, root, out);
    else if (entry.isFile())
      out.push({ location, path: relative(root, location).split(sep).join('/') });
  }
}

export async function inputFiles(inputs: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const input of inputs) {
    if ((await stat(input)).isDirectory()) await walk(input, dirname(input), files);
    else files.push({ location: input, path: basename(input) });
  }
  return files
    .filter((f) => !isIgnoredFile(f.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
