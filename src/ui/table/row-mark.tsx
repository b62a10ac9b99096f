/**
 * The mark at the start of an event row that tells its validity at a glance, whatever
 * columns are shown or scrolled to: a red ✕ for an invalid event, an amber ▲ for drift
 * (colour and shape, so it reads without colour), nothing for a valid one. Its label names
 * the class for screen readers, its title says what the class means.
 */
import type { Validity } from '../../protocol/messages';
import { validityHint } from '../common/badges';

export function RowMark({ validity }: { readonly validity: Validity }) {
  if (validity !== 'invalid' && validity !== 'drift') return null;
  // The glyph is drawn by the stylesheet, so the cell's text stays the column's value.
  return (
    <span
      className={`row-mark row-mark--${validity}`}
      data-testid="row-mark"
      data-validity={validity}
      role="img"
      aria-label={validity}
      title={`${validity}: ${validityHint(validity)}`}
    />
  );
}
