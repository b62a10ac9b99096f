/**
 * The top bar's source control: "ClickHouse…" (named "Connect to ClickHouse…", `connect-source`) while the page
 * reads files in the tab; once connected, a badge naming the source (`source-badge`:
 * "ClickHouse · db @ host") with a way back to the in-tab engine (`source-disconnect`). A
 * request the server failed is shown beside it (`source-error`).
 */
import { disconnectSource } from '../../state/source-actions';
import { openConnectDialog, useSourceStore } from '../../state/source-store';
import { ConnectDialog } from './connect-dialog';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function SourceControl() {
  const { status, server, isDialogOpen, error } = useSourceStore();
  return (
    <div className="source-control">
      {status === 'connected' && server !== undefined ? (
        <>
          <span
            className="source-badge"
            data-testid="source-badge"
            title={`Reading events from ${server.url}, database ${server.database}`}
          >
            ClickHouse · {server.database} @ {hostOf(server.url)}
          </span>
          <button
            type="button"
            className="button"
            data-testid="source-disconnect"
            onClick={() => disconnectSource()}
          >
            Disconnect
          </button>
          {error !== undefined && !isDialogOpen && (
            <span className="source-error" role="alert" data-testid="source-error">
              {error}
            </span>
          )}
        </>
      ) : (
        <button
          type="button"
          className="button"
          data-testid="connect-source"
          aria-label="Connect to ClickHouse…"
          title="Read events from a ClickHouse server instead of files opened in this tab"
          onClick={() => openConnectDialog()}
        >
          ClickHouse…
        </button>
      )}
      {isDialogOpen && <ConnectDialog />}
    </div>
  );
}
