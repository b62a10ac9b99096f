/**
 * The comparison view (`compare`), above the timeline once a baseline is open: which baseline,
 * how far its load has got, how many values are new, rare and gone, a choice of kind, the
 * values themselves (`compare-rows.tsx`), the export and a way to close the baseline. While a
 * link names a baseline that is not open, it says which files to open to restore the
 * comparison.
 */
import { useMemo, useState } from 'react';
import { formatCount, formatInt, formatPercent } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import { COMPARE_KINDS, type CompareKind, type CompareResult } from '../../protocol/messages';
import { closeBaseline } from '../../state/compare-actions';
import { showKind, useCompareStore } from '../../state/compare-store';
import { useLinkStore } from '../../state/link-store';
import { describeFile } from '../../share/file-match';
import { pickBaseline } from '../common/file-pickers';
import { CompareExport } from './compare-export';
import { CompareRows, KIND_LABELS } from './compare-rows';
import { useComparison } from './use-comparison';

/** Rows listed at first; the rest on request (the export always has them all). */
const FIRST_ROWS = 200;

function totalsText(result: CompareResult, kind: CompareKind | 'all'): string {
  const rows = result.totals.filter((t) => kind === 'all' || t.kind === kind);
  const sum = (key: 'new' | 'rare' | 'gone') => rows.reduce((n, t) => n + t[key], 0);
  return `${formatInt(sum('new'))} new · ${formatInt(sum('rare'))} rare · ${formatInt(sum('gone'))} gone`;
}

function KindChoice({ result }: { readonly result: CompareResult }) {
  const kind = useCompareStore((s) => s.kind);
  return (
    <select
      className="compare-kind-choice"
      aria-label="Kind of values shown"
      value={kind}
      onChange={(e) => showKind(e.target.value as CompareKind | 'all')}
    >
      <option value="all">All kinds</option>
      {COMPARE_KINDS.map((k) => {
        const t = result.totals.find((row) => row.kind === k);
        const n = t === undefined ? 0 : t.new + t.rare + t.gone;
        return (
          <option key={k} value={k}>
            {KIND_LABELS[k]} ({formatInt(n)})
          </option>
        );
      })}
    </select>
  );
}

function ExpectedBaseline() {
  const expected = useLinkStore((s) => s.expectedBaseline);
  if (expected === undefined) return null;
  return (
    <section className="compare compare--expected" aria-label="Baseline of this view">
      <p>
        This view compares the open files with a baseline:{' '}
        {expected.map((f) => visibleText(describeFile(f), 200).text).join(', ')}.{' '}
        <button type="button" className="link-button" onClick={pickBaseline}>
          Open the baseline…
        </button>{' '}
        <span className="dim">to restore the comparison.</span>
      </p>
    </section>
  );
}

function LoadLine() {
  const baseline = useCompareStore((s) => s.baseline);
  if (baseline.state === 'error') {
    return (
      <p className="compare-error" role="alert">
        The baseline could not be read: {baseline.error}
      </p>
    );
  }
  if (baseline.state !== 'loading') return null;
  const share = baseline.bytesTotal > 0 ? baseline.bytesRead / baseline.bytesTotal : 0;
  return (
    <p className="compare-progress" role="status">
      Reading the baseline: {formatPercent(share)} · {formatCount(baseline.counts.events, 'event')}
    </p>
  );
}

export function ComparePanel() {
  const baseline = useCompareStore((s) => s.baseline);
  const result = useCompareStore((s) => s.result);
  const error = useCompareStore((s) => s.error);
  const kind = useCompareStore((s) => s.kind);
  const { isReady } = useComparison();
  const [showAll, setShowAll] = useState(false);
  const items = useMemo(
    () => (result?.items ?? []).filter((i) => kind === 'all' || i.kind === kind),
    [result, kind],
  );
  if (baseline.state === 'idle') return <ExpectedBaseline />;
  const names = baseline.sources.map((s) => s.name);
  const title = names.length === 1 ? (names[0] ?? '') : formatCount(names.length, 'file');
  const shown = showAll ? items : items.slice(0, FIRST_ROWS);
  const listed = result?.items.length ?? 0;
  return (
    <section
      className="compare"
      data-testid="compare"
      // Settled (ready) too when the baseline could not be read: nothing more will come.
      data-state={isReady || baseline.state === 'error' ? 'ready' : 'computing'}
      // The worker's time for the whole comparison (the benchmark reads it).
      data-compare-ms={isReady && result !== undefined ? Math.round(result.elapsedMs) : undefined}
      aria-label="Comparison with the baseline"
      aria-busy={!isReady && baseline.state !== 'error'}
    >
      <header className="compare-head">
        <h2 className="compare-title">
          Compared with <span title={names.join('\n')}>{visibleText(title, 80).text}</span>
        </h2>
        <span className="dim">{formatCount(baseline.counts.events, 'event')}</span>
        {isReady && result !== undefined && (
          <>
            <span className="compare-totals">{totalsText(result, kind)}</span>
            <KindChoice result={result} />
            <CompareExport baseName={names[0] ?? 'baseline'} />
          </>
        )}
        <span className="spacer" />
        <button
          type="button"
          className="icon-button"
          aria-label="Close the baseline"
          title="Close the baseline"
          // Not awaited: the store says when it is closed.
          onClick={() => void closeBaseline()}
        >
          ×
        </button>
      </header>
      <LoadLine />
      {!isReady && baseline.state === 'ready' && (
        <p className="compare-progress" role="status">
          Comparing…
        </p>
      )}
      {isReady && error !== undefined && (
        <p className="compare-error" role="alert">
          The comparison failed: {error}
        </p>
      )}
      {isReady && result !== undefined && (
        <div className="compare-list">
          {items.length === 0 ? (
            <p className="dim">
              Nothing new, rare or gone
              {kind === 'all' ? '' : ` among ${KIND_LABELS[kind].toLowerCase()}s`}: the open data
              set looks like the baseline.
            </p>
          ) : (
            <CompareRows items={shown} />
          )}
          {shown.length < items.length && (
            <button type="button" className="link-button" onClick={() => setShowAll(true)}>
              Show all {formatInt(items.length)}
            </button>
          )}
          {listed < result.totals.reduce((n, t) => n + t.new + t.rare + t.gone, 0) && (
            <p className="dim">
              The export holds every value; the list shows the first {formatInt(listed)}.
            </p>
          )}
        </div>
      )}
    </section>
  );
}
