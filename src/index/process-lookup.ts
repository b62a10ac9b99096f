/**
 * Finds the process node of an identity (host, pid, fork time, exec time) without building a
 * key string: node ids are filed by host, then by pid (one id, or several when the pid was
 * reused or the task exec'd more than once), and the few nodes of one pid are told apart by
 * comparing their fork and exec times. Consecutive events mostly come from one host, so the
 * last host's pid map is kept at hand.
 */
import type { ProcessNodes } from './process-nodes';

type Filed = number | number[];

export class ProcessLookup {
  private readonly byHost = new Map<string, Map<number, Filed>>();
  private lastHost: string | undefined;
  private lastPids = new Map<number, Filed>();

  constructor(private readonly nodes: ProcessNodes) {}

  /** The node of this identity, or 0 when there is none yet. */
  find(host: string, pid: number, forkTime: string, execTime: string): number {
    const filed = this.pidsOn(host).get(pid);
    if (filed === undefined) return 0;
    const { forkTime: forkTimes, execTime: execTimes } = this.nodes;
    forkTimes.prepare(forkTime);
    execTimes.prepare(execTime);
    if (typeof filed === 'number') {
      return forkTimes.matchesPrepared(filed) && execTimes.matchesPrepared(filed) ? filed : 0;
    }
    for (const id of filed) {
      if (forkTimes.matchesPrepared(id) && execTimes.matchesPrepared(id)) return id;
    }
    return 0;
  }

  /** Files the new node `id` (pid `pid` on `host`). */
  file(host: string, pid: number, id: number): void {
    const pids = this.pidsOn(host);
    const filed = pids.get(pid);
    if (filed === undefined) pids.set(pid, id);
    else if (typeof filed === 'number') pids.set(pid, [filed, id]);
    else filed.push(id);
  }

  /**
   * The exec images of `id`'s task (same host, pid and known fork time; `id` included) when
   * there are several, else undefined.
   */
  imagesOf(id: number): number[] | undefined {
    const { host, pid, forkTime } = this.nodes;
    if (!forkTime.isKnown(id)) return undefined;
    const filed = this.pidsOn(host.get(id)).get(pid[id] as number);
    if (!Array.isArray(filed)) return undefined;
    const images = filed.filter((other) => forkTime.same(other, id));
    return images.length > 1 ? images : undefined;
  }

  private pidsOn(host: string): Map<number, Filed> {
    if (host === this.lastHost) return this.lastPids;
    let pids = this.byHost.get(host);
    if (pids === undefined) {
      pids = new Map();
      this.byHost.set(host, pids);
    }
    this.lastHost = host;
    this.lastPids = pids;
    return pids;
  }
}
