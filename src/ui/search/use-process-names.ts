/**
 * Names (`comm`) of processes by identity key, asked of the engine for the pivot labels: for
 * each set of keys and data set, and again when a load ends (a process can appear late in a
 * load). Until a name arrives, or when the data set has none, the key has no entry.
 */
import { useEffect, useState } from 'react';
import { engine } from '../../state/engine';
import { useDatasetId, useLoadState } from '../../state/ingest-store';

interface Held {
  readonly keys: readonly string[];
  readonly datasetId: number;
  readonly names: ReadonlyMap<string, string>;
}

const NO_NAMES: ReadonlyMap<string, string> = new Map();

/** `keys` should keep its identity while its content does (memoize it). */
export function useProcessNames(keys: readonly string[]): ReadonlyMap<string, string> {
  const datasetId = useDatasetId();
  const loadState = useLoadState();
  const [held, setHeld] = useState<Held | undefined>(undefined);
  useEffect(() => {
    if (keys.length === 0 || loadState === 'idle') return;
    let isCurrent = true;
    Promise.all(keys.map((key) => engine().call('process.name', key)))
      .then((found) => {
        if (!isCurrent) return;
        const names = new Map<string, string>();
        found.forEach((name, i) => {
          const key = keys[i];
          if (name !== undefined && key !== undefined) names.set(key, name);
        });
        setHeld({ keys, datasetId, names });
      })
      // Without a name the label still reads, with the pid alone.
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [keys, datasetId, loadState]);
  return held?.keys === keys && held.datasetId === datasetId ? held.names : NO_NAMES;
}
