/**
 * Long lists of the typed sections (ancestors, arguments, capabilities…): the first items,
 * then a button that adds `step` more per click (rendering 100,000 items at once froze the
 * tab), says how many are shown, and folds the list back once it is whole. "Expand all"
 * starts one step open.
 */
import { useState } from 'react';
import { formatInt } from '../../../../lib/format';
import { useExpandAll } from './view-context';

export interface ShowMore {
  /** Items to render, from the start. */
  readonly count: number;
  /** The button, when the list is longer than its first items. */
  readonly button: { readonly label: string; readonly onClick: () => void } | undefined;
}

/** `noun` names the items in the label (`ancestors`); plain lists leave it out. */
export function useShowMore(total: number, first: number, step: number, noun = ''): ShowMore {
  const expandAll = useExpandAll();
  const [count, setCount] = useState(expandAll ? first + step : first);
  const shown = Math.min(count, total);
  const rest = total - shown;
  const items = noun === '' ? '' : ` ${noun}`;
  let label = 'show fewer';
  if (rest > step) {
    label = `show ${formatInt(step)} more (${formatInt(shown)} of ${formatInt(total)}${items} shown)`;
  } else if (rest > 0) {
    label = `show all ${formatInt(total)}${items}`;
  }
  const onClick = () => setCount(rest > 0 ? count + step : first);
  return { count: shown, button: total > first ? { label, onClick } : undefined };
}

export function ShowMoreButton({
  more,
  className = 'link-button',
}: {
  readonly more: ShowMore;
  readonly className?: string;
}) {
  if (more.button === undefined) return null;
  return (
    <button type="button" className={className} onClick={more.button.onClick}>
      {more.button.label}
    </button>
  );
}
