/**
 * "Baseline from open files…": with several files open, ticks the ones that are the normal day;
 * those become the baseline and the others the data set compared with it.
 */
import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { visibleText } from '../../lib/visible-text';
import { compareOpenFiles } from '../../state/compare-actions';
import { useIngestStore } from '../../state/ingest-store';
import { useDetailsMenu, useMenuPanelPlacement } from '../common/use-details-menu';

function MarkPanel({ close }: { readonly close: () => void }) {
  const paths = useIngestStore(useShallow((s) => s.progress.sources.map((x) => x.path)));
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  const canCompare = marked.size > 0 && marked.size < paths.length;
  const panel = useRef<HTMLDivElement>(null);
  useMenuPanelPlacement(panel);
  return (
    <div ref={panel} className="menu-panel baseline-panel">
      <fieldset className="baseline-files">
        <legend>Files of the normal day (the baseline)</legend>
        {paths.map((path) => (
          <label key={path} className="chooser-option">
            <input
              type="checkbox"
              checked={marked.has(path)}
              onChange={(e) => {
                const next = new Set(marked);
                if (e.target.checked) next.add(path);
                else next.delete(path);
                setMarked(next);
              }}
            />
            <span className="mono">{visibleText(path, 160).text}</span>
          </label>
        ))}
      </fieldset>
      <div className="menu-actions">
        <button
          type="button"
          className="button button--small button--primary"
          disabled={!canCompare}
          onClick={() => {
            close();
            // Not awaited: both loads report through their stores.
            void compareOpenFiles(marked);
          }}
        >
          Compare the others with them
        </button>
      </div>
    </div>
  );
}

export function BaselineFromOpen() {
  const details = useRef<HTMLDetailsElement>(null);
  const [isOpen, setOpen] = useState(false);
  const fileCount = useIngestStore((s) =>
    s.progress.state === 'ready' ? s.progress.sources.length : 0,
  );
  useDetailsMenu(details);
  if (fileCount < 2) return null;
  return (
    <details className="menu" ref={details} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="button button--small">Baseline from open files…</summary>
      {isOpen && (
        <MarkPanel
          close={() => {
            if (details.current !== null) details.current.open = false;
          }}
        />
      )}
    </details>
  );
}
