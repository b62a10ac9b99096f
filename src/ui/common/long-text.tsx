/**
 * Untrusted text shown as text: control and bidi characters made visible, cut to `maxChars`
 * with a "show all (N chars)" button. Never HTML, never a link, never a style.
 */
import { useState } from 'react';
import { visibleText } from '../../lib/visible-text';
import { formatInt } from '../../lib/format';

interface LongTextProps {
  readonly value: string;
  /** Characters shown before the "show all" button; the full text shows on demand. */
  readonly maxChars?: number;
  readonly className?: string;
}

export const DEFAULT_CUT = 500;

export function LongText({ value, maxChars = DEFAULT_CUT, className }: LongTextProps) {
  const [isExpanded, setExpanded] = useState(false);
  const shown = visibleText(value, isExpanded ? undefined : maxChars);
  return (
    <span className={className}>
      <span className="long-text">{shown.text}</span>
      {shown.truncated && (
        <button type="button" className="link-button show-all" onClick={() => setExpanded(true)}>
          … show all ({formatInt(shown.length)} chars)
        </button>
      )}
      {isExpanded && value.length > maxChars && (
        <button type="button" className="link-button show-all" onClick={() => setExpanded(false)}>
          show less
        </button>
      )}
    </span>
  );
}
