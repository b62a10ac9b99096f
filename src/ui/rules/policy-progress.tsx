/**
 * The policy run under way (`policy-progress`): a bar with the phase — reading the fields its
 * rules need from the raw events, then evaluating rule by rule with the matches so far — and
 * Cancel (`policy-cancel`), which stops the run between rules.
 */
import { formatInt } from '../../lib/format';
import type { PolicyProgress as Progress } from '../../protocol/messages';
import { cancelPolicyRun } from './policy-store';

function phaseText(progress: Progress | undefined): string {
  if (progress === undefined) return 'Loading the policy…';
  const { phase, done, total, matches } = progress;
  return phase === 'reading'
    ? `Reading the fields its rules need from the raw events: ${formatInt(done)} / ${formatInt(total)} events`
    : `Evaluating: ${formatInt(done)} / ${formatInt(total)} rules, ${formatInt(matches)} matches so far`;
}

export function PolicyProgress({ progress }: { readonly progress: Progress | undefined }) {
  return (
    <div className="policy-progress" data-testid="policy-progress" data-phase={progress?.phase}>
      <progress
        className="policy-progress-bar"
        aria-label="Policy run progress"
        max={Math.max(1, progress?.total ?? 1)}
        {...(progress === undefined ? {} : { value: progress.done })}
      />
      <p className="policy-progress-text" aria-live="polite">
        {phaseText(progress)}
      </p>
      <button
        type="button"
        className="button button--small"
        data-testid="policy-cancel"
        onClick={cancelPolicyRun}
      >
        Cancel
      </button>
    </div>
  );
}
