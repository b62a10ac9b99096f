/**
 * The comparison of an incident with a baseline: each kind's values are set side by side and
 * sorted into new (never in the baseline), rare (in both, at least `RARE_FACTOR` times more
 * frequent per event in the incident) and gone (in the baseline, never in the incident);
 * values as frequent in both are left out. Changed files are folded into patterns over both
 * data sets' paths first, so that one generated directory is one pattern on both sides.
 *
 * Order: new, then rare, then gone; within each, by kind (`COMPARE_KINDS`), then the most
 * telling first — new and gone by count, rare by factor — then by value.
 */
import {
  COMPARE_KINDS,
  type CompareItem,
  type CompareKind,
  type CompareKindTotals,
  type CompareStatus,
} from '../protocol/compare';
import type { Extracted } from './extract-kinds';
import { foldPaths } from './fold-paths';
import { fileChangeQuery } from './kind-queries';
import { addSeen, type KindTally, type Seen } from './tally';

/** A value at least this many times more frequent (per event) in the incident is rare. */
export const RARE_FACTOR = 5;

/** Both data sets' changed paths, folded the same way. */
function foldedChanges(incident: Extracted, baseline: Extracted): [KindTally, KindTally] {
  const patterns = foldPaths([...incident.changedPaths.keys(), ...baseline.changedPaths.keys()]);
  const fold = (paths: Map<string, Seen>): KindTally => {
    const tally: KindTally = new Map();
    for (const [path, seen] of paths) {
      const pattern = patterns.get(path);
      if (pattern === undefined) continue;
      addSeen(tally, pattern.text, seen, () => fileChangeQuery(pattern.pieces));
    }
    return tally;
  };
  return [fold(incident.changedPaths), fold(baseline.changedPaths)];
}

function tallyOf(extracted: Extracted, kind: CompareKind, files: KindTally): KindTally {
  return kind === 'file-change' ? files : (extracted.kinds.get(kind) ?? new Map());
}

const STATUS_RANK: Readonly<Record<CompareStatus, number>> = { new: 0, rare: 1, gone: 2 };

function byTelling(a: CompareItem, b: CompareItem): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    COMPARE_KINDS.indexOf(a.kind) - COMPARE_KINDS.indexOf(b.kind) ||
    (a.status === 'rare' ? b.factor - a.factor : 0) ||
    Math.max(b.incident, b.baseline) - Math.max(a.incident, a.baseline) ||
    (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)
  );
}

function time(ms: number): number {
  return Number.isFinite(ms) ? ms : Number.NaN;
}

export interface Comparison {
  readonly items: CompareItem[];
  readonly totals: CompareKindTotals[];
}

export function compareExtracted(incident: Extracted, baseline: Extracted): Comparison {
  const [incidentFiles, baselineFiles] = foldedChanges(incident, baseline);
  const items: CompareItem[] = [];
  // Per event loaded: a baseline of a whole day and an incident of an hour compare fairly.
  const scale = baseline.events / Math.max(1, incident.events);
  for (const kind of COMPARE_KINDS) {
    const inc = tallyOf(incident, kind, incidentFiles);
    const base = tallyOf(baseline, kind, baselineFiles);
    for (const [value, seen] of inc) {
      const before = base.get(value)?.count ?? 0;
      const factor = before === 0 ? 0 : (seen.count * scale) / before;
      if (before > 0 && factor < RARE_FACTOR) continue;
      items.push({
        kind,
        value,
        status: before === 0 ? 'new' : 'rare',
        incident: seen.count,
        baseline: before,
        factor,
        firstMs: time(seen.firstMs),
        lastMs: time(seen.lastMs),
        query: seen.query(),
      });
    }
    for (const [value, seen] of base) {
      if (inc.has(value)) continue;
      items.push({
        kind,
        value,
        status: 'gone',
        incident: 0,
        baseline: seen.count,
        factor: 0,
        firstMs: time(seen.firstMs),
        lastMs: time(seen.lastMs),
        query: seen.query(),
      });
    }
  }
  items.sort(byTelling);
  const totals = COMPARE_KINDS.map((kind) => {
    const row: { -readonly [K in keyof CompareKindTotals]: CompareKindTotals[K] } = {
      kind,
      new: 0,
      rare: 0,
      gone: 0,
    };
    return row;
  });
  for (const item of items) {
    const row = totals[COMPARE_KINDS.indexOf(item.kind)];
    if (row !== undefined) row[item.status]++;
  }
  return { items, totals };
}
