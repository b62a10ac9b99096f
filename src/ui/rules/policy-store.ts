/**
 * The policy run of rules mode: which file was opened, whether its run is under way (and how
 * far it got), the report (or why it failed) and whether the report is shown. Close hides the
 * report (stopping a run under way, whose partial report is kept); it stays reachable until
 * another policy is opened. Runs are numbered so a slow run never overwrites a newer one.
 */
import { create } from 'zustand';
import type { PolicyProgress, PolicyReport } from '../../protocol/messages';
import { engine } from '../../state/engine';
import { reapplyRuleInForce } from './rule-refresh';

interface PolicyState {
  readonly fileName: string | undefined;
  readonly running: boolean;
  /** The last progress of the run under way. */
  readonly progress: PolicyProgress | undefined;
  readonly report: PolicyReport | undefined;
  readonly error: string | undefined;
  /** The report panel is open (Close hides it; "Policy report" shows it again). */
  readonly isShown: boolean;
}

const IDLE = {
  fileName: undefined,
  running: false,
  progress: undefined,
  report: undefined,
  error: undefined,
  isShown: false,
} as const;

export const usePolicyStore = create<PolicyState>(() => IDLE);

let lastRun = 0;

/** Reads a policy file (YAML) and runs all its rules over the loaded events. */
export async function runPolicyFile(file: File): Promise<void> {
  const run = ++lastRun;
  usePolicyStore.setState({ ...IDLE, fileName: file.name, running: true, isShown: true });
  const stopListening = engine().onPolicyProgress((progress) => {
    if (run === lastRun) usePolicyStore.setState({ progress });
  });
  try {
    const text = await file.text();
    const report = await engine().call('policy.run', text, {});
    if (run === lastRun) {
      usePolicyStore.setState({ running: false, progress: undefined, report });
      reapplyRuleInForce();
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

/** Hides the report; a run under way stops, and its partial report is kept. */
export function closePolicyReport(): void {
  if (usePolicyStore.getState().running) cancelPolicyRun();
  usePolicyStore.setState({ isShown: false });
}

export function showPolicyReport(): void {
  usePolicyStore.setState({ isShown: true });
}
