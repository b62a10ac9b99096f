/**
 * The engine the page talks to, whatever answers it: the in-tab worker (`EngineClient`) or a
 * server source (`ClickHouseEngine`). Every view asks through this interface only, so each
 * works unchanged on either source.
 */
import type {
  EngineApi,
  EngineMethod,
  ExportProgress,
  IngestProgress,
  PolicyProgress,
} from '../protocol/messages';

export type EngineResult<M extends EngineMethod> = ReturnType<EngineApi[M]>;

export interface Engine {
  /** One request of the typed method map; rejects with an `Error` saying why it failed. */
  call<M extends EngineMethod>(
    method: M,
    ...args: Parameters<EngineApi[M]>
  ): Promise<EngineResult<M>>;
  /** Progress of the data set being opened; returns the unsubscribe function. */
  onProgress(listener: (p: IngestProgress) => void): () => void;
  /** Progress of the running `export.run`. */
  onExportProgress(listener: (p: ExportProgress) => void): () => void;
  /** Progress of the running `policy.run`. */
  onPolicyProgress(listener: (p: PolicyProgress) => void): () => void;
  /** Progress of the baseline being opened (`compare.open`). */
  onBaselineProgress(listener: (p: IngestProgress) => void): () => void;
  /** The engine stopped and was replaced by an empty one: why. */
  onCrash(listener: (message: string) => void): () => void;
  /** Stops what the engine is doing at once (runaway ingest); it is then empty. */
  restart(reason: string): void;
}
