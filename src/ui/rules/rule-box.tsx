/**
 * The SECL rule box (`rule-input`): a textarea, since real rules run over several lines.
 * Enter applies the rule, Shift+Enter adds a line. While a field name is typed it lists the
 * SECL fields that match, with their type and description (the search box's list and ranking,
 * over the SECL fields): ArrowUp / ArrowDown move through it, Enter or Tab take the highlighted
 * field (Tab the first when none is), Esc closes it. Enter on a name already typed in full
 * applies the rule. The text being edited is local; it follows the submitted rule when that
 * changes from elsewhere (a rule picked in a policy report).
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatInt } from '../../lib/format';
import { applyRule, useSearchStore } from '../../state/search-store';
import { fieldSuggestions } from '../search/field-suggestions';
import { SuggestionList } from '../search/suggestion-list';
import type { Suggestion } from '../search/suggestion-list';
import { useCombobox } from '../search/use-combobox';
import { seclFieldContext } from './secl-suggest-context';
import { useSeclCatalog } from './use-secl-catalog';

const FIELD_LIMIT = 40;

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
  const [caret, setCaret] = useState(submitted.length);
  const [isOpen, setOpen] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const pendingCaret = useRef<number | undefined>(undefined);
  const lines = Math.min(8, Math.max(2, draft.split('\n').length));

  useLayoutEffect(() => {
    // After an accepted suggestion, the caret goes to the end of the inserted name.
    if (pendingCaret.current === undefined) return;
    box.current?.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = undefined;
  });

  const context = isOpen ? seclFieldContext(draft, caret) : undefined;
  const catalog = useSeclCatalog(context !== undefined);
  const typed = context?.typed;
  const fields = useMemo(
    () =>
      typed === undefined || catalog.length === 0
        ? undefined
        : fieldSuggestions(typed, FIELD_LIMIT, catalog),
    [typed, catalog],
  );
  const items: readonly Suggestion[] = fields?.items ?? [];
  // A name typed in full, with nothing longer to offer, needs no list.
  const isComplete = items.length === 1 && items[0]?.insert === typed;
  const showList = context !== undefined && items.length > 0 && !isComplete;
  const footer =
    fields !== undefined && fields.more > 0
      ? `${formatInt(fields.more)} more fields match: keep typing`
      : undefined;
  const { cursor, inputProps, listProps } = useCombobox(
    items.length,
    `${draft}\u0000${caret}`,
    showList,
  );
  // A textarea is a textbox, not a combobox: it takes the list's wiring but not the role
  // (nor `aria-expanded`, which a textbox does not have).
  const { role: _role, 'aria-expanded': _expanded, ...textboxProps } = inputProps;

  const accept = (item: Suggestion) => {
    if (context === undefined) return;
    const text = draft.slice(0, context.from) + item.insert + draft.slice(context.to);
    const at = context.from + item.insert.length;
    setDraft(text);
    setCaret(at);
    pendingCaret.current = at;
    setOpen(false);
  };
  const submit = () => {
    applyRule(draft);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        // Without a list the arrows move between the rule's lines.
        if (!showList) return;
        event.preventDefault();
        cursor.move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter': {
        if (event.shiftKey) return;
        event.preventDefault();
        const item = showList ? items[cursor.active] : undefined;
        if (item !== undefined && item.insert !== typed) accept(item);
        else submit();
        return;
      }
      case 'Tab': {
        const item = showList ? (items[cursor.active] ?? items[0]) : undefined;
        if (event.shiftKey || item === undefined) return;
        event.preventDefault();
        accept(item);
        return;
      }
      case 'Escape':
        event.preventDefault();
        if (showList) setOpen(false);
        else event.currentTarget.blur();
        return;
    }
  };

  return (
    <div className="rule-box">
      <textarea
        ref={box}
        className="rule-input"
        data-testid="rule-input"
        {...textboxProps}
        aria-label="Rule (SECL expression)"
        aria-invalid={errorsId !== undefined}
        aria-describedby={errorsId}
        placeholder='open.file.path == "/etc/shadow" && process.file.name in ["cat", "less"]   (Enter applies, Shift+Enter: new line)'
        autoCapitalize="off"
        rows={lines}
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setCaret(event.target.selectionStart);
          setOpen(true);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {showList && (
        <SuggestionList
          {...listProps}
          label="SECL fields"
          items={items}
          onPick={accept}
          footer={footer}
        />
      )}
    </div>
  );
}
