/**
 * The histogram of the view in force: matching events per time bin, stacked by category.
 * Asked again whenever the view or the number of bins changes; the latest request wins and
 * the previous histogram stays drawn until the next arrives. Sent after the table's rows. With a time range in force the
 * histogram covers that range (the chart zooms in), else the whole data set's span.
 */
import { useEffect, useRef, useState } from 'react';
import type { Histogram } from '../../protocol/messages';
import { afterRows } from '../../state/after-rows';
import { engine } from '../../state/engine';
import { useSearchStore, useViewKey } from '../../state/search-store';

export interface HistogramState {
  readonly histogram: Histogram | undefined;
  readonly error: string | undefined;
}

const EMPTY: HistogramState = { histogram: undefined, error: undefined };

export function useHistogram(bins: number): HistogramState {
  const viewKey = useViewKey();
  const fromMs = useSearchStore((s) => s.summary?.spec.range?.fromMs);
  const toMs = useSearchStore((s) => s.summary?.spec.range?.toMs);
  const [state, setState] = useState<HistogramState>(EMPTY);
  const latest = useRef(0);

  useEffect(() => {
    if (viewKey === undefined || bins <= 0) return;
    const ticket = ++latest.current;
    const request =
      fromMs !== undefined && toMs !== undefined ? { bins, range: { fromMs, toMs } } : { bins };
    return afterRows(() => {
      engine()
        .call('view.histogram', request)
        .then((histogram) => {
          if (ticket === latest.current) setState({ histogram, error: undefined });
        })
        .catch((error: unknown) => {
          if (ticket === latest.current) setState((prev) => ({ ...prev, error: String(error) }));
        });
    });
  }, [viewKey, bins, fromMs, toMs]);

  return state;
}
