/**
 * Small helpers shared by job scripts: durations, jittered waits and a "run a command" step
 * (fork + exec, optional work, exit).
 */
import type { ExecSpec, ForkOptions, HostSim } from './host-sim';
import type { Proc } from './process';
import type { RuleId } from './rules';
import { NS_PER_MS, NS_PER_S } from './time-format';

/** A job step sequence that returns a value when done. */
export type Steps<T = void> = Generator<number, T, undefined>;

export const ms = (n: number): number => n * NS_PER_MS;
export const sec = (n: number): number => n * NS_PER_S;

/** A wait of `min`..`max` milliseconds. */
export function waitMs(h: HostSim, min: number, max: number): number {
  return ms(min) + h.rng.int(ms(max - min) + 1);
}

export interface RunOptions {
  rule?: RuleId;
  code?: number;
  fork?: ForkOptions;
  /** Keeps the process running (no exit event). */
  keep?: boolean;
}

/** Forks and execs `spec` under `parent`, runs `work` (plain or step sequence), then exits it. */
export function* run(
  h: HostSim,
  parent: Proc,
  spec: ExecSpec,
  work?: (p: Proc) => Steps | void,
  options: RunOptions = {},
): Steps<Proc> {
  const p = h.spawn(parent, spec, options.rule ?? 'exec_audit', options.fork ?? {});
  yield waitMs(h, 1, 6);
  const steps = work?.(p);
  if (steps !== undefined) yield* steps;
  if (options.keep !== true) {
    yield waitMs(h, 1, 15);
    h.exit(p, options.code ?? 0);
  }
  return p;
}
