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
 * baseline fold the same directories the same way. The paths make a tree of names, decided from
 * the root down: the siblings a pattern stands for become one directory, whose children are
 * decided together. Each name of the tree is looked at once. Windows paths (`C:\…`) are split
 * at backslashes.
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

/** A name of the path tree: its children by name, and the paths that end at it. */
interface TreeNode {
  readonly children: Map<string, TreeNode>;
  readonly ends: number[];
}

function treeNode(): TreeNode {
  return { children: new Map(), ends: [] };
}

/** What folding needs to know of one name, judged once per distinct name. */
interface NameInfo {
  readonly isRandom: boolean;
  readonly template: string | undefined;
  readonly dated: string | undefined;
}

/** The pattern of each path of `paths` (keyed by the path). */
export function foldPaths(paths: Iterable<string>): Map<string, FoldedPath> {
  const list = [...new Set(paths)];
  const roots = new Map<string, TreeNode>();
  list.forEach((path, i) => {
    const separator = path.includes('/') || !path.includes('\\') ? '/' : '\\';
    const names = path.split(separator);
    // The first name (empty, or a drive `C:`) and the separator make the root.
    const rootKey = `${names[0] ?? ''}${separator}`;
    let node: TreeNode = roots.get(rootKey) ?? treeNode();
    roots.set(rootKey, node);
    if (names.length === 1) {
      node.ends.push(i);
      return;
    }
    for (let d = 1; d < names.length; d++) {
      const name = names[d] as string;
      const child: TreeNode = node.children.get(name) ?? treeNode();
      node.children.set(name, child);
      node = child;
    }
    node.ends.push(i);
  });
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
  const out = new Map<string, FoldedPath>();
  /** Records the paths ending at `nodes` with the pattern `pieces`. */
  const record = (nodes: readonly TreeNode[], pieces: readonly Piece[], isFolded: boolean) => {
    const text = isFolded ? shapeText(pieces) : undefined;
    for (const node of nodes) {
      for (const i of node.ends) {
        const path = list[i] as string;
        out.set(
          path,
          isFolded ? { pieces, text: text as string } : { pieces: [literal(path)], text: path },
        );
      }
    }
  };
  /** Decides the children of the directory that `nodes` (siblings folded into one) make. */
  const visit = (
    nodes: readonly TreeNode[],
    pieces: readonly Piece[],
    separator: string,
    isFolded: boolean,
    isRoot: boolean,
  ): void => {
    record(nodes, pieces, isFolded);
    // The children's names, and how many distinct random and templated ones there are.
    const named = new Map<string, TreeNode[]>();
    const random = new Set<string>();
    const templates = new Map<string, Set<string>>();
    for (const node of nodes) {
      for (const [name, child] of node.children) {
        const same = named.get(name);
        if (same === undefined) named.set(name, [child]);
        else same.push(child);
        const info = infoOf(name);
        if (info.isRandom) random.add(name);
        if (info.template !== undefined) {
          let names = templates.get(info.template);
          if (names === undefined) templates.set(info.template, (names = new Set()));
          names.add(name);
        }
      }
    }
    // Children grouped by what they fold into, with the pieces of that name.
    const groups = new Map<string, { nodes: TreeNode[]; name: Piece[]; folds: boolean }>();
    for (const [name, children] of named) {
      const { isRandom, template, dated } = infoOf(name);
      let key = name;
      let namePieces: Piece[] | undefined;
      if (isRandom && random.size >= FOLD_AT) {
        key = '\u0000*';
        namePieces = [mask('*')];
      } else if (template !== undefined && (templates.get(template)?.size ?? 0) >= FOLD_AT) {
        key = `\u0000#${template}`;
        namePieces = templatePieces(name, DIGIT_RUN);
      } else if (dated !== undefined) {
        key = `\u0000@${dated}`;
        namePieces = templatePieces(name, DATE);
      }
      const group = groups.get(key);
      if (group === undefined) {
        groups.set(key, {
          nodes: [...children],
          name: namePieces ?? [literal(name)],
          folds: namePieces !== undefined,
        });
      } else {
        group.nodes.push(...children);
      }
    }
    for (const group of groups.values()) {
      // The root's pieces end with the separator already (`/`, `C:\\`).
      const next = [...pieces];
      if (!isRoot) pushPiece(next, literal(separator));
      for (const piece of group.name) pushPiece(next, piece);
      visit(group.nodes, next, separator, isFolded || group.folds, false);
    }
  };
  for (const [rootKey, root] of roots) {
    const separator = rootKey.slice(-1);
    visit([root], [literal(rootKey)], separator, false, true);
  }
  return out;
}
