/**
 * Cross-cutting user actions that talk to the engine: open files, open the bundled
 * sample, cancel a load. Progress snapshots flow into the ingest store.
 */
import type { OpenFile } from '../protocol/messages';
import { engine } from './engine';
import { EMPTY_PROGRESS, setProgress, useIngestStore } from './ingest-store';
import { selectEvent } from './view-store';

let subscribed = false;

function ensureSubscribed(): void {
  if (subscribed) return;
  subscribed = true;
  engine().onProgress(setProgress);
  engine().onCrash((message) => {
    const { progress } = useIngestStore.getState();
    setProgress({ ...progress, state: 'error', error: `The engine stopped: ${message}` });
  });
}

/**
 * Starts the engine worker (and listens for its crash) ahead of any file, while the page's own
 * assets can still be fetched: opening a file later, even offline, then needs no download.
 */
export function startEngine(): void {
  ensureSubscribed();
}

export async function openFiles(files: readonly OpenFile[]): Promise<void> {
  if (files.length === 0) return;
  ensureSubscribed();
  selectEvent(undefined);
  setProgress({ ...EMPTY_PROGRESS, state: 'loading' });
  try {
    setProgress(await engine().call('ingest.open', files));
  } catch (error) {
    const { progress } = useIngestStore.getState();
    setProgress({ ...progress, state: 'error', error: String(error) });
  }
}

const SAMPLE_NAME = 'investigation.json.gzip';
export const SAMPLE_URL = `${import.meta.env.BASE_URL}sample/${SAMPLE_NAME}`;

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
    await openFiles([{ file, path: file.name }]);
  } catch (error) {
    setProgress({ ...EMPTY_PROGRESS, state: 'error', error: String(error) });
  }
}

export async function cancelLoad(): Promise<void> {
  ensureSubscribed();
  setProgress(await engine().call('ingest.cancel'));
}
