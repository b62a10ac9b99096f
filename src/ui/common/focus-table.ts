/**
 * Hands keyboard focus back to the event table, where j/k and the other row keys work: what
 * Esc does when it leaves a box or closes a panel, so focus never falls to the page body.
 * False when no table is shown.
 */
export function focusEventTable(): boolean {
  const table = document.querySelector<HTMLElement>('[data-testid="event-table"]');
  table?.focus();
  return table !== null;
}
