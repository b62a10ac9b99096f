/**
 * The policy run of rules mode: which file was opened, whether its run is under way (and how
 * far it got), and the report (or why it failed). Runs are numbered so a slow run never
 * overwrites a newer one; closing the report or Cancel stops the run in the engine.
 */
import { create } from 'zustand';
import type { PolicyProgress, PolicyReport } from '../../protocol/messages';
import { engine } from '../../state/engine';
import { reapplyRuleWithMacros } from './macro-refresh';

interface PolicyState {
  readonly fileName: string | undefined;
  readonly running: boolean;
  /** The last progress of the run under way. */
  readonly progress: PolicyProgress | undefined;
  readonly report: PolicyReport | undefined;
  readonly error: string | undefined;
}

const IDLE = {
  fileName: undefined,
  running: false,
  progress: undefined,
  report: undefined,
  error: undefined,
} as const;

export const usePolicyStore = create<PolicyState>(() => IDLE);

let lastRun = 0;

/** Reads a policy file (YAML) and runs all its rules over the loaded events. */
export async function runPolicyFile(file: File): Promise<void> {
  const run = ++lastRun;
  usePolicyStore.setState({ ...IDLE, fileName: file.name, running: true });
  const stopListening = engine().onPolicyProgress((progress) => {
    if (run === lastRun) usePolicyStore.setState({ progress });
  });
  try {
    const text = await file.text();
    const report = await engine().call('policy.run', text, {});
    if (run === lastRun) {
      usePolicyStore.setState({ running: false, progress: undefined, report });
      reapplyRuleWithMacros(report);
    }
  } catch (error: unknown) {
    if (run === lastRun) {
      usePolicyStore.setState({
        running: false,
        progress: undefined,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  } finally {
    stopListening();
  }
}

/** Stops the run under way between rules: it answers with the rules done so far. */
export function cancelPolicyRun(): void {
  void engine()
    .call('policy.cancel')
    .catch(() => undefined);
}

export function closePolicyReport(): void {
  if (usePolicyStore.getState().running) cancelPolicyRun();
  lastRun++;
  usePolicyStore.setState(IDLE);
}
