/**
 * The export job as the dialog sees it: idle, running (with the engine's progress), done
 * (the file is saved at once; the manifest on demand), cancelled, or failed. One job at a
 * time; a job still running when the dialog goes away is cancelled.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportProgress, ExportRequest, ExportResult } from '../../protocol/messages';
import { engine } from '../../state/engine';
import { downloadBlob } from '../common/download';

export type ExportJobState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running'; readonly progress: ExportProgress }
  | {
      readonly phase: 'done';
      readonly result: Extract<ExportResult, { outcome: 'done' }>;
      readonly fileName: string;
    }
  | { readonly phase: 'cancelled' }
  | { readonly phase: 'failed'; readonly message: string };

export function useExportJob() {
  const [state, setState] = useState<ExportJobState>({ phase: 'idle' });
  const running = useRef(false);

  useEffect(
    () => () => {
      // Not awaited: the answer of a cancel says only whether a job was running.
      if (running.current) void engine().call('export.cancel');
    },
    [],
  );

  const start = useCallback(async (request: ExportRequest) => {
    running.current = true;
    setState({ phase: 'running', progress: { done: 0, total: 0, bytes: 0 } });
    const stop = engine().onExportProgress((progress) =>
      setState((s) => (s.phase === 'running' ? { phase: 'running', progress } : s)),
    );
    try {
      const result = await engine().call('export.run', request);
      if (result.outcome === 'cancelled') {
        setState({ phase: 'cancelled' });
        return;
      }
      downloadBlob(result.data, request.fileName);
      setState({ phase: 'done', result, fileName: request.fileName });
    } catch (error) {
      setState({
        phase: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      stop();
      running.current = false;
    }
  }, []);

  const cancel = useCallback(() => {
    // Not awaited: the running `export.run` answers `cancelled`.
    if (running.current) void engine().call('export.cancel');
  }, []);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  return { state, start, cancel, reset };
}
