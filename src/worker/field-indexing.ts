/**
 * The slow path of a data set's index: fields it does not hold are added by one pass over the
 * raw events (several fields asked together share the pass), after any pass under way; the
 * progress names them while it runs. A pass on a closed data set stops, and a failed one
 * removes the columns it added.
 */
import type { IngestProgress } from '../protocol/messages';
import { PROGRESS_INTERVAL_MS, type DataSet } from './data-set';
import { scanRawEvents } from './raw-scan';

export class FieldIndexing {
  /** Body paths being added; queries on them wait for `done`. */
  private readonly filling = new Set<string>();
  private done: Promise<void> = Promise.resolve();

  constructor(
    private readonly data: DataSet,
    private readonly publish: (progress: IngestProgress) => void,
  ) {}

  /** The body path is not answered from the index yet (absent, or being added). */
  lacks(path: string): boolean {
    return this.filling.has(path) || this.data.index.fields.get(`@${path}`) === undefined;
  }

  /** Adds `paths` to the index (one raw pass for all of them) after any pass under way. */
  add(paths: readonly string[]): Promise<void> {
    const fresh = paths.filter(
      (p) => !this.filling.has(p) && this.data.index.fields.get(`@${p}`) === undefined,
    );
    if (fresh.length === 0) return this.done;
    for (const path of fresh) this.filling.add(path);
    const run = async () => {
      try {
        await this.pass(fresh);
      } finally {
        for (const path of fresh) this.filling.delete(path);
      }
    };
    const job = this.done.then(run);
    // The chain goes on after a failed pass; the view that asked for it gets the error.
    this.done = job.catch(() => undefined);
    return job;
  }

  private async pass(paths: readonly string[]): Promise<void> {
    const data = this.data;
    const fields = data.index.fields;
    const added = paths.map((path) => fields.addBodyPath(path));
    const count = data.index.count;
    const names = paths.map((p) => `@${p}`);
    let lastPublish = 0;
    data.indexing = { fields: names, done: 0, total: count };
    this.publish(data.progress());
    try {
      const finished = await scanRawEvents({
        index: data.index,
        sources: data.sources.map((s) => ({ file: s.file, spool: s.spool })),
        count,
        visit: (key, body, envelope) => {
          for (const { column, extract } of added) column.set(key, extract(body, envelope));
        },
        progress: (done) => {
          data.indexing = { fields: names, done, total: count };
          const now = performance.now();
          if (now - lastPublish >= PROGRESS_INTERVAL_MS) {
            lastPublish = now;
            this.publish(data.progress());
          }
        },
        stopped: () => data.closed,
      });
      if (!finished) throw new Error('another data set was opened');
    } catch (error) {
      for (const name of names) fields.remove(name);
      throw error;
    } finally {
      if (!data.closed) {
        data.indexing = undefined;
        this.publish(data.progress());
      }
    }
  }
}
