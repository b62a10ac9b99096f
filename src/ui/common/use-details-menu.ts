/**
 * Makes a `<details>` disclosure behave like a menu: a click outside it or Esc closes it (Esc
 * puts focus back on its summary, since the panel that held it goes away).
 */
import { useEffect, type RefObject } from 'react';

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
