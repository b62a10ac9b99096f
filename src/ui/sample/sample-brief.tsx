/**
 * The brief shown above the table while the bundled sample is open: what it holds and where
 * to start, each step a button that applies its query. Dismissed with × (remembered); not
 * shown in rules mode.
 */
import { applyQuery, setMode, useSearchStore } from '../../state/search-store';
import { dismissSampleBrief, useSampleBriefStore } from '../../state/sample-brief-store';

export function SampleBrief() {
  const brief = useSampleBriefStore((s) => (s.isDismissed ? undefined : s.brief));
  // Its starting points are searches: in rules mode the rules panel has the room.
  const isSearchMode = useSearchStore((s) => s.spec.mode === 'search');
  if (brief === undefined || !isSearchMode) return null;
  return (
    <section className="sample-brief" aria-label="About the sample" data-testid="sample-brief">
      <div className="sample-brief-text">
        <p>
          <strong>Sample investigation.</strong> {brief.summary}
        </p>
        <p>
          <span className="dim">Start with </span>
          <span className="sample-brief-steps">
            {brief.steps.map((step, i) => (
              <button
                key={step.query}
                type="button"
                className="link-button"
                title={`Search ${step.query}`}
                onClick={() => {
                  setMode('search');
                  applyQuery(step.query);
                }}
              >
                {i + 1}. {step.text}
              </button>
            ))}
          </span>
          <span className="dim"> · {brief.next}</span>
        </p>
      </div>
      <button
        type="button"
        className="icon-button sample-brief-close"
        aria-label="Dismiss the sample brief"
        title="Dismiss the sample brief"
        onClick={dismissSampleBrief}
      >
        ×
      </button>
    </section>
  );
}
