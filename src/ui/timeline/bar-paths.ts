/**
 * The stacked bars of the timeline as one SVG path per category (a rectangle per bin), so a
 * chart of hundreds of bins is a handful of DOM nodes. Categories stack in histogram order
 * (most frequent at the bottom); a segment with any event is at least 1 px tall.
 */
import type { Histogram } from '../../protocol/messages';

/** Horizontal gap between bars, once bars are wide enough to afford one. */
function gapFor(binWidth: number): number {
  return binWidth > 4 ? 1 : 0;
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** `d` of each category's path, in the order of `h.categories`. */
export function barPaths(
  h: Pick<Histogram, 'bins' | 'counts'>,
  max: number,
  width: number,
  height: number,
): string[] {
  const binWidth = width / Math.max(1, h.bins);
  const barWidth = Math.max(0.5, binWidth - gapFor(binWidth));
  const paths = h.counts.map(() => '');
  const tops = new Array<number>(h.bins).fill(height);
  h.counts.forEach((row, c) => {
    let d = '';
    for (let b = 0; b < h.bins; b++) {
      const n = row[b] ?? 0;
      if (n <= 0) continue;
      const barHeight = Math.max(1, (n / Math.max(1, max)) * height);
      const top = (tops[b] ?? height) - barHeight;
      tops[b] = top;
      d += `M${num(b * binWidth)} ${num(top)}h${num(barWidth)}v${num(barHeight)}h${num(-barWidth)}z`;
    }
    paths[c] = d;
  });
  return paths;
}
