/** Opens the bundled sample once at start-up when the fragment says `open=sample`. */
import { useEffect } from 'react';
import { openSample } from '../state/actions';
import { wantsSample } from './hash-params';

// Module-level, not a ref: StrictMode runs effects twice, and the sample must load once.
let hasOpened = false;

export function useOpenFromHash(): void {
  useEffect(() => {
    if (hasOpened || !wantsSample(window.location.hash)) return;
    hasOpened = true;
    // Not awaited: progress and errors arrive through the ingest store.
    void openSample();
  }, []);
}
