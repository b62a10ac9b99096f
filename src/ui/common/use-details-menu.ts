/**
 * Makes a `<details>` disclosure behave like a menu: a click outside it or Esc closes it (Esc
 * puts focus back on its summary, since the panel that held it goes away), and its panel opens
 * on the side of its summary where it is not cut off by the pane that holds it.
 */
import { useEffect, useLayoutEffect, type RefObject } from 'react';

export function useDetailsMenu(details: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const close = (event: Event) => {
      const el = details.current;
      if (el === null || !el.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== 'Escape') return;
        el.open = false;
        el.querySelector('summary')?.focus();
      } else if (!el.contains(event.target as Node)) {
        el.open = false;
      }
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [details]);
}

/** For a menu's panel, built when its menu opens: places it before it is painted. */
export function useMenuPanelPlacement(panel: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    if (panel.current !== null) placePanel(panel.current);
  }, [panel]);
}

/**
 * Panels hang from their summary's right edge; one that would then start left of the pane
 * clipping it (a summary near the pane's left edge, as when a toolbar wraps) hangs from the left
 * edge instead, whichever of the two cuts off less.
 */
function placePanel(panel: HTMLElement): void {
  panel.removeAttribute('data-align');
  const bounds = clippingBounds(panel);
  const endAligned = panel.getBoundingClientRect();
  const lostAtEnd = Math.max(0, bounds.left - endAligned.left);
  if (lostAtEnd === 0) return;
  panel.setAttribute('data-align', 'start');
  const startAligned = panel.getBoundingClientRect();
  const lostAtStart = Math.max(0, startAligned.right - bounds.right);
  if (lostAtStart > lostAtEnd) panel.removeAttribute('data-align');
}

function clippingBounds(el: HTMLElement): { left: number; right: number } {
  for (let node = el.parentElement; node !== null; node = node.parentElement) {
    const { overflowX } = getComputedStyle(node);
    if (overflowX !== 'visible') {
      const rect = node.getBoundingClientRect();
      return { left: Math.max(0, rect.left), right: Math.min(window.innerWidth, rect.right) };
    }
  }
  return { left: 0, right: window.innerWidth };
}
