/**
 * Wire types of the process lanes (`process.lanes`): one lane per task of a process family or
 * of the processes behind a view's events, in tree order, each with its lifetime, its images
 * (exec chain on one pid) and the range of its events in the flat event columns.
 *
 * The events travel as typed arrays (transferred), grouped by lane and in time order within a
 * lane; their ids travel as one string array because a mark the page shows must carry its id.
 */
import type { TimeRange } from './view';

/**
 * Whose lanes: the family of one event's process, the family of one process (by its identity
 * key, `Lane.key`), or the processes of the view in force.
 */
export type LanesScope =
  | { readonly kind: 'family'; readonly eventKey: number }
  | { readonly kind: 'process'; readonly processKey: string }
  | { readonly kind: 'view' };

/** The scopes the full-width lanes (in place of the event table) show. */
export type FullWidthScope = Exclude<LanesScope, { readonly kind: 'family' }>;

/** One program a task ran: the image before its first exec (if seen), then one per exec. */
export interface LaneImage {
  readonly comm: string;
  readonly executable: string;
  /** Epoch ms of the exec that started this image; NaN when the events do not say. */
  readonly execMs: number;
}

export interface Lane {
  /** Identity key (`host/pid/fork_time/exec_time`) of the task's first image: pins name it. */
  readonly key: string;
  readonly pid: number;
  readonly host: string;
  /** Index of the lane of the task that started this one; -1 for the first lane of a tree. */
  readonly parent: number;
  readonly depth: number;
  /** Lanes below this one in the set (what collapsing it hides). */
  readonly descendants: number;
  readonly images: readonly LaneImage[];
  /** Lifetime in epoch ms: fork (else exec, else first event) to exit (else last event). */
  readonly startMs: number;
  readonly endMs: number;
  /** True when no fork or exec time says when the task started (`startMs` is its first event). */
  readonly isStartOpen: boolean;
  /** True when no exit time says when it ended (`endMs` is its last event, or its start). */
  readonly isEndOpen: boolean;
  /** The lane's events are `[eventFrom, eventTo)` of the event columns. */
  readonly eventFrom: number;
  readonly eventTo: number;
  /** On the path from the root down to the scope's event's process. */
  readonly isLineage: boolean;
}

/** The events of every lane: entry i of each column is the same event. */
export interface LaneEvents {
  readonly keys: Uint32Array;
  readonly timeMs: Float64Array;
  /** Index into `LaneSet.categories`. */
  readonly category: Uint8Array;
  /** Index into `LaneSet.types`. */
  readonly type: Uint16Array;
  readonly ids: readonly string[];
}

export interface LaneSet {
  readonly datasetId: number;
  readonly lanes: readonly Lane[];
  readonly events: LaneEvents;
  /** Event categories (`evt.category`, '' for none) and types (`evt.name`). */
  readonly categories: readonly string[];
  readonly types: readonly string[];
  /** Lane of the scope's (event's) process; -1 without one (or for a view). */
  readonly focusLane: number;
  /** The scope's event (its row key), -1 for a view. */
  readonly focusEventKey: number;
  /** The span of every lifetime and event; undefined when nothing has a time. */
  readonly extent: TimeRange | undefined;
  /** Tasks and events left out past the bounds (`MAX_LANES`, `MAX_LANE_EVENTS`). */
  readonly lanesCut: number;
  readonly eventsCut: number;
  /** Events of the lanes without a time (not drawn). */
  readonly untimed: number;
}
