/**
 * Per-file state of a multi-file load: name, state, events and rejected records. A few
 * files are listed openly; longer lists (a folder of archives) fold into a disclosure,
 * show the files still in progress first and cap the rest.
 */
import type { SourceSummary } from '../../protocol/messages';
import { formatBytes, formatCount, formatInt } from '../../lib/format';
import { visibleText, visibleTitle } from '../../lib/visible-text';

const SHOWN = 12;
/** Up to this many files are listed openly; more fold into a disclosure. */
const OPEN_UP_TO = 5;

const ORDER: Readonly<Record<SourceSummary['state'], number>> = {
  reading: 0,
  failed: 1,
  cancelled: 2,
  queued: 3,
  done: 4,
};

export function SourceList({ sources }: { readonly sources: readonly SourceSummary[] }) {
  const sorted = [...sources].sort((a, b) => ORDER[a.state] - ORDER[b.state]);
  const done = sources.filter((s) => s.state === 'done').length;
  const title = `Files: ${formatInt(done)} of ${formatInt(sources.length)} done`;
  const list = (
    <ul>
      {sorted.slice(0, SHOWN).map((s) => (
        <li key={s.path} className={`source source--${s.state}`}>
          <span className="source-state">{s.state}</span>
          <span className="source-name mono" title={visibleTitle(s.path)}>
            {visibleText(s.path, 160).text}
          </span>
          <span className="dim">
            {formatBytes(s.sizeBytes)} · {formatCount(s.events, 'event')}
            {s.rejected > 0 && ` · ${formatInt(s.rejected)} rejected`}
            {s.format !== '' && ` · ${visibleText(s.format, 60).text}`}
          </span>
        </li>
      ))}
      {sorted.length > SHOWN && (
        <li className="dim">… and {formatInt(sorted.length - SHOWN)} more</li>
      )}
    </ul>
  );
  if (sources.length <= OPEN_UP_TO) {
    return (
      <div className="source-list">
        <span className="dim">{title}</span>
        {list}
      </div>
    );
  }
  return (
    <details className="source-list">
      <summary>{title}</summary>
      {list}
    </details>
  );
}
