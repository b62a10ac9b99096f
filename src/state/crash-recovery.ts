/**
 * Reopening the data set after the engine stopped (crash, out of memory, silence). The client
 * has already replaced the dead worker with an empty one; this reads the same files into it
 * again, as far as the dead one had got: the records its last progress reported (the files are
 * read in path order, so the same records come back), or all of them when the load had
 * finished. Whether to recover at all (once per opened data set, never in a loop) is the
 * caller's decision.
 */
import { parseWorkersOption } from './parse-workers';
import type { EngineClient } from '../client/engine-client';
import { formatInt } from '../lib/format';
import type { IngestProgress, OpenFile, OpenOptions } from '../protocol/messages';

/** How to reopen after a stop with `last` as the engine's last progress; undefined: nothing to reopen. */
export function planReopen(last: IngestProgress): OpenOptions | undefined {
  if (last.counts.records === 0) return undefined;
  const isComplete = last.state === 'ready' && !last.partial;
  return {
    datasetIdAbove: last.datasetId,
    ...(isComplete ? {} : { maxRecords: last.counts.records }),
  };
}

export interface RecoveryOutcome {
  /** The reopened data set's progress; undefined when nothing could be reopened. */
  readonly progress: IngestProgress | undefined;
  /** What happened, in words, for the page. */
  readonly note: string;
}

export async function reopenAfterStop(
  client: Pick<EngineClient, 'call'>,
  files: readonly OpenFile[],
  last: IngestProgress,
  reason: string,
): Promise<RecoveryOutcome> {
  const stopped = `The engine stopped (${reason})`;
  const plan = planReopen(last);
  if (plan === undefined) {
    return {
      progress: undefined,
      note: `${stopped} before any event was read; nothing is loaded.`,
    };
  }
  try {
    const progress = await client.call('ingest.open', files, { ...plan, ...parseWorkersOption() });
    const events = formatInt(progress.counts.events);
    const note =
      plan.maxRecords === undefined
        ? `${stopped} and was restarted; the files were read again (${events} events).`
        : `${stopped} after ${formatInt(last.counts.events)} events; the first ${events} were ` +
          'read again and the rest is not loaded. Open fewer files or a smaller time slice.';
    return { progress, note };
  } catch (error) {
    const again = error instanceof Error ? error.message : String(error);
    return {
      progress: undefined,
      note: `${stopped}, and again while its data was read again (${again}); nothing is loaded. Open fewer files or a smaller time slice.`,
    };
  }
}
