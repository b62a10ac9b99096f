/**
 * The SECL rule box (`rule-input`): a textarea, since real rules run over several lines.
 * Enter applies the rule, Shift+Enter adds a line. The text being edited is local; it follows
 * the submitted rule when that changes from elsewhere (a rule picked in a policy report).
 */
import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { applyRule, useSearchStore } from '../../state/search-store';

interface RuleBoxProps {
  /** Id of the element describing the rule's errors, when there are any. */
  readonly errorsId: string | undefined;
}

export function RuleBox({ errorsId }: RuleBoxProps) {
  const submitted = useSearchStore((s) => s.spec.rule);
  const [draft, setDraft] = useState(submitted);
  const [seenSubmitted, setSeenSubmitted] = useState(submitted);
  if (seenSubmitted !== submitted) {
    setSeenSubmitted(submitted);
    if (draft.trim() !== submitted) setDraft(submitted);
  }
  const lines = Math.min(8, Math.max(2, draft.split('\n').length));

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      applyRule(draft);
    } else if (event.key === 'Escape') {
      event.currentTarget.blur();
    }
  };

  return (
    <textarea
      className="rule-input"
      data-testid="rule-input"
      aria-label="Rule (SECL expression)"
      aria-invalid={errorsId !== undefined}
      aria-describedby={errorsId}
      placeholder='open.file.path == "/etc/shadow" && process.file.name in ["cat", "less"]   (Enter applies, Shift+Enter: new line)'
      spellCheck={false}
      autoCapitalize="off"
      autoComplete="off"
      rows={lines}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
    />
  );
}
