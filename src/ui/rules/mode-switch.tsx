/**
 * Search | Rules: which box drives the view. In rules mode the view holds the events matching
 * the query AND the SECL rule. Two toggle buttons, reachable with Tab and Enter / Space.
 */
import type { SearchMode } from '../../state/search-store';
import { setMode, useSearchStore } from '../../state/search-store';

const MODES: readonly {
  readonly mode: SearchMode;
  readonly label: string;
  readonly hint: string;
}[] = [
  { mode: 'search', label: 'Search', hint: 'Filter events with a log search query' },
  { mode: 'rules', label: 'Rules', hint: 'Try a CWS rule (SECL) or a policy file on the events' },
];

export function ModeSwitch() {
  const current = useSearchStore((s) => s.spec.mode);
  return (
    <div className="mode-switch" role="group" aria-label="Mode">
      {MODES.map(({ mode, label, hint }) => (
        <button
          key={mode}
          type="button"
          className="mode-button"
          data-testid={`mode-${mode}`}
          aria-pressed={current === mode}
          title={hint}
          onClick={() => setMode(mode)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
