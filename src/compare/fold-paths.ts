/**
 * File paths folded into patterns: in a directory that holds many generated names, those names
 * become one pattern, so that one run's names and another's compare equal while a name that
 * stands out stays as it is:
 * - names that read as random (a temp directory's `tmp.k3J9xQ2a`, `/proc`'s pids, a cache's
 *   hashes) become a `*` segment, once a directory holds `FOLD_AT` distinct ones;
 * - names that differ only in their numbers (`pgsql_tmp93900.0`, `orders-032361.csv`) keep
 *   their text with `*` for the numbers, once a directory holds `FOLD_AT` distinct ones of that
 *   template;
 * - names with a date (`app-2026-11-20.sql`) always keep their text with `*` for the date: a day
 *   compared with another names every dated file differently.
 * Folding is decided on all the paths of both data sets at once, so that the incident and the
 * baseline fold the same directories the same way. Directories are decided from the root down:
 * a folded segment joins the siblings it stands for, and the directories below them are decided
 * on the folded prefix. Windows paths (`C:\…`) are split at backslashes.
 */
import { literal, mask, pushPiece, shapeText, type Piece } from './pieces';
import { isRandomName } from './random-names';

/** A directory folds generated names once it holds at least this many distinct ones. */
export const FOLD_AT = 8;

const DIGIT_RUN = /\d+/g;

export interface FoldedPath {
  readonly pieces: readonly Piece[];
  /** The pattern as shown (`/tmp/*\/out`); the path itself when nothing folded. */
  readonly text: string;
}

/** A calendar date, as names carry them: `2026-11-20`, `2026_11_20`, `20261120`. */
const DATE = /(?<!\d)(?:19|20)\d\d([-_]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])(?!\d)/g;

/** The name with its dates as `*`, when it has any. */
function dateTemplate(name: string): string | undefined {
  return /\d{4}/.test(name) && name.search(DATE) !== -1 ? name.replace(DATE, '*') : undefined;
}

/** The name with its digit runs as `*`, when it has any. */
function numberTemplate(name: string): string | undefined {
  return /\d/.test(name) ? name.replace(DIGIT_RUN, '*') : undefined;
}

function templatePieces(name: string, pattern: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of name.matchAll(pattern)) {
    if (match.index > at) pieces.push(literal(name.slice(at, match.index)));
    pieces.push(mask('*'));
    at = match.index + match[0].length;
  }
  if (at < name.length) pieces.push(literal(name.slice(at)));
  return pieces;
}

type Fold = 'random' | 'template' | 'date' | undefined;

/** What folding needs to know of one name, judged once per distinct name. */
interface NameInfo {
  readonly isRandom: boolean;
  readonly template: string | undefined;
  readonly dated: string | undefined;
}

/** Values by a number, then by a text (nested maps: no key text is built per lookup). */
class NumberTextMap<V> {
  private readonly maps = new Map<number, Map<string, V>>();

  get(a: number, b: string): V | undefined {
    return this.maps.get(a)?.get(b);
  }

  set(a: number, b: string, value: V): void {
    let inner = this.maps.get(a);
    if (inner === undefined) this.maps.set(a, (inner = new Map()));
    inner.set(b, value);
  }
}

/** Distinct names per (folded parent directory, group); a group of `FOLD_AT` or more folds. */
class Groups {
  private readonly names = new NumberTextMap<Set<string>>();

  add(parent: number, group: string, name: string): void {
    let names = this.names.get(parent, group);
    if (names === undefined) this.names.set(parent, group, (names = new Set()));
    names.add(name);
  }

  folds(parent: number, group: string): boolean {
    return (this.names.get(parent, group)?.size ?? 0) >= FOLD_AT;
  }
}

/** The pattern of each path of `paths` (keyed by the path). */
export function foldPaths(paths: Iterable<string>): Map<string, FoldedPath> {
  const list = [...new Set(paths)];
  const separators = list.map((p) => (p.includes('/') || !p.includes('\\') ? '/' : '\\'));
  const segments = list.map((p, i) => p.split(separators[i] as string));
  /** Each path's folded parent directory so far, as an id (`directoryIds`). */
  const parents = new Uint32Array(list.length);
  const directoryIds = new NumberTextMap<number>();
  let directories = 0;
  const folds: Fold[][] = segments.map(() => []);
  let depth = 0;
  for (const s of segments) depth = Math.max(depth, s.length);
  const infos = new Map<string, NameInfo>();
  const infoOf = (name: string): NameInfo => {
    let info = infos.get(name);
    if (info === undefined) {
      info = {
        isRandom: isRandomName(name),
        template: numberTemplate(name),
        dated: dateTemplate(name),
      };
      infos.set(name, info);
    }
    return info;
  };
  for (let d = 1; d < depth; d++) {
    const groups = new Groups();
    segments.forEach((s, i) => {
      const name = s[d];
      if (name === undefined) return;
      const info = infoOf(name);
      if (info.isRandom) groups.add(parents[i] as number, '', name);
      if (info.template !== undefined) groups.add(parents[i] as number, info.template, name);
    });
    segments.forEach((s, i) => {
      const name = s[d];
      if (name === undefined) return;
      const parent = parents[i] as number;
      const { isRandom, template, dated } = infoOf(name);
      let fold: Fold;
      if (isRandom && groups.folds(parent, '')) fold = 'random';
      else if (template !== undefined && groups.folds(parent, template)) fold = 'template';
      else if (dated !== undefined) fold = 'date';
      (folds[i] as Fold[])[d] = fold;
      const folded =
        fold === 'random'
          ? '*'
          : fold === 'template'
            ? `#${template}`
            : fold === 'date'
              ? `@${dated}`
              : name;
      let id = directoryIds.get(parent, folded);
      if (id === undefined) directoryIds.set(parent, folded, (id = ++directories));
      parents[i] = id;
    });
  }
  const out = new Map<string, FoldedPath>();
  list.forEach((path, i) => {
    const pathFolds = folds[i] as Fold[];
    if (!pathFolds.some((fold) => fold !== undefined)) {
      out.set(path, { pieces: [literal(path)], text: path });
      return;
    }
    const pieces: Piece[] = [];
    (segments[i] as string[]).forEach((name, d) => {
      if (d > 0) pushPiece(pieces, literal(separators[i] as string));
      const fold = pathFolds[d];
      const named =
        fold === 'random'
          ? [mask('*')]
          : fold === 'template'
            ? templatePieces(name, DIGIT_RUN)
            : fold === 'date'
              ? templatePieces(name, DATE)
              : [literal(name)];
      for (const piece of named) pushPiece(pieces, piece);
    });
    out.set(path, { pieces, text: shapeText(pieces) });
  });
  return out;
}
