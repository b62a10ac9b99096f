/** The content width or height of an element in CSS pixels, kept up to date with a ResizeObserver. */
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

function useContentSize(element: RefObject<HTMLElement | null>, side: 'width' | 'height'): number {
  const [size, setSize] = useState(0);
  useEffect(() => {
    const target = element.current;
    if (target === null) return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry !== undefined) setSize(Math.floor(entry.contentRect[side]));
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, side]);
  return size;
}

export function useElementWidth(element: RefObject<HTMLElement | null>): number {
  return useContentSize(element, 'width');
}

export function useElementHeight(element: RefObject<HTMLElement | null>): number {
  return useContentSize(element, 'height');
}
