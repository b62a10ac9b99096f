/**
 * The timeline as a table: one row per bar that holds events, a column per category and the
 * total. Shown on request (the timeline's "Table" toggle); it scrolls on its own and takes
 * focus, so it can be read and scrolled from the keyboard.
 */
import { formatInt } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import type { Histogram } from '../../protocol/messages';
import { timelineRows } from './timeline-text';

export function TimelineTable({
  histogram,
  id,
}: {
  readonly histogram: Histogram;
  readonly id: string;
}) {
  const rows = timelineRows(histogram);
  return (
    <div
      className="tl-table-wrap"
      id={id}
      data-testid="timeline-table"
      role="region"
      aria-label="Timeline as a table"
      tabIndex={0}
    >
      <table className="tl-table">
        <thead>
          <tr>
            <th scope="col">Time (UTC)</th>
            {histogram.categories.map((category) => (
              <th key={category} scope="col">
                {category === '' ? 'no category' : visibleText(category, 40).text}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.bin}>
              <th scope="row">{row.range}</th>
              {row.counts.map((n, c) => (
                <td key={histogram.categories[c] ?? c}>{formatInt(n)}</td>
              ))}
              <td>{formatInt(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
