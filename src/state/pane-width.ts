/**
 * The event panel's width: its bounds and how a stored or requested width is brought within
 * them. Pure; `pane-width-store.ts` keeps the analyst's width and `ui/panes/pane-resizer.tsx`
 * changes it.
 *
 * The bounds follow the page: the panel is never narrower than `PANE_MIN_PX`, and never so wide
 * that the facets and the table beside it get less than `PANE_KEEP_PX` of the main area. The
 * stylesheet applies the same bounds (`.side-panel` in `layout.css`), so a width stored on a
 * wide screen still leaves the table its room on a narrow one.
 */

export const PANE_MIN_PX = 300;
/** What the panel leaves to the facets (at most 300 px) and the workspace beside it. */
export const PANE_KEEP_PX = 720;
/** One arrow-key step of the resizer; with Shift, `PANE_BIG_STEP_PX`. */
export const PANE_STEP_PX = 24;
export const PANE_BIG_STEP_PX = 96;

/** The widest the panel may be in a main area `mainWidth` px wide. */
export function paneMaxWidth(mainWidth: number): number {
  return Math.max(PANE_MIN_PX, Math.round(mainWidth) - PANE_KEEP_PX);
}

/** `width` within the panel's bounds, in whole pixels. */
export function clampPaneWidth(width: number, mainWidth: number): number {
  return Math.min(paneMaxWidth(mainWidth), Math.max(PANE_MIN_PX, Math.round(width)));
}

/** A stored width, or undefined (the default width) when it is not a plausible one. */
export function readPaneWidth(stored: unknown): number | undefined {
  if (typeof stored !== 'number' || !Number.isFinite(stored)) return undefined;
  const width = Math.round(stored);
  return width >= PANE_MIN_PX && width <= 10_000 ? width : undefined;
}
