/**
 * Draws the visible lanes on a canvas: per row, the task's lifetime as a bar (one shade per
 * image, a tick at each exec, a dashed lead or tail where the start or the end is open), then
 * its events as marks coloured by category — a cell of one pixel with several events is one
 * taller mark, so a dense lane never overdraws — and a ring around the selected event.
 *
 * Draws only: rows, window and colours come from the caller; `LaneBuckets` is reused.
 */
import type { LaneSet, TimeRange } from '../../protocol/messages';
import type { LaneBuckets } from './lane-buckets';

/** Colours read from the theme (see `lanePalette`). */
export interface LanePalette {
  /** By category code of the set. */
  readonly categories: readonly string[];
  readonly life: string;
  readonly lifeAlt: string;
  readonly exec: string;
  readonly selected: string;
  readonly grid: string;
}

export interface LanePaintInput {
  readonly set: LaneSet;
  /** Lane index and top (css px, relative to the canvas) of each row to draw. */
  readonly rows: readonly { readonly lane: number; readonly top: number }[];
  readonly rowHeight: number;
  readonly window: TimeRange;
  /** Track width and canvas height in css px. */
  readonly width: number;
  readonly height: number;
  /** Event index (in the set's columns) of the selected event; -1 when not in the set. */
  readonly selectedIndex: number;
  /** Times of the axis ticks, for faint grid lines. */
  readonly gridMs: readonly number[];
  readonly palette: LanePalette;
  readonly buckets: LaneBuckets;
}

const BAR_HEIGHT = 6;
const OPEN_TAIL_PX = 14;

export function paintLanes(ctx: CanvasRenderingContext2D, input: LanePaintInput): void {
  const { set, window, width, height, palette } = input;
  ctx.clearRect(0, 0, width, height);
  const span = window.toMs - window.fromMs;
  if (!(span > 0)) return;
  const xOf = (ms: number) => ((ms - window.fromMs) / span) * width;
  ctx.fillStyle = palette.grid;
  for (const ms of input.gridMs) ctx.fillRect(Math.round(xOf(ms)), 0, 1, height);
  for (const row of input.rows) {
    const lane = set.lanes[row.lane];
    if (lane === undefined) continue;
    const mid = row.top + input.rowHeight / 2;
    paintLifetime(ctx, lane, xOf, mid, width, palette);
    paintMarks(ctx, input, row.lane, row.top);
  }
  paintSelected(ctx, input, xOf);
}

function paintLifetime(
  ctx: CanvasRenderingContext2D,
  lane: LaneSet['lanes'][number],
  xOf: (ms: number) => number,
  mid: number,
  width: number,
  palette: LanePalette,
): void {
  if (Number.isNaN(lane.startMs)) return;
  const top = mid - BAR_HEIGHT / 2;
  const start = xOf(lane.startMs);
  const end = Math.max(start + 1, xOf(lane.endMs));
  if (end < -OPEN_TAIL_PX || start > width + OPEN_TAIL_PX) return;
  lane.images.forEach((image, i) => {
    const from = i === 0 || Number.isNaN(image.execMs) ? start : xOf(image.execMs);
    const nextExec = lane.images[i + 1]?.execMs ?? Number.NaN;
    const to = Number.isNaN(nextExec) ? end : xOf(nextExec);
    ctx.fillStyle = i % 2 === 0 ? palette.life : palette.lifeAlt;
    ctx.fillRect(from, top, Math.max(1, to - from), BAR_HEIGHT);
    if (!Number.isNaN(image.execMs)) {
      ctx.fillStyle = palette.exec;
      ctx.fillRect(Math.round(xOf(image.execMs)) - 1, mid - 8, 2, 16);
    }
  });
  ctx.strokeStyle = palette.life;
  ctx.setLineDash([3, 3]);
  ctx.beginPath();
  if (lane.isStartOpen) {
    ctx.moveTo(start - OPEN_TAIL_PX, mid);
    ctx.lineTo(start, mid);
  }
  if (lane.isEndOpen) {
    ctx.moveTo(end, mid);
    ctx.lineTo(end + OPEN_TAIL_PX, mid);
  }
  ctx.stroke();
  ctx.setLineDash([]);
}

function paintMarks(
  ctx: CanvasRenderingContext2D,
  input: LanePaintInput,
  laneIndex: number,
  top: number,
): void {
  const { set, buckets, palette, rowHeight } = input;
  const lane = set.lanes[laneIndex];
  if (lane === undefined) return;
  const { timeMs, category } = set.events;
  buckets.fill(timeMs, category, lane.eventFrom, lane.eventTo, input.window, input.width, 1);
  for (let c = 0; c < buckets.count; c++) {
    const events = buckets.events[c] as number;
    // One event: a mark most of the row high; several: taller with the count, full at 16.
    const share = events === 1 ? 0.55 : Math.min(1, 0.6 + Math.log2(events) / 10);
    const h = Math.round((rowHeight - 4) * share);
    ctx.fillStyle = palette.categories[buckets.category[c] as number] ?? palette.life;
    ctx.fillRect(buckets.x[c] as number, top + (rowHeight - h) / 2, events === 1 ? 2 : 1, h);
  }
}

function paintSelected(
  ctx: CanvasRenderingContext2D,
  input: LanePaintInput,
  xOf: (ms: number) => number,
): void {
  const { set, selectedIndex, rowHeight } = input;
  if (selectedIndex < 0) return;
  const row = input.rows.find((r) => {
    const lane = set.lanes[r.lane];
    return lane !== undefined && selectedIndex >= lane.eventFrom && selectedIndex < lane.eventTo;
  });
  if (row === undefined) return;
  const x = xOf(set.events.timeMs[selectedIndex] as number);
  if (x < -4 || x > input.width + 4) return;
  ctx.strokeStyle = input.palette.selected;
  ctx.lineWidth = 2;
  ctx.strokeRect(Math.round(x) - 3, row.top + 2, 7, rowHeight - 4);
  ctx.lineWidth = 1;
}
