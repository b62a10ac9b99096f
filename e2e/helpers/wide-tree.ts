// A process tree no sample has: under systemd, a `cron` job (the event selected) and a `bash`
// that started WIDE_CHILDREN workers, each of which started one helper — hundreds of
// descendants behind one collapsed node. Every process performs one exec event.

export const WIDE_HOST = 'build-7';
export const SYSTEMD_PID = 1;
export const CRON_PID = 400;
export const BASH_PID = 500;
export const WIDE_CHILDREN = 300;
/** Processes below `bash`: its children and one helper each. */
export const BASH_DESCENDANTS = WIDE_CHILDREN * 2;

interface Proc {
  readonly pid: number;
  readonly ppid: number;
  readonly comm: string;
  readonly path: string;
  readonly fork_time: string;
  readonly exec_time: string;
}

function time(second: number): string {
  return new Date(Date.UTC(2026, 10, 20, 9, 0, 0) + second * 10).toISOString();
}

function proc(pid: number, ppid: number, comm: string, at: number): Proc {
  return {
    pid,
    ppid,
    comm,
    path: `/usr/bin/${comm}`,
    fork_time: time(at),
    exec_time: time(at + 0.5),
  };
}

function entry(p: Proc): Record<string, unknown> {
  return {
    pid: p.pid,
    ppid: p.ppid,
    comm: p.comm,
    uid: 0,
    user: 'root',
    fork_time: p.fork_time,
    exec_time: p.exec_time,
    executable: { path: p.path, name: p.comm },
  };
}

function execEvent(p: Proc, ancestors: readonly Proc[]): string {
  return JSON.stringify({
    date: p.exec_time,
    hostname: WIDE_HOST,
    evt: { name: 'exec', category: 'Process Activity', outcome: 'Success' },
    process: { ...entry(p), ancestors: ancestors.map(entry) },
  });
}

/** The fixture's NDJSON text and its number of events. */
export function wideTreeNdjson(): { text: string; events: number } {
  const systemd = proc(SYSTEMD_PID, 0, 'systemd', 0);
  const cron = proc(CRON_PID, SYSTEMD_PID, 'cron', 1);
  const bash = proc(BASH_PID, SYSTEMD_PID, 'bash', 2);
  const lines = [execEvent(systemd, []), execEvent(cron, [systemd]), execEvent(bash, [systemd])];
  for (let i = 0; i < WIDE_CHILDREN; i++) {
    const worker = proc(1000 + i, BASH_PID, 'worker', 3 + i);
    const helper = proc(5000 + i, worker.pid, 'helper', 3 + i + 0.2);
    lines.push(execEvent(worker, [bash, systemd]), execEvent(helper, [worker, bash, systemd]));
  }
  return { text: lines.map((l) => `${l}\n`).join(''), events: lines.length };
}
