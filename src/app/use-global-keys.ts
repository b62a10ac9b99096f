/**
 * Page-wide keys: `?` shows the shortcuts overlay and Esc closes it. Ignored while the user
 * types in a field, so `?` can still be typed in a search box.
 */
import { useEffect } from 'react';
import { isTyping } from '../ui/common/is-typing';
import { setHelpOpen, useLayoutStore } from '../ui/common/layout-store';

export function useGlobalKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const isHelpOpen = useLayoutStore.getState().isHelpOpen;
      if (event.key === 'Escape' && isHelpOpen) {
        event.preventDefault();
        setHelpOpen(false);
      } else if (event.key === '?' && !isTyping(event.target)) {
        event.preventDefault();
        setHelpOpen(!isHelpOpen);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
