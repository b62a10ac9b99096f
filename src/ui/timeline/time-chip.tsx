/**
 * The active time range as a chip next to the query box (`time-chip`, UTC times). Its ×
 * (or Delete / Backspace on the chip) removes the range; focus then returns to the query box.
 */
import type { KeyboardEvent } from 'react';
import { setTimeRange, useSearchStore } from '../../state/search-store';
import { formatRangeUtc } from './range-label';

function clearRange(): void {
  setTimeRange(undefined);
  document.querySelector<HTMLElement>('[data-testid="query-input"]')?.focus();
}

function onKeyDown(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Delete' && event.key !== 'Backspace') return;
  event.preventDefault();
  clearRange();
}

export function TimeChip() {
  const range = useSearchStore((s) => s.spec.range);
  if (range === undefined) return null;
  return (
    <span
      className="time-chip"
      data-testid="time-chip"
      data-from-ms={range.fromMs}
      data-to-ms={range.toMs}
      onKeyDown={onKeyDown}
    >
      <span className="time-chip-label">Time</span>
      <span className="time-chip-text mono">{formatRangeUtc(range)}</span>
      <button
        type="button"
        className="time-chip-remove"
        data-testid="time-chip-remove"
        aria-label="Remove the time range"
        title="Remove the time range (Delete)"
        onClick={clearRange}
      >
        ×
      </button>
    </span>
  );
}
