/**
 * The query box (`query-input`): an ARIA combobox over the query text. Enter applies the
 * text; while a field name is typed it lists matching fields, after `field:` the field's top
 * values in the current view (in the whole data set when nothing matches the view).
 * ArrowUp / ArrowDown move through the list, Tab or Enter accept the highlighted option, Esc
 * closes the list, then leaves the box. `/` anywhere focuses the box.
 *
 * An attribute name being typed (`@dns.qu`) is only the start of a term, never a query
 * anyone means, so the first matching field is highlighted from the start and Enter takes
 * it. A bare word may be free text (`curl`) and a value is often typed whole, so there
 * nothing is highlighted until the arrows move, and Enter applies the text as typed.
 *
 * The text being edited is local; it is replaced whenever the submitted query changes from
 * elsewhere (a facet or cell click adds a term).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { focusEventTable } from '../common/focus-table';
import { formatInt } from '../../lib/format';
import { applyQuery, useSearchStore } from '../../state/search-store';
import { applySuggestion } from './apply-suggestion';
import { fieldSuggestions } from './field-suggestions';
import { suggestContext } from './suggest-context';
import { SuggestionList } from './suggestion-list';
import type { Suggestion } from './suggestion-list';
import { useCombobox } from './use-combobox';
import { useSlashFocus } from './use-slash-focus';
import { useValueSuggestions } from './use-value-suggestions';

const FIELD_LIMIT = 40;

interface QueryBoxProps {
  /** Id of the element describing the box's errors, when there are any. */
  readonly errorsId: string | undefined;
  /** Told whether the box holds text other than the query in force (labels of it then go). */
  readonly onEditedChange?: (isEdited: boolean) => void;
}

export function QueryBox({ errorsId, onEditedChange }: QueryBoxProps) {
  const submitted = useSearchStore((s) => s.spec.query);
  const hasErrors = useSearchStore((s) => s.errors.length > 0);
  const [draft, setDraft] = useState(submitted);
  const [seenSubmitted, setSeenSubmitted] = useState(submitted);
  if (seenSubmitted !== submitted) {
    setSeenSubmitted(submitted);
    // The store trims what is applied; keep the trailing space the analyst typed.
    if (draft.trim() !== submitted) setDraft(submitted);
  }
  const isEdited = draft.trim() !== submitted;
  useEffect(() => onEditedChange?.(isEdited), [isEdited, onEditedChange]);
  const [caret, setCaret] = useState(submitted.length);
  const [isOpen, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const pendingCaret = useRef<number | undefined>(undefined);
  useSlashFocus(input);

  useLayoutEffect(() => {
    // After an accepted suggestion, the caret goes where the edit says.
    if (pendingCaret.current === undefined) return;
    input.current?.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = undefined;
  });

  const context = isOpen ? suggestContext(draft, caret) : undefined;
  const typedField = context?.kind === 'field' ? context.typed : undefined;
  const fields = useMemo(
    () => (typedField === undefined ? undefined : fieldSuggestions(typedField, FIELD_LIMIT)),
    [typedField],
  );
  const valueField = context?.kind === 'value' ? context.field : undefined;
  const values = useValueSuggestions(valueField, context?.kind === 'value' ? context.typed : '');

  let items: readonly Suggestion[] = [];
  let footer: string | undefined;
  if (fields !== undefined) {
    items = fields.items;
    if (fields.more > 0) footer = `${formatInt(fields.more)} more fields match: keep typing`;
  } else if (valueField !== undefined) {
    items = values.values.map((v) => ({ insert: v.value, kind: 'value', count: v.count }));
    if (items.length === 0 && !values.isIndexed) {
      footer = `${valueField} is not indexed: no value list (add it as a facet to index it)`;
    } else if (items.length > 0 && values.isWholeDataSet) {
      footer = 'Counts over the whole data set: nothing matches the view';
    }
  }
  const showList = context !== undefined && (items.length > 0 || footer !== undefined);
  const { cursor, inputProps, listProps } = useCombobox(
    items.length,
    `${draft}\u0000${caret}`,
    showList,
    typedField?.startsWith('@') === true ? 0 : -1,
  );

  const accept = (item: Suggestion | undefined) => {
    if (context === undefined || item === undefined) return;
    const edit = applySuggestion(draft, context, item.insert);
    setDraft(edit.text);
    setCaret(edit.caret);
    pendingCaret.current = edit.caret;
    setOpen(true);
  };
  const submit = (text: string) => {
    applyQuery(text);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (!isOpen) setOpen(true);
        else cursor.move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      case 'Enter': {
        event.preventDefault();
        const item = showList ? items[cursor.active] : undefined;
        if (item !== undefined) accept(item);
        else submit(draft);
        return;
      }
      case 'Tab':
        if (event.shiftKey || !showList || items.length === 0) return;
        event.preventDefault();
        accept(items[cursor.active] ?? items[0]);
        return;
      case 'Escape':
        event.preventDefault();
        if (showList) setOpen(false);
        else if (!focusEventTable()) input.current?.blur();
        return;
    }
  };

  return (
    <div className="query-box">
      <span className="query-icon" aria-hidden="true">
        ⌕
      </span>
      <input
        ref={input}
        type="text"
        className="query-input mono"
        data-testid="query-input"
        {...inputProps}
        aria-label="Search query"
        aria-invalid={hasErrors && draft === submitted}
        aria-describedby={errorsId}
        placeholder="Search events: @evt.name:exec host:web-1 -@process.user:root   ( / )"
        autoCapitalize="off"
        value={draft}
        onChange={(event) => {
          setDraft(event.target.value);
          setCaret(event.target.selectionStart ?? event.target.value.length);
          setOpen(true);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart ?? 0)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {draft !== '' && (
        <button
          type="button"
          className="icon-button query-clear"
          aria-label="Clear the query"
          title="Clear the query"
          onClick={() => {
            setDraft('');
            submit('');
            input.current?.focus();
          }}
        >
          ×
        </button>
      )}
      {showList && (
        <SuggestionList
          {...listProps}
          label={
            fields !== undefined
              ? 'Fields'
              : `Values of ${valueField ?? ''}${values.isWholeDataSet ? ' in the whole data set (nothing matches the view)' : ''}`
          }
          items={items}
          onPick={accept}
          footer={footer}
        />
      )}
    </div>
  );
}
