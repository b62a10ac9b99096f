/**
 * The side panel's resizer: a vertical separator on the panel's left edge, as in the WAI-ARIA
 * window-splitter pattern, whose value is the panel's width in px. Drag it, or focus it and
 * press ← / → (with Shift for bigger steps), Home for the narrowest panel, End for the widest;
 * Enter collapses the panel to its handle (as does dragging it well past its narrowest), and
 * a double-click goes back to the default width. The width is kept by `pane-width-store.ts`.
 */
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import {
  PANE_BIG_STEP_PX,
  PANE_MIN_PX,
  PANE_STEP_PX,
  clampPaneWidth,
  paneMaxWidth,
} from '../../state/pane-width';
import { resetPaneWidth, setPaneWidth } from '../../state/pane-width-store';
import { PANE_RESIZER_ID, collapsePane } from './pane-collapse';

/** A drag that asks for less than this width collapses the panel when released. */
const COLLAPSE_BELOW_PX = PANE_MIN_PX / 2;

interface Bounds {
  /** The panel's width (border box), what the separator's value says. */
  readonly width: number;
  /** The main area's width, which bounds the panel's. */
  readonly mainWidth: number;
}

function measure(panel: HTMLElement): Bounds {
  return {
    width: Math.round(panel.getBoundingClientRect().width),
    mainWidth: panel.parentElement?.getBoundingClientRect().width ?? 0,
  };
}

/** The panel's and the main area's widths, kept up to date. */
function useBounds(panel: RefObject<HTMLElement | null>): Bounds {
  const [bounds, setBounds] = useState<Bounds>({ width: 0, mainWidth: 0 });
  useEffect(() => {
    const target = panel.current;
    if (target === null) return;
    const update = () => setBounds(measure(target));
    const observer = new ResizeObserver(update);
    observer.observe(target);
    if (target.parentElement !== null) observer.observe(target.parentElement);
    return () => observer.disconnect();
  }, [panel]);
  return bounds;
}

interface Drag {
  readonly startX: number;
  readonly startWidth: number;
  /** The width the pointer asks for, before bounds. */
  requested: number;
}

interface PaneResizerProps {
  /** The panel it resizes (its id, for `aria-controls`, and the element, to measure). */
  readonly panelId: string;
  readonly panel: RefObject<HTMLElement | null>;
}

export function PaneResizer({ panelId, panel }: PaneResizerProps) {
  const { width, mainWidth } = useBounds(panel);
  const drag = useRef<Drag | undefined>(undefined);
  const [isDragging, setDragging] = useState(false);

  const current = (): Bounds | undefined =>
    panel.current === null ? undefined : measure(panel.current);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const now = current();
    if (event.button !== 0 || now === undefined) return;
    // No text selection and no focus ring from a drag.
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: now.width, requested: now.width };
    setDragging(true);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    const now = current();
    if (d === undefined || now === undefined) return;
    // The panel is on the right: moving the edge left widens it.
    d.requested = d.startWidth + d.startX - event.clientX;
    setPaneWidth(clampPaneWidth(d.requested, now.mainWidth));
  };
  const endDrag = (isRelease: boolean) => {
    const d = drag.current;
    drag.current = undefined;
    setDragging(false);
    if (isRelease && d !== undefined && d.requested < COLLAPSE_BELOW_PX) {
      // Collapsing keeps the width the panel had, for when it is restored.
      setPaneWidth(d.startWidth);
      collapsePane(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const now = current();
    if (now === undefined) return;
    const step = event.shiftKey ? PANE_BIG_STEP_PX : PANE_STEP_PX;
    const targets: Record<string, number> = {
      ArrowLeft: now.width + step,
      ArrowRight: now.width - step,
      Home: PANE_MIN_PX,
      End: paneMaxWidth(now.mainWidth),
    };
    const target = targets[event.key];
    if (target !== undefined) {
      event.preventDefault();
      setPaneWidth(clampPaneWidth(target, now.mainWidth));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      collapsePane(true);
    }
  };

  return (
    <div
      id={PANE_RESIZER_ID}
      className={`pane-resizer${isDragging ? ' is-dragging' : ''}`}
      data-testid="pane-resizer"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the side panel"
      aria-controls={panelId}
      aria-valuenow={width}
      aria-valuemin={PANE_MIN_PX}
      aria-valuemax={paneMaxWidth(mainWidth)}
      aria-valuetext={`${width} px wide`}
      tabIndex={0}
      title="Drag, or focus and press ← →, to resize (Home / End: narrowest / widest). Enter collapses the panel; a double-click restores the default width."
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => endDrag(true)}
      onPointerCancel={() => endDrag(false)}
      onDoubleClick={resetPaneWidth}
      onKeyDown={onKeyDown}
    />
  );
}
