/**
 * Connecting the page to a ClickHouse source and going back to the in-tab engine. Connecting
 * reads what the server holds (the counters), then makes its engine the page's: every view
 * asks it from then on. A link naming a source reconnects at start-up with the password kept
 * for the session (or on this device) or none; a server that refuses opens the Connect
 * dialog to ask for the password.
 */
import type { ClickHouseEngine } from '../clickhouse/engine/clickhouse-engine';
import { connectionErrorText } from '../clickhouse/engine/connection-error';
import { setEngineSource } from './engine';
import { EMPTY_PROGRESS, setProgress, useIngestStore } from './ingest-store';
import { useSearchStore } from './search-store';
import {
  forgetPassword,
  keepPassword,
  storedPassword,
  type SourceIdentity,
} from './source-password';
import { useSourceStore } from './source-store';
import { selectEvent } from './view-store';

let connected: ClickHouseEngine | undefined;

/**
 * Connects to `server`; on failure the dialog stays open with the reason. `keep` says where
 * the password is kept once it worked (left as it is when undefined: it came from there).
 */
export async function connectSource(
  server: SourceIdentity,
  password: string,
  keep: { readonly remember: boolean } | undefined,
): Promise<void> {
  useSourceStore.setState({ status: 'connecting', server, error: undefined });
  const datasetId = Math.max(0, useIngestStore.getState().progress.datasetId) + 1;
  const { openClickHouseEngine } = await import('../clickhouse/engine/open-clickhouse-engine');
  const next = openClickHouseEngine({ ...server, password }, datasetId, (error) => {
    if (connected === next) {
      useSourceStore.setState({ error: connectionErrorText(error, server.url, server.database) });
    }
  });
  let progress;
  try {
    progress = await next.open();
  } catch (error) {
    void next.close();
    const previous = connected === undefined ? 'in-tab' : 'connected';
    useSourceStore.setState({
      status: previous,
      isDialogOpen: true,
      error: connectionErrorText(error, server.url, server.database),
    });
    return;
  }
  if (keep !== undefined) keepPassword(server, password, keep.remember);
  const before = connected;
  connected = next;
  setEngineSource(next);
  void before?.close();
  selectEvent(undefined);
  useSearchStore.setState({ summary: undefined });
  setProgress(progress);
  useSourceStore.setState({ status: 'connected', isDialogOpen: false, error: undefined });
}

/** Back to the in-tab engine (empty until files are opened); `forget` drops the password. */
export function disconnectSource({ forget = false }: { readonly forget?: boolean } = {}): void {
  const server = useSourceStore.getState().server;
  if (forget && server !== undefined) forgetPassword(server);
  void connected?.close();
  connected = undefined;
  setEngineSource(undefined);
  selectEvent(undefined);
  useSearchStore.setState({ summary: undefined });
  setProgress(EMPTY_PROGRESS);
  useSourceStore.setState({ status: 'in-tab', error: undefined });
}

/**
 * Reconnects to the source a link names, with the password kept for it, or none (a server
 * that needs one refuses, and the dialog then asks for it).
 */
export function connectFromLink(server: SourceIdentity): void {
  // Not awaited: a failure opens the dialog with the reason.
  void connectSource(server, storedPassword(server) ?? '', undefined);
}
