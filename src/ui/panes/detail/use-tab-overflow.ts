/**
 * Keeps which tabs of a row fit on it (see `tab-overflow.ts`). The tabs are measured in a
 * hidden copy of the row that holds every tab and then the More button; the row's width and
 * the copy's (fonts, labels) are watched, so the answer follows panel resizes.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { tabsOnRow } from './tab-overflow';

function sameList(a: readonly number[] | undefined, b: readonly number[]): boolean {
  return a !== undefined && a.length === b.length && a.every((v, i) => v === b[i]);
}

/**
 * `row` goes on the visible row, `measure` on the hidden copy; `shown` lists the indices of
 * the tabs on the row (undefined until measured: then every tab is drawn).
 */
export function useTabOverflow(count: number, chosen: number, labelsKey: string) {
  const row = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState<readonly number[] | undefined>(undefined);

  useLayoutEffect(() => {
    const rowElement = row.current;
    const copy = measure.current;
    if (rowElement === null || copy === null) return;
    const update = () => {
      const items = [...copy.children].map((child) => child.getBoundingClientRect().width);
      const gap = Number.parseFloat(getComputedStyle(copy).columnGap) || 0;
      const widths = items.slice(0, count).map((width) => width + gap);
      const next = tabsOnRow(widths, rowElement.clientWidth, items[count] ?? 0, chosen);
      setShown((previous) => (sameList(previous, next) ? previous : next));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(rowElement);
    observer.observe(copy);
    return () => observer.disconnect();
  }, [count, chosen, labelsKey]);

  return { row, measure, shown };
}
