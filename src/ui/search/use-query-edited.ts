/**
 * Whether the text in the query box (`query-input`) differs from the query in force. The box
 * keeps its draft to itself, so the text is read from it after each input, key or click inside
 * `area`: on the next task, once the box has handled the event (accepting a suggestion rewrites
 * the text without an input event). A query applied since the last reading counts as unedited:
 * the box then shows it.
 */
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import { useSearchStore } from '../../state/search-store';

interface Reading {
  /** The query in force when the box was read. */
  readonly query: string;
  readonly text: string;
}

const EVENTS = ['input', 'keyup', 'click'] as const;

export function useQueryEdited(area: RefObject<HTMLElement | null>): boolean {
  const query = useSearchStore((s) => s.spec.query);
  const [reading, setReading] = useState<Reading | undefined>(undefined);
  useEffect(() => {
    const root = area.current;
    if (root === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const readBox = () => {
      const box = root.querySelector<HTMLInputElement>('[data-testid="query-input"]');
      if (box !== null)
        setReading({ query: useSearchStore.getState().spec.query, text: box.value });
    };
    const readSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(readBox, 0);
    };
    for (const type of EVENTS) root.addEventListener(type, readSoon);
    return () => {
      clearTimeout(timer);
      for (const type of EVENTS) root.removeEventListener(type, readSoon);
    };
  }, [area]);
  return reading !== undefined && reading.query === query && reading.text.trim() !== query;
}
