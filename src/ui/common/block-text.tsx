/**
 * A multi-line block of untrusted text (pretty JSON, a raw record) in a `<pre>`: line breaks
 * kept, every other control or bidi character made visible, cut at `maxChars` with a
 * "show all" button.
 */
import { useState } from 'react';
import { visibleBlock } from '../../lib/visible-text';
import { formatInt } from '../../lib/format';
import { textPieces } from './long-text';

interface BlockTextProps {
  readonly value: string;
  readonly maxChars?: number;
  readonly label: string;
}

const BLOCK_CUT = 200_000;

export function BlockText({ value, maxChars = BLOCK_CUT, label }: BlockTextProps) {
  const [isExpanded, setExpanded] = useState(false);
  const shown = visibleBlock(value, isExpanded ? undefined : maxChars);
  return (
    <>
      <pre className="code-block" aria-label={label} tabIndex={0}>
        {textPieces(shown.text)}
      </pre>
      {shown.truncated && (
        <button type="button" className="link-button show-all" onClick={() => setExpanded(true)}>
          Shown: first {formatInt(maxChars)} of {formatInt(shown.length)} chars. Show all
        </button>
      )}
    </>
  );
}
