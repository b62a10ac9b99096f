/**
 * The top bar's sharing controls: copy a link to the current view, and the saved views
 * (a panel under the button; Esc or a click elsewhere closes it, and focus returns to the
 * button).
 */
import { useEffect, useRef, useState } from 'react';
import { CopyLinkButton } from './copy-link-button';
import { SavedViewsPanel } from './saved-views-panel';

export function ShareControls() {
  const [isOpen, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    // Esc closes even when focus has left the panel (a button that became disabled).
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [isOpen]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="share-controls" ref={root}>
      <CopyLinkButton />
      <button
        ref={button}
        type="button"
        className="button button--small"
        aria-expanded={isOpen}
        aria-haspopup="dialog"
        data-testid="saved-views-button"
        onClick={() => setOpen((open) => !open)}
      >
        Views ▾
      </button>
      {isOpen && <SavedViewsPanel onClose={close} />}
    </div>
  );
}
