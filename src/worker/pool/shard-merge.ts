/**
 * Merging a shard's answer into the data set, in file order: its rows go to the end of the
 * index (lines and ordinals shifted by what the file had before the shard), its process
 * contexts into the forest event by event, its problems and counts to the data set. Past the
 * data set's record limit only the records before the limit are taken, as a reading of the
 * whole file would have stopped there.
 */
import type { Shape } from '../../ingest/parse/envelope';
import type { Problem } from '../../protocol/messages';
import type { DataSet } from '../data-set';
import { BUILDER_NAMES, INDEX_BUILDERS } from './builders/builders';
import type { IndexBuilder } from './builders/index-builder';
import type { ShardResult } from './shard';

/** What a file has had merged so far. */
export interface FileCursor {
  lines: number;
  records: number;
  readonly shapes: Set<Shape>;
}

export function newFileCursor(): FileCursor {
  return { lines: 0, records: 0, shapes: new Set() };
}

export interface MergedShard {
  /** Keys of the rows added. */
  readonly from: number;
  readonly to: number;
  /** Field columns the shard lacked (added while it was read): fill them from the raw text. */
  readonly missingFields: readonly string[];
  /** False when the record limit cut the shard short. */
  readonly whole: boolean;
}

/** Records of the shard to take: all, or those before the data set's record limit. */
function recordsToTake(data: DataSet, shard: ShardResult): number {
  return Math.max(0, Math.min(shard.records, data.recordLimit - data.counts.records));
}

/** Events of the shard among its first `records` records (events are in record order). */
function eventsWithin(shard: ShardResult, records: number): number {
  const ordinals = shard.parts.columns.ordinal;
  let lo = 0;
  let hi = shard.events;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ordinals[mid] as number) <= records) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Adds the shard's rows, forest entries, problems and counts. `fileProblem`, when given, is
 * the problem that broke the file's text off after this shard: it goes where a reading of
 * the whole file reports it, before the problems found at the end of the text.
 */
export function mergeShard(
  data: DataSet,
  sourceIndex: number,
  cursor: FileCursor,
  shard: ShardResult,
  fileProblem?: Problem,
): MergedShard {
  const records = recordsToTake(data, shard);
  const whole = records === shard.records;
  const events = whole ? shard.events : eventsWithin(shard, records);
  const { counts } = data;
  const source = data.sources[sourceIndex];
  const at = {
    sourceIndex,
    from: data.index.count,
    events,
    lines: cursor.lines,
    records: cursor.records,
  };
  const missingFields = BUILDER_NAMES.flatMap((name) =>
    (INDEX_BUILDERS[name] as IndexBuilder<unknown>).merge(data, shard.parts[name], at),
  );
  const addProblem = (problem: Problem): void => {
    data.addProblem(
      problem.kind === 'record' ? { ...problem, line: problem.line + cursor.lines } : problem,
    );
  };
  let rejected = 0;
  shard.problems.forEach((problem, i) => {
    if (i === shard.problemsBeforeFinish && fileProblem !== undefined) data.addProblem(fileProblem);
    if ((shard.problemOrdinals[i] as number) > records) return;
    rejected++;
    addProblem(problem);
  });
  if (fileProblem !== undefined && shard.problemsBeforeFinish >= shard.problems.length) {
    data.addProblem(fileProblem);
  }
  const lastLine = whole ? Infinity : firstLineAfter(shard, records);
  counts.blankLines += shard.blankLines.filter((line) => line < lastLine).length;
  counts.records += events + rejected;
  counts.events += events;
  counts.rejected += rejected;
  if (source !== undefined) {
    source.events += events;
    source.rejected += rejected;
  }
  for (const shape of shard.shapes) cursor.shapes.add(shape);
  cursor.lines += shard.newlines;
  cursor.records += shard.records;
  return { from: at.from, to: at.from + events, missingFields, whole };
}

/** The line of the first record not taken (blank lines before it were read). */
function firstLineAfter(shard: ShardResult, records: number): number {
  const events = eventsWithin(shard, records);
  let line = events < shard.events ? (shard.parts.columns.line[events] as number) : Infinity;
  shard.problems.forEach((problem, i) => {
    if ((shard.problemOrdinals[i] as number) === records + 1) line = Math.min(line, problem.line);
  });
  return line;
}
