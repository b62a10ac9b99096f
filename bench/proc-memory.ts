// Samples the resident memory of the Chromium renderer processes started by this process, from
// /proc (Linux only). A dedicated worker lives in its page's renderer, so the renderer of the tab
// carries both the page and the ingest worker.
import { readdir, readFile } from 'node:fs/promises';

export interface RendererMemory {
  /** Largest RSS of a single renderer process seen by any sample. */
  readonly peakRssBytes: number;
  /** Largest sum of all renderer RSS seen by any sample. */
  readonly peakTotalRssBytes: number;
  /**
   * Largest VmHWM (the kernel's own peak RSS, so nothing between samples is missed) of a renderer
   * that did not exist when sampling started: a renderer left over from earlier pages would
   * report its own old peak.
   */
  readonly peakHwmBytes: number;
  /** RSS of the largest renderer at the last sample (taken when sampling stopped). */
  readonly lastRssBytes: number;
  readonly samples: number;
}

interface ProcInfo {
  readonly pid: number;
  readonly ppid: number;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    // The process may have exited between listing and reading.
    return undefined;
  }
}

async function listProcesses(): Promise<ProcInfo[]> {
  const entries = await readdir('/proc');
  const infos = await Promise.all(
    entries
      .filter((name) => /^\d+$/.test(name))
      .map(async (name): Promise<ProcInfo | undefined> => {
        const stat = await readText(`/proc/${name}/stat`);
        if (stat === undefined) return undefined;
        // "pid (comm) state ppid …": comm may hold spaces and parentheses, so cut at the last ')'.
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return { pid: Number(name), ppid: Number(fields[1]) };
      }),
  );
  return infos.filter((info): info is ProcInfo => info !== undefined);
}

function descendantsOf(root: number, processes: readonly ProcInfo[]): number[] {
  const children = new Map<number, number[]>();
  for (const { pid, ppid } of processes) {
    const list = children.get(ppid);
    if (list === undefined) children.set(ppid, [pid]);
    else list.push(pid);
  }
  const found: number[] = [];
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    for (const child of children.get(pid) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

function statusKiB(status: string, key: string): number {
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
  return match?.[1] === undefined ? 0 : Number(match[1]);
}

interface RendererStatus {
  readonly pid: number;
  readonly rssBytes: number;
  readonly hwmBytes: number;
}

/** Current memory of every Chromium renderer process descending from `root`. */
export async function renderers(root = process.pid): Promise<RendererStatus[]> {
  const pids = descendantsOf(root, await listProcesses());
  const found: RendererStatus[] = [];
  await Promise.all(
    pids.map(async (pid) => {
      const cmdline = await readText(`/proc/${pid}/cmdline`);
      if (cmdline === undefined || !cmdline.includes('--type=renderer')) return;
      const status = await readText(`/proc/${pid}/status`);
      if (status === undefined) return;
      found.push({
        pid,
        rssBytes: statusKiB(status, 'VmRSS') * 1024,
        hwmBytes: statusKiB(status, 'VmHWM') * 1024,
      });
    }),
  );
  return found;
}

/**
 * Starts sampling every `intervalMs` the renderers descending from `rootPid` (this process by
 * default: the browser is its child). Renderers in `preexisting` (see `renderers()`, taken before
 * the page was opened) count for RSS but not for VmHWM. Call the returned function to stop and
 * get the peaks.
 */
export function startRendererSampler(
  preexisting: ReadonlySet<number>,
  intervalMs = 200,
  rootPid = process.pid,
): () => Promise<RendererMemory> {
  const existing = preexisting;
  let peakRssBytes = 0;
  let peakTotalRssBytes = 0;
  let peakHwmBytes = 0;
  let lastRssBytes = 0;
  let samples = 0;
  let stopped = false;

  const sampleOnce = async (): Promise<void> => {
    const current = await renderers(rootPid);
    samples += 1;
    let totalRssBytes = 0;
    lastRssBytes = 0;
    for (const { pid, rssBytes, hwmBytes } of current) {
      lastRssBytes = Math.max(lastRssBytes, rssBytes);
      totalRssBytes += rssBytes;
      peakRssBytes = Math.max(peakRssBytes, rssBytes);
      if (!existing.has(pid)) peakHwmBytes = Math.max(peakHwmBytes, hwmBytes);
    }
    peakTotalRssBytes = Math.max(peakTotalRssBytes, totalRssBytes);
  };

  const loop = (async () => {
    while (!stopped) {
      const started = Date.now();
      await sampleOnce();
      const wait = intervalMs - (Date.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    }
  })();

  return async () => {
    stopped = true;
    await loop;
    await sampleOnce();
    return { peakRssBytes, peakTotalRssBytes, peakHwmBytes, lastRssBytes, samples };
  };
}
