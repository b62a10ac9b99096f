/**
 * The top bar: product name, open buttons, the data source, counts, export, help and theme
 * toggle. On a laptop-width window the name shows as its mark alone (screen readers still read
 * it), so that the bar keeps to one line.
 */
import { setHelpOpen } from '../common/layout-store';
import { ExportButton } from '../export/export-button';
import { ShareControls } from '../share/share-controls';
import { SourceControl } from '../source/source-control';
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
        <span className="product-name">CWS Event Explorer</span>
      </h1>
      <OpenControls />
      <SourceControl />
      <StatsBar />
      <span className="spacer" />
      <ExportButton />
      <ShareControls />
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
