/**
 * The compared values as a table: status (with the factor of a rare one), kind, value, counts
 * in the incident and the baseline, first and last seen. A value seen in the incident is a
 * button that narrows the event table to its events with an ordinary query (shown as its
 * title) the analyst can edit; a gone one has no events to show.
 */
import { formatInt, formatUtcTime } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import type { CompareItem, CompareKind } from '../../protocol/messages';
import { applyQuery, setMode } from '../../state/search-store';

export const KIND_LABELS: Readonly<Record<CompareKind, string>> = {
  executable: 'Executable',
  'exec-edge': 'Exec edge',
  cmdline: 'Command line',
  dns: 'DNS name',
  destination: 'Destination',
  'file-change': 'File changed',
  user: 'User',
  container: 'Container',
  rule: 'Rule',
};

function statusText(item: CompareItem): string {
  if (item.status !== 'rare') return item.status;
  return `rare ×${item.factor >= 100 ? Math.round(item.factor) : item.factor.toFixed(1)}`;
}

function narrowTo(item: CompareItem): void {
  setMode('search');
  applyQuery(item.query);
}

function CompareRow({ item }: { readonly item: CompareItem }) {
  const shown = visibleText(item.value, 400).text;
  return (
    <tr
      className={`compare-row is-${item.status}`}
      data-testid="compare-item"
      data-kind={item.kind}
      data-value={item.value}
      data-incident={item.incident}
      data-baseline={item.baseline}
    >
      <td className="compare-status">{statusText(item)}</td>
      <td className="compare-kind">{KIND_LABELS[item.kind]}</td>
      <td className="compare-value mono">
        {item.status === 'gone' ? (
          <span title="Only in the baseline">{shown}</span>
        ) : (
          <button
            type="button"
            className="link-button compare-narrow"
            title={`Show its events: ${item.query}`}
            onClick={() => narrowTo(item)}
          >
            {shown}
          </button>
        )}
      </td>
      <td className="compare-count">{formatInt(item.incident)}</td>
      <td className="compare-count">{formatInt(item.baseline)}</td>
      <td className="compare-time">{formatUtcTime(item.firstMs)}</td>
      <td className="compare-time">{formatUtcTime(item.lastMs)}</td>
    </tr>
  );
}

export function CompareRows({ items }: { readonly items: readonly CompareItem[] }) {
  return (
    <table className="compare-table">
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Kind</th>
          <th scope="col">Value</th>
          <th scope="col" className="compare-count">
            Incident
          </th>
          <th scope="col" className="compare-count">
            Baseline
          </th>
          <th scope="col">First seen</th>
          <th scope="col">Last seen</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <CompareRow key={`${item.kind}\u0000${item.value}`} item={item} />
        ))}
      </tbody>
    </table>
  );
}
