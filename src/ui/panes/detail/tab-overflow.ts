/**
 * Which of a row of tabs stay on the row when it is too narrow for all of them: the leading
 * tabs that fit beside the "More" button, the others going into its menu. The chosen tab is
 * always on the row: when it would not fit, it takes the place of the last tabs that do.
 * Pure, on measured widths (each tab's including the gap after it).
 */

/** Indices of the tabs shown on the row, in their order; the rest go into the menu. */
export function tabsOnRow(
  widths: readonly number[],
  available: number,
  moreWidth: number,
  chosen: number,
): number[] {
  const total = widths.reduce((sum, w) => sum + w, 0);
  if (total <= available) return widths.map((_, i) => i);
  const room = available - moreWidth;
  const shown: number[] = [];
  let used = 0;
  for (const [i, width] of widths.entries()) {
    if (used + width > room) break;
    shown.push(i);
    used += width;
  }
  if (chosen < 0 || chosen >= widths.length || shown.includes(chosen)) return shown;
  // Make room for the chosen tab by giving up the last ones on the row.
  used += widths[chosen] ?? 0;
  while (shown.length > 0 && used > room) used -= widths[shown.pop() ?? 0] ?? 0;
  return [...shown, chosen];
}
