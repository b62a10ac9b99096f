/**
 * A multi-line block of untrusted text (pretty JSON, a raw record) in a `<pre>`: line breaks
 * kept, every other control or bidi character made visible, cut at `maxChars` with a
 * "show all" button. A line too long for the pane wraps under its own indentation (plus two
 * columns), so a wrapped value never reads as the start of another key (up to
 * `HANGING_LINES_MAX` lines; a longer block is drawn as one text).
 */
import { useState } from 'react';
import type { CSSProperties } from 'react';
import { visibleBlock } from '../../lib/visible-text';
import { formatInt } from '../../lib/format';
import { textPieces } from './long-text';

interface BlockTextProps {
  readonly value: string;
  readonly maxChars?: number;
  readonly label: string;
}

const BLOCK_CUT = 200_000;
/** Past this many lines (a list of 100,000 arguments), one element per line costs too much. */
const HANGING_LINES_MAX = 5000;

/** The line's leading spaces, as the hanging indent of its wrapped continuation. */
function indentOf(line: string): CSSProperties {
  const indent = line.length - line.trimStart().length;
  return { '--indent': `${indent}ch` } as CSSProperties;
}

export function BlockText({ value, maxChars = BLOCK_CUT, label }: BlockTextProps) {
  const [isExpanded, setExpanded] = useState(false);
  const shown = visibleBlock(value, isExpanded ? undefined : maxChars);
  const lines = shown.text.split('\n');
  return (
    <>
      <pre className="code-block" aria-label={label} tabIndex={0}>
        {lines.length > HANGING_LINES_MAX
          ? textPieces(shown.text)
          : lines.map((line, i) => (
              <span key={i} className="code-line" style={indentOf(line)}>
                {textPieces(line)}
                {'\n'}
              </span>
            ))}
      </pre>
      {shown.truncated && (
        <button type="button" className="link-button show-all" onClick={() => setExpanded(true)}>
          Shown: first {formatInt(maxChars)} of {formatInt(shown.length)} chars. Show all
        </button>
      )}
    </>
  );
}
