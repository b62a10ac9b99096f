/**
 * Cross-cutting user actions that talk to the engine: open files, open the bundled
 * sample, cancel a load. Progress snapshots flow into the ingest store.
 *
 * Failure handling lives here too. Files that would not fit in the tab are refused before
 * anything is read (the analyst can open them anyway). When the engine stops, the client has
 * already put an empty one in its place; the files of the data set are read into it again as
 * far as the stopped one had got (crash-recovery.ts), once per opened data set: if the engine
 * stops again, the page says so and does not retry in a loop.
 */
import { parseWorkersOption } from './parse-workers';
import type { IngestProgress, OpenFile } from '../protocol/messages';
import { parseBrief, setSampleBrief } from './sample-brief-store';
import { estimateOpen } from './capacity';
import { useCompareStore } from './compare-store';
import { reopenAfterStop } from './crash-recovery';
import { engine } from './engine';
import {
  EMPTY_PROGRESS,
  setProgress,
  setRecoveryNote,
  setRefusal,
  useIngestStore,
} from './ingest-store';
import { useSearchStore } from './search-store';
import { selectEvent } from './view-store';

let subscribed = false;
/** The files of the data set in force, to read again if the engine stops. */
let openedFiles: readonly OpenFile[] = [];
/** The data set in force was already reopened once (or is being reopened). */
let hasRecovered = false;
/** Bumped by every call to open files: an answer for an older call is no longer wanted. */
let openRequests = 0;

function ensureSubscribed(): void {
  if (subscribed) return;
  subscribed = true;
  engine().onProgress(setProgress);
  engine().onCrash((reason) => {
    // Not awaited: the recovery reports through the stores.
    void recover(reason);
  });
}

async function recover(reason: string): Promise<void> {
  if (hasRecovered) {
    // While reopening, the reopen call fails and reports it; after that, nothing is retried.
    if (useIngestStore.getState().progress.state !== 'loading') {
      stopWithError(
        `The engine stopped again (${reason}); nothing is loaded. Open the files again to ` +
          'retry, or fewer of them.',
      );
    }
    return;
  }
  hasRecovered = true;
  const files = openedFiles;
  const last = useIngestStore.getState().progress;
  // The new engine's view ids start again: drop the stopped one's answer so that no view
  // of the new data set is taken for one already shown.
  useSearchStore.setState({ summary: undefined });
  setProgress({ ...EMPTY_PROGRESS, state: 'loading' });
  const outcome = await reopenAfterStop(engine(), files, last, reason);
  if (files !== openedFiles) return; // other files were opened meanwhile
  if (outcome.progress === undefined) {
    stopWithError(outcome.note);
    return;
  }
  setRecoveryNote(outcome.note);
  setProgress(outcome.progress);
}

function stopWithError(message: string): void {
  openedFiles = [];
  setRecoveryNote(undefined);
  setProgress({ ...EMPTY_PROGRESS, state: 'error', error: message });
}

/**
 * Starts the engine worker (and listens for its crash) ahead of any file, while the page's own
 * assets can still be fetched: opening a file later, even offline, then needs no download.
 */
export function startEngine(): void {
  ensureSubscribed();
}

/**
 * Opens `files` as the new data set, unless they would not fit in the tab: then they are
 * kept aside (the open data set stays) until the analyst opens them anyway (`force`).
 */
export async function openFiles(
  files: readonly OpenFile[],
  { force = false }: { readonly force?: boolean } = {},
): Promise<void> {
  if (files.length === 0) return;
  openRequests++;
  ensureSubscribed();
  if (!force) {
    // A baseline open for a comparison stays beside the new data set.
    const estimate = await estimateOpen(files, useCompareStore.getState().baseline.indexBytes);
    if (!estimate.fits) {
      setRefusal({ files, estimate });
      return;
    }
  }
  setRefusal(undefined);
  setRecoveryNote(undefined);
  if (files.length !== 1 || files[0]?.file !== sampleFile) setSampleBrief(undefined);
  openedFiles = files;
  hasRecovered = false;
  selectEvent(undefined);
  setProgress({ ...EMPTY_PROGRESS, state: 'loading' });
  try {
    setProgress(await engine().call('ingest.open', files, parseWorkersOption()));
  } catch (error) {
    // A stopped engine is handled by the recovery, which reports on its own.
    if (!hasRecovered) showLoadError(error);
  }
}

function showLoadError(error: unknown): void {
  const { progress } = useIngestStore.getState();
  setProgress({ ...progress, state: 'error', error: String(error) });
}

/** Drops the files refused as too large. */
export function dismissRefusal(): void {
  setRefusal(undefined);
}

const SAMPLE_NAME = 'investigation.json.gzip';
export const SAMPLE_URL = `${import.meta.env.BASE_URL}sample/${SAMPLE_NAME}`;
const SAMPLE_MANIFEST_URL = `${import.meta.env.BASE_URL}sample/manifest.json`;
/** The bundled sample as last fetched, to tell it apart from a file of the same name. */
let sampleFile: File | undefined;

/** The files of the data set in force, as they were opened. */
export function filesInForce(): readonly OpenFile[] {
  return openedFiles;
}

/** True when the data set in force is the bundled sample (a link can then reopen it). */
export function isSampleOpen(): boolean {
  return openedFiles.length === 1 && openedFiles[0]?.file === sampleFile;
}

export async function openSample(): Promise<void> {
  ensureSubscribed();
  setProgress({ ...EMPTY_PROGRESS, state: 'loading' });
  try {
    const response = await fetch(SAMPLE_URL);
    if (!response.ok) throw new Error(`the sample could not be fetched (HTTP ${response.status})`);
    const blob = await response.blob();
    // A server that answers unknown paths with the page itself would hand over HTML.
    const head = new Uint8Array(await blob.slice(0, 1).arrayBuffer());
    if (head[0] === 0x3c) {
      throw new Error('the bundled sample is missing from this build (run `npm run generate`)');
    }
    const file = new File([blob], SAMPLE_NAME, { type: 'application/gzip' });
    sampleFile = file;
    const opening = openFiles([{ file, path: file.name }]);
    void loadSampleBrief(openRequests);
    await opening;
  } catch (error) {
    setProgress({ ...EMPTY_PROGRESS, state: 'error', error: String(error) });
  }
}

/** Reads the sample's brief from its manifest; without one the page simply shows none. */
async function loadSampleBrief(request: number): Promise<void> {
  try {
    const response = await fetch(SAMPLE_MANIFEST_URL);
    const brief = response.ok ? parseBrief(await response.json()) : undefined;
    if (request === openRequests) setSampleBrief(brief);
  } catch {
    // A missing or unreadable manifest only means no brief.
  }
}

export async function cancelLoad(): Promise<void> {
  ensureSubscribed();
  const progress: IngestProgress = await engine().call('ingest.cancel');
  setProgress(progress);
}
