/**
 * Open buttons of the top bar: files, a folder, the bundled sample (`open-sample`).
 */
import { openSample } from '../../state/actions';
import { pickFiles, pickFolder } from '../common/file-pickers';

export function OpenControls() {
  return (
    <div className="open-controls">
      <button type="button" className="button button--primary" onClick={pickFiles}>
        Open files
      </button>
      <button type="button" className="button" onClick={pickFolder}>
        Open folder
      </button>
      <button
        type="button"
        className="button"
        data-testid="open-sample"
        // Not awaited: progress and errors arrive through the ingest store.
        onClick={() => void openSample()}
      >
        Open sample
      </button>
    </div>
  );
}
