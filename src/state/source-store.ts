/**
 * Which source the page reads: the in-tab engine (no `server`), or a ClickHouse server being
 * connected or connected; the Connect dialog's state and the last error. Holds no password.
 */
import { create } from 'zustand';
import type { SourceIdentity } from './source-password';

export type SourceStatus = 'in-tab' | 'connecting' | 'connected';

interface SourceState {
  readonly status: SourceStatus;
  /** The server connected or being connected (also the dialog's starting values). */
  readonly server: SourceIdentity | undefined;
  readonly isDialogOpen: boolean;
  /** Why the last connection or request failed, in words. */
  readonly error: string | undefined;
}

export const useSourceStore = create<SourceState>(() => ({
  status: 'in-tab',
  server: undefined,
  isDialogOpen: false,
  error: undefined,
}));

export function openConnectDialog(server?: SourceIdentity, error?: string): void {
  useSourceStore.setState((s) => ({ isDialogOpen: true, server: server ?? s.server, error }));
}

export function closeConnectDialog(): void {
  useSourceStore.setState({ isDialogOpen: false });
}
