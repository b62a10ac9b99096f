// The process lanes at 10,000 processes and 100,000 events (`npm run bench:lanes`): building
// the lane model in the engine (what the first paint waits for), one zoom step and one scroll
// frame of mark aggregation for the rows in view. Medians of several runs, in ms. Drawing on
// the canvas is not included (Node has none): bench/lanes-page-bench.ts measures the page.
import { ProcessForest } from '../src/index/process-forest';
import { buildLanes } from '../src/index/process-lanes';
import { ProcessTotals } from '../src/index/process-totals';
import { LaneBuckets } from '../src/ui/lanes/lane-buckets';
import { ZOOM_STEP, startWindow, zoomAround } from '../src/ui/lanes/lane-window';
import type { LaneSet, TimeRange } from '../src/protocol/messages';

const PROCESSES = 10_000;
const EVENTS = 100_000;
const RUNS = 7;
/** Rows in view (about 360 px of 24 px rows, plus overscan) and track width. */
const ROWS_IN_VIEW = 27;
const WIDTH_PX = 1200;
const START_MS = Date.UTC(2026, 10, 20, 8);

const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '000000Z');

/** One root shell whose children each start a few more: 10,000 tasks, 10 events each. */
function synthetic() {
  const forest = new ProcessForest();
  const times = new Float64Array(EVENTS);
  const entry = (pid: number, ppid: number, ms: number) => ({
    pid,
    ppid,
    comm: `p${pid % 97}`,
    fork_time: iso(ms),
    exec_time: iso(ms + 1),
  });
  const root = entry(1, 0, START_MS);
  for (let key = 0; key < EVENTS; key++) {
    const p = key % PROCESSES;
    const pid = 1 + p;
    const parentPid = p === 0 ? 0 : 1 + Math.floor((p - 1) / 8);
    const bornMs = START_MS + p * 600;
    const self = p === 0 ? root : entry(pid, parentPid, bornMs);
    const parent = p === 0 ? undefined : entry(parentPid, 0, START_MS + (parentPid - 1) * 600);
    times[key] = bornMs + Math.floor(key / PROCESSES) * 37;
    const process: Record<string, unknown> = { ...self };
    if (parent !== undefined && parentPid !== 1) process['parent'] = parent;
    if (parentPid === 1) process['parent'] = root;
    forest.addEvent(key, { evt: { name: 'open' }, process }, 'bench');
  }
  return { forest, times };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function aggregate(set: LaneSet, buckets: LaneBuckets, first: number, window: TimeRange): void {
  for (let lane = first; lane < first + ROWS_IN_VIEW && lane < set.lanes.length; lane++) {
    const l = set.lanes[lane];
    if (l === undefined) continue;
    const { timeMs, category } = set.events;
    buckets.fill(timeMs, category, l.eventFrom, l.eventTo, window, WIDTH_PX, 1);
    buckets.fill(timeMs, category, l.eventFrom, l.eventTo, window, WIDTH_PX, 8);
  }
}

const { forest, times } = synthetic();
const totals = new ProcessTotals(forest);
const index = { count: EVENTS, timeMs: times, fieldText: () => 'process activity' };
const build: number[] = [];
const zoom: number[] = [];
const scroll: number[] = [];
let set: LaneSet | undefined;
for (let run = 0; run < RUNS; run++) {
  let t = performance.now();
  set = buildLanes(
    {
      forest,
      totals,
      index,
      eventNode: forest.eventNode,
      datasetId: 1,
      eventId: (k) => `id:${k}`,
      viewKeys: () => new Uint32Array(0),
    },
    { kind: 'family', eventKey: 0 },
  );
  build.push(performance.now() - t);
  const extent = set.extent as TimeRange;
  const buckets = new LaneBuckets();
  let window = startWindow({ ...set, extent });
  t = performance.now();
  window = zoomAround(window, (window.fromMs + window.toMs) / 2, ZOOM_STEP, extent);
  aggregate(set, buckets, 0, window);
  zoom.push(performance.now() - t);
  const frames: number[] = [];
  for (let first = 0; first < set.lanes.length - ROWS_IN_VIEW; first += 97) {
    t = performance.now();
    aggregate(set, buckets, first, window);
    frames.push(performance.now() - t);
  }
  scroll.push(median(frames));
}
const lanes = set?.lanes.length ?? 0;
const events = set?.events.keys.length ?? 0;
console.log(`lanes: ${lanes} processes, ${events} events (medians of ${RUNS} runs)`);
console.log(`  lane model (engine, first paint waits for it): ${median(build).toFixed(1)} ms`);
console.log(`  zoom step (aggregation of ${ROWS_IN_VIEW} rows): ${median(zoom).toFixed(2)} ms`);
console.log(
  `  scroll frame (aggregation of ${ROWS_IN_VIEW} rows): ${median(scroll).toFixed(3)} ms`,
);
