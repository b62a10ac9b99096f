/** One saved view in the list: open it, rename it in place, or delete it. */
import { useState } from 'react';
import type { FormEvent } from 'react';
import { formatUtcTime } from '../../lib/format';
import { visibleText } from '../../lib/visible-text';
import type { SavedView } from '../../share/saved-views';

interface SavedViewItemProps {
  readonly view: SavedView;
  readonly onOpen: () => void;
  /** True when the rename was stored. */
  readonly onRename: (to: string) => boolean;
  readonly onDelete: () => void;
}

export function SavedViewItem({ view, onOpen, onRename, onDelete }: SavedViewItemProps) {
  const [draft, setDraft] = useState<string | undefined>(undefined);

  function rename(event: FormEvent): void {
    event.preventDefault();
    if (draft !== undefined && onRename(draft)) setDraft(undefined);
  }

  return (
    <li className="saved-view" data-testid="saved-view" data-name={view.name}>
      {draft === undefined ? (
        <>
          <button
            type="button"
            className="saved-view-open"
            title={`Saved ${formatUtcTime(view.updatedMs)} UTC`}
            onClick={onOpen}
          >
            {visibleText(view.name, 120).text}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => setDraft(view.name)}
          >
            Rename
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={`Delete the view ${view.name}`}
            onClick={onDelete}
          >
            Delete
          </button>
        </>
      ) : (
        <form className="saved-view-rename" onSubmit={rename}>
          <input
            className="share-input"
            value={draft}
            maxLength={200}
            aria-label={`New name for ${view.name}`}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.stopPropagation();
                setDraft(undefined);
              }
            }}
          />
          <button type="submit" className="button button--small" disabled={draft.trim() === ''}>
            Rename
          </button>
        </form>
      )}
    </li>
  );
}
