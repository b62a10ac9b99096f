/**
 * The policy run of rules mode: which file was opened, whether its run is under way, and the
 * report (or why it failed). Runs are numbered so a slow run never overwrites a newer one.
 */
import { create } from 'zustand';
import type { PolicyReport } from '../../protocol/messages';
import { engine } from '../../state/engine';

interface PolicyState {
  readonly fileName: string | undefined;
  readonly running: boolean;
  readonly report: PolicyReport | undefined;
  readonly error: string | undefined;
}

export const usePolicyStore = create<PolicyState>(() => ({
  fileName: undefined,
  running: false,
  report: undefined,
  error: undefined,
}));

let lastRun = 0;

/** Reads a policy file (YAML) and runs all its rules over the loaded events. */
export async function runPolicyFile(file: File): Promise<void> {
  const run = ++lastRun;
  usePolicyStore.setState({
    fileName: file.name,
    running: true,
    report: undefined,
    error: undefined,
  });
  try {
    const text = await file.text();
    const report = await engine().call('policy.run', text, {});
    if (run === lastRun) usePolicyStore.setState({ running: false, report });
  } catch (error: unknown) {
    if (run === lastRun) {
      usePolicyStore.setState({
        running: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

export function closePolicyReport(): void {
  lastRun++;
  usePolicyStore.setState({
    fileName: undefined,
    running: false,
    report: undefined,
    error: undefined,
  });
}
