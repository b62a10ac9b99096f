/**
 * Untrusted text shown as text: control and bidi characters made visible, cut to `maxChars`
 * with a "show all (N chars)" button. Never HTML, never a link, never a style.
 */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { visibleText } from '../../lib/visible-text';
import { formatInt } from '../../lib/format';

/**
 * Text longer than this is laid out in block pieces of this size: the browser's line breaking
 * grows faster than linearly with the length of one run of text (a million characters with
 * many glyphs from fallback fonts, such as the `⟨U+202E⟩` stand-ins, took it tens of
 * seconds), while pieces of this size take a few milliseconds each.
 */
const PIECE_CHARS = 16_384;

/** `text` for the DOM: as is when short, else in pieces cut between code points. */
export function textPieces(text: string): ReactNode {
  if (text.length <= PIECE_CHARS) return text;
  const pieces: ReactNode[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + PIECE_CHARS);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    pieces.push(
      <span key={at} className="text-piece">
        {text.slice(at, end)}
      </span>,
    );
    at = end;
  }
  return pieces;
}

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
      <span className="long-text">{textPieces(shown.text)}</span>
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
