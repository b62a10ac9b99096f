/**
 * The text alternative of the lanes (DESIGN: readable without the picture): a table of every
 * lane with its lifetime and event count, and a button copying it as indented text.
 */
import { useMemo } from 'react';
import { formatInt } from '../../lib/format';
import type { LaneSet } from '../../protocol/messages';
import { CopyButton } from '../common/copy-button';
import { laneLines, lanesAsText } from './lanes-text';

/** Lines the table shows; the copied text has them all. */
const MAX_LINES_SHOWN = 2000;

export function LanesTextTable({ set }: { readonly set: LaneSet }) {
  const lines = useMemo(() => laneLines(set), [set]);
  return (
    <div className="pl-text" data-testid="lanes-text">
      <div className="block-actions">
        <span className="dim">
          Every lane, in tree order, with its lifetime (UTC)
          {lines.length > MAX_LINES_SHOWN &&
            ` — the first ${formatInt(MAX_LINES_SHOWN)} of ${formatInt(lines.length)} here, all of them copied`}
          .
        </span>
        <CopyButton text={() => lanesAsText(set)} what="lanes as text" />
      </div>
      <table className="pl-text-table">
        <thead>
          <tr>
            <th scope="col">Process</th>
            <th scope="col">Pid</th>
            <th scope="col">Lifetime</th>
            <th scope="col">Events</th>
          </tr>
        </thead>
        <tbody>
          {lines.slice(0, MAX_LINES_SHOWN).map((line) => (
            <tr key={line.lane}>
              <td style={{ paddingLeft: 4 + Math.min(line.depth, 12) * 10 }}>{line.name}</td>
              <td className="mono">{line.pid}</td>
              <td className="mono">{line.span}</td>
              <td className="num">{formatInt(line.events)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
