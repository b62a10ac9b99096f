/**
 * The reference reading of a data set: every file in path order, in one streaming pass on
 * this thread (`ingestFile`), each event straight into the index and the forest. The pool's
 * loader must give exactly this data set, whatever its size and however it cuts the files.
 */
import { ingestFile } from '../ingest/ingest-file';
import { BlobSpool } from '../ingest/read/blob-spool';
import { eventHost } from '../query/process-identity';
import type { DataSet } from '../worker/data-set';

export async function loadSequentially(data: DataSet): Promise<void> {
  for (let i = 0; i < data.sources.length; i++) {
    if (data.isStopped) break;
    const source = data.sources[i];
    if (source === undefined) continue;
    const { counts } = data;
    const result = await ingestFile(source.file, source.path, {
      event: (e) => {
        if (data.isPastEnd) return;
        const key = data.index.append(i, e);
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
      createSpool: () => Promise.resolve(new BlobSpool()),
      spooling: (spool) => {
        source.spool = spool;
      },
    });
    source.fingerprint = result.fingerprint;
    source.compressed = result.compressed;
    source.format = result.format;
    source.state = result.outcome;
  }
  data.state = 'ready';
}
