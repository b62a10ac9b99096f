/**
 * What the analyst does with a baseline: open files as the baseline (refused up front, like any
 * load, when the two data sets together would not fit in the tab), or mark some of the open files
 * as the baseline, compare it with the open data
 * set once both are loaded, export the comparison, close the baseline. The baseline's progress
 * streams into the compare store; a stopped engine takes the baseline with it, and the page
 * says so.
 */
import type { CompareExportFormat, OpenFile } from '../protocol/messages';
import { filesInForce, openFiles } from './actions';
import { estimateOpen } from './capacity';
import { setBaselineProgress, setComparison, useCompareStore } from './compare-store';
import { engine } from './engine';
import { EMPTY_PROGRESS, setRefusal, useIngestStore } from './ingest-store';

let subscribed = false;

function ensureSubscribed(): void {
  if (subscribed) return;
  subscribed = true;
  engine().onBaselineProgress((progress) => {
    // A progress tick of a baseline since replaced or closed is not shown.
    if (progress.datasetId >= useCompareStore.getState().baseline.datasetId) {
      setBaselineProgress(progress);
    }
  });
  engine().onCrash(() => {
    if (useCompareStore.getState().baseline.state === 'idle') return;
    setBaselineProgress({
      ...EMPTY_PROGRESS,
      state: 'error',
      error: 'The engine stopped and the baseline was lost with it: open it again to compare.',
    });
    setComparison(undefined);
  });
}

/**
 * Opens `files` as the baseline, unless the baseline and the open data set together would not
 * fit in the tab: then they wait, refused, until the analyst opens them anyway (`force`).
 */
export async function openBaseline(
  files: readonly OpenFile[],
  { force = false }: { readonly force?: boolean } = {},
): Promise<void> {
  if (files.length === 0) return;
  ensureSubscribed();
  if (!force) {
    // The open data set stays beside the baseline.
    const estimate = await estimateOpen(files, useIngestStore.getState().progress.indexBytes);
    if (!estimate.fits) {
      setRefusal({ files, estimate, asBaseline: true });
      return;
    }
  }
  setRefusal(undefined);
  setComparison(undefined);
  const above = useCompareStore.getState().baseline.datasetId;
  setBaselineProgress({ ...EMPTY_PROGRESS, datasetId: above, state: 'loading' });
  try {
    setBaselineProgress(await engine().call('compare.open', files));
  } catch (error) {
    setBaselineProgress({ ...EMPTY_PROGRESS, state: 'error', error: String(error) });
  }
}

/**
 * Splits the open files in two: those at `baselinePaths` become the baseline, the others the
 * data set compared with it (both read again from the files the analyst opened).
 */
export async function compareOpenFiles(baselinePaths: ReadonlySet<string>): Promise<void> {
  const files = filesInForce();
  const baseline = files.filter((f) => baselinePaths.has(f.path));
  const incident = files.filter((f) => !baselinePaths.has(f.path));
  if (baseline.length === 0 || incident.length === 0) return;
  await openFiles(incident);
  await openBaseline(baseline);
}

export async function closeBaseline(): Promise<void> {
  ensureSubscribed();
  setComparison(undefined);
  setBaselineProgress(await engine().call('compare.close'));
}

/** Compares the open data set with the baseline (both loaded); the answer goes to the store. */
export async function runComparison(): Promise<void> {
  try {
    setComparison(await engine().call('compare.run'));
  } catch (error) {
    setComparison(undefined, String(error));
  }
}

/** The whole comparison as CSV or JSON text, built in the worker. */
export function comparisonText(format: CompareExportFormat): Promise<string> {
  return engine().call('compare.export', format);
}
