/**
 * Copies text to the clipboard and says whether it worked. The clipboard API can be
 * refused (permissions, insecure context): the button then tells the user to copy by hand.
 */
import { useEffect, useState } from 'react';

interface CopyButtonProps {
  /** The text, or a function giving it at the moment of the copy. */
  readonly text: string | (() => string);
  readonly label?: string;
  /** Accessible description of what is copied, e.g. "event id". */
  readonly what: string;
  readonly testId?: string;
  readonly title?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyButton({ text, label = 'Copy', what, testId, title }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = window.setTimeout(() => setState('idle'), state === 'copied' ? 1500 : 6000);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy(): Promise<void> {
    try {
      if (navigator.clipboard === undefined) throw new Error('no clipboard');
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="copy">
      <button
        type="button"
        className="button button--small"
        aria-label={`Copy ${what}`}
        data-testid={testId}
        title={title}
        // Not awaited: the outcome is shown by the button itself.
        onClick={() => void copy()}
      >
        {state === 'copied' ? 'Copied' : label}
      </button>
      {state === 'failed' && (
        <span className="copy-failed" role="status">
          Copy was refused by the browser: select the text and press Ctrl+C (⌘C).
        </span>
      )}
    </span>
  );
}
