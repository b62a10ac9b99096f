/**
 * Turns what the user picked or dropped into `{file, path}` pairs: dropped folders are
 * walked recursively with the File and Directory Entries API, paths are relative to what
 * was dropped (`logs/dt=20261120/hour=08/archive_1.json.gz`) and sorted so that a folder
 * always opens in the same order.
 *
 * OS bookkeeping files (`.DS_Store`, `Thumbs.db`, `desktop.ini`) are skipped: they are never
 * logs, and listing each one as a rejected file would only be noise.
 */
import type { OpenFile } from '../../protocol/messages';

const IGNORED_NAMES = new Set(['.ds_store', 'thumbs.db', 'desktop.ini']);

export function isIgnoredFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return IGNORED_NAMES.has(name) || path.startsWith('__MACOSX/') || path.includes('/__MACOSX/');
}

export function byPath(a: OpenFile, b: OpenFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Files of an `<input type="file">`, with their folder-relative path when there is one. */
export function filesFromInput(input: HTMLInputElement): OpenFile[] {
  return Array.from(input.files ?? [])
    .map((file) => ({
      file,
      path: file.webkitRelativePath === '' ? file.name : file.webkitRelativePath,
    }))
    .filter((f) => !isIgnoredFile(f.path))
    .sort(byPath);
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

/** Every entry of a directory: `readEntries` returns them in batches until an empty one. */
async function readAll(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await readBatch(reader);
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

function isFileEntry(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectoryEntry(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

async function walk(entry: FileSystemEntry, out: OpenFile[]): Promise<void> {
  if (isFileEntry(entry)) {
    // fullPath is relative to the drop: "/logs/dt=20261120/archive_1.json.gz".
    const path = entry.fullPath.replace(/^\/+/, '') || entry.name;
    if (!isIgnoredFile(path)) out.push({ file: await fileOf(entry), path });
  } else if (isDirectoryEntry(entry)) {
    for (const child of await readAll(entry)) await walk(child, out);
  }
}

/**
 * Captures a drop. Entries must be taken while the drop event is being dispatched (the
 * data transfer is emptied afterwards), so this part is synchronous; the walk is not.
 */
export function captureDrop(transfer: DataTransfer): () => Promise<OpenFile[]> {
  const entries: FileSystemEntry[] = [];
  const plainFiles: File[] = [];
  const items = Array.from(transfer.items).filter((item) => item.kind === 'file');
  for (const item of items) {
    const entry = typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null;
    if (entry !== null) {
      entries.push(entry);
    } else {
      // No entry for this item (no entries API, or a synthetic drop): a plain file then.
      const file = item.getAsFile();
      if (file !== null) plainFiles.push(file);
    }
  }
  if (items.length === 0) plainFiles.push(...Array.from(transfer.files));
  return async () => {
    const out: OpenFile[] = plainFiles.map((file) => ({ file, path: file.name }));
    for (const entry of entries) await walk(entry, out);
    return out.filter((f) => !isIgnoredFile(f.path)).sort(byPath);
  };
}
