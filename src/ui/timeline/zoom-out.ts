/**
 * Zooms the time range out: twice its span around its centre, or back to all times once that
 * covers the whole data set. The data set's span is asked of the engine (a one-bin histogram
 * without a range covers it); if that fails, the range simply doubles.
 */
import type { TimeRange } from '../../protocol/messages';
import { engine } from '../../state/engine';
import { setTimeRange, useSearchStore } from '../../state/search-store';
import { histogramRange, zoomOut } from './time-scale';

async function dataExtent(): Promise<TimeRange | undefined> {
  try {
    const extent = histogramRange(await engine().call('view.histogram', { bins: 1 }));
    return Number.isFinite(extent.fromMs) && Number.isFinite(extent.toMs) ? extent : undefined;
  } catch {
    return undefined;
  }
}

export async function zoomOutTimeRange(): Promise<void> {
  const range = useSearchStore.getState().spec.range;
  if (range === undefined) return;
  const extent = await dataExtent();
  // The range may have changed while the extent was asked for; zoom out from the newest.
  const current = useSearchStore.getState().spec.range;
  if (current !== undefined) setTimeRange(zoomOut(current, extent));
}
