/**
 * Wire types of one event's panes: its detail (bodies, raw text, findings) and its process
 * context (the tree slice and its nodes).
 */
import type { Finding } from './ingest';
import type { EventRow } from './view';

/** The record text sent to the detail view is cut past this many characters. */
export const MAX_RAW_CHARS = 1_000_000;

export interface EventDetail {
  readonly row: EventRow;
  /** The event body (what the schema describes), pretty-printed JSON text. */
  readonly bodyJson: string;
  /** The envelope around the body (API / archive fields), when the input had one. */
  readonly envelopeJson: string | undefined;
  /** The record exactly as read from the file (possibly cut, see `rawTruncated`). */
  readonly rawText: string;
  readonly rawTruncated: boolean;
  readonly findings: readonly Finding[];
  /** The schema the event was validated against (`linux-7.71`, `windows-7.71`, `linux-seed`). */
  readonly schema: string;
  /** True when the event named no agent version and `schema` is the one that fits it best. */
  readonly schemaBestFit: boolean;
  readonly source: string;
  readonly line: number;
  readonly byteOffset: number;
}

/**
 * One process of the data set's process forest. Identity (DESIGN.md, "Identity") is host + pid
 * + fork time + exec time; `key` writes it as `<host>/<pid>/<fork_time>/<exec_time>` (each part
 * as in the events, empty when unknown), the text the `@process.key:"…"` and
 * `@process.subtree:"…"` query fields match. `id` is a number for `process.children` calls,
 * valid within one data set (`datasetId`); links and queries use `key`. Strings are raw log
 * content: render as text only.
 */
export interface ProcessNode {
  readonly id: number;
  readonly key: string;
  /** The parent node; undefined for a root (see `ppid` for a parent the data does not show). */
  readonly parentId: number | undefined;
  /**
   * True when the parent is the program this process replaced by exec (same pid, same fork
   * time, earlier exec time): draw the link as "exec'd", not "forked".
   */
  readonly isExecImage: boolean;
  readonly pid: number;
  /** The parent pid the events report, when they do (also when the parent has no node). */
  readonly ppid: number | undefined;
  readonly uid: number | undefined;
  readonly host: string;
  readonly comm: string;
  readonly executable: string;
  /** The first arguments (argv0 excluded), each cut to 256 characters (U+0000 reads U+FFFD). */
  readonly args: readonly string[];
  /** More arguments exist than `args` shows (or the agent cut them). */
  readonly argsTruncated: boolean;
  /** User name, `''` when no event names it (then see `uid`). */
  readonly user: string;
  readonly containerId: string;
  /** RFC 3339 texts as in the events, `''` when unknown. */
  readonly forkTime: string;
  readonly execTime: string;
  readonly exitTime: string;
  /** Events this process performed itself (`@process.key:"<key>"` matches exactly these). */
  readonly ownEvents: number;
  /** Events of this process and of all below it (what `@process.subtree:"<key>"` matches). */
  readonly subtreeEvents: number;
  readonly childCount: number;
  /** Processes below this one, at any depth. */
  readonly descendantCount: number;
}

/**
 * The process context of one event: its process, the lineage up to the root, the children of
 * every node on that path, and the event's process's subtree, each bounded.
 */
export interface ProcessTreeSlice {
  readonly datasetId: number;
  readonly eventKey: number;
  /** The event's own process; undefined when the event names no process with a pid. */
  readonly focusId: number | undefined;
  /** Node ids from the root down to the event's process (empty without a process). */
  readonly lineage: readonly number[];
  /** Every node the slice mentions, once each. */
  readonly nodes: readonly ProcessNode[];
  /**
   * For each node whose children are (partly) included, keyed by node id: the included
   * children's ids in start-time order. It is a prefix of the full order (what
   * `process.children(id, 0, n)` returns), except that a lineage node's child on the path is
   * always included, even when it lies past that prefix. A node's `childCount` says how many
   * it has in all.
   */
  readonly childrenShown: Readonly<Record<number, readonly number[]>>;
  /** Nodes below the event's process that the slice leaves out (expand with `process.children`). */
  readonly subtreeNodesCut: number;
}
