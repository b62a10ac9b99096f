/**
 * The policy run under way and its cancellation: `policy.cancel` (or a newer run) stops it.
 * A run sees the stop as a flag (checked between rules) and as a promise (so it stops waiting
 * for the field-reading pass, which goes on and leaves its fields in the index).
 */
export interface PolicyStop {
  stopped(): boolean;
  /** Resolves once the run is stopped. */
  readonly whenStopped: Promise<void>;
}

interface Run extends PolicyStop {
  stop(): void;
}

function newRun(): Run {
  let stopped = false;
  let resolve: () => void = () => undefined;
  const whenStopped = new Promise<void>((r) => {
    resolve = r;
  });
  return {
    stopped: () => stopped,
    whenStopped,
    stop: () => {
      stopped = true;
      resolve();
    },
  };
}

export class PolicyRuns {
  private current: Run | undefined;

  /** Runs `job` as the policy run in force, stopping the one before. */
  async start<T>(job: (stop: PolicyStop) => Promise<T>): Promise<T> {
    this.current?.stop();
    const run = newRun();
    this.current = run;
    try {
      return await job(run);
    } finally {
      if (this.current === run) this.current = undefined;
    }
  }

  /** Stops the run under way; false when none runs. */
  cancel(): boolean {
    const run = this.current;
    run?.stop();
    return run !== undefined;
  }
}
