/**
 * Loading a data set: its files are read one after the other, in path order, each in one
 * streaming pass (`ingestFile`) whose events go to the data set's index and process forest;
 * progress is published every 100 ms. A load stops between chunks when the data set is
 * closed, cancelled or past its record limit, and keeps what it read; a refused allocation
 * ends it with the events read so far and an error saying why the rest was not read.
 */
import { ingestFile, type IngestSink } from '../ingest/ingest-file';
import { eventHost } from '../query/process-identity';
import type { IngestProgress } from '../protocol/messages';
import { PROGRESS_INTERVAL_MS, type DataSet } from './data-set';
import { createSpool } from './worker-spool';

/** Reads every source of `data`; problems reading end up in `data.error`. */
export async function loadDataSet(
  data: DataSet,
  publish: (progress: IngestProgress) => void,
): Promise<void> {
  const timer = setInterval(() => {
    if (!data.closed) publish(data.progress());
  }, PROGRESS_INTERVAL_MS);
  try {
    for (let i = 0; i < data.sources.length; i++) {
      if (data.isStopped) break;
      if (await readSource(data, i)) {
        // Reading on would only fail again: keep what was read, say why the rest is not.
        const path = data.sources[i]?.path ?? '';
        throw new Error(
          `the tab ran out of memory while reading ${path} after ${data.counts.events} events: ` +
            'the events read so far are kept, the rest was not read. Open fewer files or a ' +
            'smaller time slice.',
        );
      }
    }
  } catch (error) {
    data.error = error instanceof Error ? `${error.message}` : String(error);
  } finally {
    clearInterval(timer);
  }
}

/** Reads one source into the index; true when it stopped because memory ran out. */
async function readSource(data: DataSet, sourceIndex: number): Promise<boolean> {
  const source = data.sources[sourceIndex];
  if (source === undefined) return false;
  source.state = 'reading';
  const { counts } = data;
  const sink: IngestSink = {
    event: (e) => {
      if (data.isPastEnd) return;
      const key = data.index.append(sourceIndex, e);
      data.forest.addEvent(key, e.body, eventHost(e.body, e.envelope?.host));
      source.events++;
      counts.records++;
      counts.events++;
      counts[e.validity]++;
    },
    problem: (p) => {
      if (data.isPastEnd) return;
      if (p.kind === 'record') {
        source.rejected++;
        counts.records++;
        counts.rejected++;
      }
      data.addProblem(p);
    },
    blankLine: () => {
      if (!data.isPastEnd) counts.blankLines++;
    },
    bytesRead: (total) => {
      source.readBytes = total;
    },
    cancelled: () => data.isStopped,
    createSpool,
    spooling: (spool) => {
      source.spool = spool;
    },
  };
  const result = await ingestFile(source.file, source.path, sink);
  source.fingerprint = result.fingerprint;
  source.compressed = result.compressed;
  source.format = result.format;
  source.state = result.outcome;
  return result.outOfMemory;
}
