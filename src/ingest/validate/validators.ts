/**
 * The compiled validators of the shipped schemas. The seed's is part of the worker (the
 * schema of the bundled sample, and the fallback); every other is its own chunk (a few
 * hundred kB of generated code) loaded on first need, so a file of one agent version loads
 * one. `get` is synchronous for the per-event path; `load` is awaited by ingest between chunks
 * of input and by the detail view before it analyses an event. A chunk that cannot be loaded
 * (the page went offline since it opened) is remembered as failed with its reason: events of
 * that schema are then judged against the seed's, with a finding saying so.
 */
import type { EventValidator } from '../../generated/schema-catalog';
import { VALIDATOR_LOADERS } from '../../generated/schema-catalog';
import seedValidator from '../../generated/validators/linux-seed.js';

export const FALLBACK_SCHEMA = 'linux-seed';

const loaded = new Map<string, EventValidator>([[FALLBACK_SCHEMA, seedValidator]]);
const failed = new Map<string, string>();
const loading = new Map<string, Promise<void>>();

export function validatorFor(id: string): EventValidator | undefined {
  return loaded.get(id);
}

/** Why the validator of `id` could not be loaded, if it could not. */
export function loadFailure(id: string): string | undefined {
  return failed.get(id);
}

function load(id: string): Promise<void> {
  const loader = VALIDATOR_LOADERS[id];
  if (loader === undefined) {
    failed.set(id, 'no such schema is shipped');
    return Promise.resolve();
  }
  return loader().then(
    (module) => {
      loaded.set(id, module.default);
    },
    (error: unknown) => {
      failed.set(id, error instanceof Error ? error.message : String(error));
      loading.delete(id); // a later file may try again (back online)
    },
  );
}

/** Loads what is not loaded yet; never rejects (failures are kept for `loadFailure`). */
export function loadValidators(ids: Iterable<string>): Promise<void> {
  const waits: Promise<void>[] = [];
  for (const id of ids) {
    if (loaded.has(id)) continue;
    let wait = loading.get(id);
    if (wait === undefined) {
      failed.delete(id);
      wait = load(id);
      loading.set(id, wait);
    }
    waits.push(wait);
  }
  return Promise.all(waits).then(() => undefined);
}
