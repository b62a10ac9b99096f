/**
 * A small action menu that pops up at a point (a right-click, or under the control that
 * opened it): the cell menu, the column menu and the field menu of the detail tree.
 *
 * It is drawn into `document.body` with fixed positioning (the table's rows use CSS
 * containment, which would clip and reposition it) and kept inside the viewport. Focus moves
 * to the first enabled item and back to where it was on close; ↑/↓/Home/End move between
 * items, Enter or Space runs one, Esc, Tab or a click elsewhere closes. Keys never leak to the
 * table underneath.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { createPortal } from 'react-dom';

export interface MenuAnchor {
  readonly x: number;
  readonly y: number;
  /** The control that opened the menu: a press on it is left to it (it toggles the menu). */
  readonly opener?: Element;
}

export interface MenuItem {
  /** Stable name of the action, also the item's `data-action`. */
  readonly action: string;
  readonly label: ReactNode;
  readonly isDisabled?: boolean;
  /** Runs the action; the menu closes afterwards unless this returns `'keep-open'`. */
  readonly run: () => void | 'keep-open';
}

interface PopupMenuProps {
  readonly anchor: MenuAnchor;
  /** Accessible name of the menu. */
  readonly label: string;
  readonly testId: string;
  readonly items: readonly (MenuItem | 'separator')[];
  /** Shown above the items (what the menu acts on). */
  readonly heading?: ReactNode;
  /** Shown below the items (an outcome such as a refused copy). */
  readonly status?: ReactNode;
  readonly onClose: () => void;
}

/** Distance kept from the viewport edges, in px. */
const MARGIN = 6;

/** The point under an element, for menus opened from a button or by the keyboard. */
export function anchorBelow(element: Element): MenuAnchor {
  const rect = element.getBoundingClientRect();
  return { x: rect.left, y: rect.bottom + 2, opener: element };
}

export function PopupMenu({
  anchor,
  label,
  testId,
  items,
  heading,
  status,
  onClose,
}: PopupMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState({ x: anchor.x, y: anchor.y });
  // The latest `onClose`, so the open/close effect below runs once per menu, not per render.
  const close = useRef(onClose);
  useLayoutEffect(() => {
    close.current = onClose;
  });

  // Kept inside the viewport once its size is known.
  useLayoutEffect(() => {
    const el = menu.current;
    if (el === null) return;
    const { width, height } = el.getBoundingClientRect();
    setPosition({
      x: Math.max(MARGIN, Math.min(anchor.x, window.innerWidth - width - MARGIN)),
      y: Math.max(MARGIN, Math.min(anchor.y, window.innerHeight - height - MARGIN)),
    });
  }, [anchor]);

  // Focus in on open, back out on close; a press anywhere else closes.
  useEffect(() => {
    const previous = document.activeElement;
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    const closeOutside = (event: PointerEvent) => {
      const target = event.target instanceof Node ? event.target : null;
      if (menu.current?.contains(target) === true || anchor.opener?.contains(target) === true) {
        return;
      }
      close.current();
    };
    const closeOnBlur = () => close.current();
    document.addEventListener('pointerdown', closeOutside, true);
    window.addEventListener('blur', closeOnBlur);
    return () => {
      document.removeEventListener('pointerdown', closeOutside, true);
      window.removeEventListener('blur', closeOnBlur);
      if (previous instanceof HTMLElement && document.contains(previous)) {
        previous.focus({ preventScroll: true });
      }
    };
    // Once per menu: a menu opened elsewhere is a new one (keyed by its owner).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    const buttons = [
      ...(menu.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
    ];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    let next: number | undefined;
    switch (event.key) {
      case 'Escape':
      case 'Tab':
        event.preventDefault();
        onClose();
        return;
      case 'ArrowDown':
        next = (at + 1) % buttons.length;
        break;
      case 'ArrowUp':
        next = (at - 1 + buttons.length) % buttons.length;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = buttons.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    buttons[next]?.focus();
  };

  return createPortal(
    <div
      ref={menu}
      className="popup-menu"
      role="menu"
      aria-label={label}
      data-testid={testId}
      style={{ left: position.x, top: position.y }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {heading !== undefined && <div className="popup-menu-heading">{heading}</div>}
      {items.map((item, i) =>
        item === 'separator' ? (
          <div key={`separator-${i}`} className="popup-menu-separator" role="separator" />
        ) : (
          <button
            key={item.action}
            type="button"
            role="menuitem"
            className="popup-menu-item"
            data-action={item.action}
            disabled={item.isDisabled === true}
            onClick={() => {
              if (item.run() !== 'keep-open') onClose();
            }}
          >
            {item.label}
          </button>
        ),
      )}
      {status !== undefined && (
        <div className="popup-menu-status" role="status">
          {status}
        </div>
      )}
    </div>,
    document.body,
  );
}
