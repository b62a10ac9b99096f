/**
 * Saved views: the current view saved under a name in this browser, listed, opened, renamed
 * and deleted; all of them (with the stars and notes) exported to a small JSON file and
 * imported from one — how a colleague gets them. A view opened here restores like a link:
 * the files it was made on are compared with the open ones.
 */
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { applyLink, currentLink } from '../../app/view-link-state';
import { browserStorage } from '../../share/browser-storage';
import type { SavedView, ViewChange } from '../../share/saved-views';
import {
  SAVED_VIEWS_KEY,
  deleteView,
  listSavedViews,
  openSavedView,
  renameView,
  saveView,
} from '../../share/saved-views';
import { exportShareFile, importShareFile } from '../../share/share-file';
import type { ImportReport } from '../../share/share-file';
import { reloadAnnotations } from '../../state/annotation-store';
import { visibleText } from '../../lib/visible-text';
import { downloadBlob } from '../common/download';
import { useMenuPanelPlacement } from '../common/use-details-menu';
import { SavedViewItem } from './saved-view-item';

function importSummary(report: ImportReport): string {
  if (!report.ok) return `Nothing imported: ${report.error ?? 'the file could not be read'}.`;
  const { views, annotations } = report;
  const parts = [
    `${views.added} view${views.added === 1 ? '' : 's'} added`,
    ...views.renamed.map((r) => `"${r.from}" saved as "${r.to}"`),
    `${annotations.added + annotations.updated} star/note entr${annotations.added + annotations.updated === 1 ? 'y' : 'ies'} added or updated`,
  ];
  const dropped = views.dropped + annotations.dropped;
  if (dropped > 0) parts.push(`${dropped} invalid entr${dropped === 1 ? 'y' : 'ies'} skipped`);
  return `${parts.join(', ')}.`;
}

export function SavedViewsPanel({ onClose }: { readonly onClose: () => void }) {
  const storage = browserStorage();
  const [views, setViews] = useState<readonly SavedView[]>(() => listSavedViews(storage));
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | undefined>(undefined);
  const importInput = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useMenuPanelPlacement(panel);
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => nameInput.current?.focus(), []);
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === SAVED_VIEWS_KEY || event.key === null) setViews(listSavedViews(storage));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage]);

  function settle(change: ViewChange, done: string): boolean {
    if (!change.ok) {
      setMessage(`Not saved: ${change.reason}.`);
      return false;
    }
    setViews(change.views);
    setMessage(done);
    return true;
  }

  function save(event: FormEvent): void {
    event.preventDefault();
    const saved = settle(
      saveView(storage, name, currentLink(), Date.now()),
      `Saved "${name.trim()}".`,
    );
    if (saved) setName('');
  }

  function open(view: SavedView): void {
    const { link, notices } = openSavedView(view);
    applyLink(link, notices);
    onClose();
  }

  async function importFile(file: File): Promise<void> {
    const report = importShareFile(storage, await file.text(), Date.now());
    reloadAnnotations();
    setViews(listSavedViews(storage));
    setMessage(importSummary(report));
  }

  function exportFile(): void {
    const text = exportShareFile(storage, Date.now());
    downloadBlob(new Blob([text], { type: 'application/json' }), 'cws-explorer-views.json');
    setMessage('Exported the saved views with the stars and notes.');
  }

  return (
    <div
      ref={panel}
      className="saved-views"
      role="dialog"
      aria-label="Saved views"
      data-testid="saved-views"
    >
      <form className="saved-views-save" onSubmit={save}>
        <input
          ref={nameInput}
          className="share-input"
          value={name}
          maxLength={200}
          placeholder="Name of this view"
          aria-label="Name of the view to save"
          data-testid="saved-view-name"
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button button--primary" disabled={name.trim() === ''}>
          Save view
        </button>
      </form>
      {views.length === 0 ? (
        <p className="dim saved-views-empty">No saved views in this browser yet.</p>
      ) : (
        <ul className="saved-views-list">
          {views.map((view) => (
            <SavedViewItem
              key={view.name}
              view={view}
              onOpen={() => open(view)}
              onRename={(to) =>
                settle(renameView(storage, view.name, to, Date.now()), `Renamed to "${to.trim()}".`)
              }
              onDelete={() => settle(deleteView(storage, view.name), `Deleted "${view.name}".`)}
            />
          ))}
        </ul>
      )}
      <div className="saved-views-actions">
        <button type="button" className="button button--small" onClick={exportFile}>
          Export views and stars…
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => importInput.current?.click()}
        >
          Import…
        </button>
        <input
          ref={importInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-views"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file !== undefined) void importFile(file);
          }}
        />
      </div>
      {message !== undefined && (
        <p className="saved-views-message" role="status">
          {visibleText(message, 400).text}
        </p>
      )}
    </div>
  );
}
