/** The top bar: product name, open buttons, counts, help and theme toggle. */
import { setHelpOpen } from '../common/layout-store';
import { OpenControls } from './open-controls';
import { StatsBar } from './stats-bar';
import { ThemeToggle } from './theme-toggle';

export function TopBar() {
  return (
    <header className="top-bar">
      <h1 className="product">
        <span className="product-mark" aria-hidden="true">
          ◆
        </span>
        CWS Event Explorer
      </h1>
      <OpenControls />
      <StatsBar />
      <span className="spacer" />
      <button
        type="button"
        className="icon-button"
        aria-label="Keyboard shortcuts (?)"
        title="Keyboard shortcuts (?)"
        onClick={() => setHelpOpen(true)}
      >
        ?
      </button>
      <ThemeToggle />
    </header>
  );
}
