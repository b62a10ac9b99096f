/**
 * Puts an accepted suggestion into the query text: a field becomes `field:` (the caret
 * then sits where the value goes), a value — or the field of `_exists_:` / `_missing_:` — is
 * written as the parser reads it back (quoted when needed) followed by a space, ready for the
 * next term.
 */
import { formatValue } from '../../query/format';
import type { SuggestContext } from './suggest-context';

export interface Edit {
  readonly text: string;
  readonly caret: number;
}

/** `text` with the context's span replaced by `suggestion` (a field or a value). */
export function applySuggestion(text: string, context: SuggestContext, suggestion: string): Edit {
  const before = text.slice(0, context.from);
  const after = text.slice(context.to);
  if (context.kind === 'field' && context.isArgument !== true) {
    const inserted = context.hasColon ? suggestion : `${suggestion}:`;
    // With a `:` already there, the caret goes past it, onto the value.
    const caret = before.length + inserted.length + (context.hasColon ? 1 : 0);
    return { text: before + inserted + after, caret };
  }
  const value = formatValue(suggestion);
  const needsSpace = after === '' || !/^[\s)]/u.test(after);
  const inserted = needsSpace ? `${value} ` : value;
  // Onto the next term when one follows after a space.
  const skipsSpace = !needsSpace && /^\s/u.test(after);
  const caret = before.length + inserted.length + (skipsSpace ? 1 : 0);
  return { text: before + inserted + after, caret };
}
