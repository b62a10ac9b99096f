/**
 * Why the rule in force leaves events undecided, said under the rule box so that "no match"
 * is not read as "would not have fired": fields exported events cannot tell (they evaluate to
 * "unknown", and an unknown sub-expression never makes the rule match), and — when the rule
 * is a rule of the last policy run whose filters could not be decided — that whether the
 * agent loads it at all is unknown, so none of its matches is decided.
 */
import { visibleText } from '../../lib/visible-text';
import type { UndecidedLoad } from '../../protocol/messages';
import { useSearchStore } from '../../state/search-store';

function LoadNote({ load }: { readonly load: UndecidedLoad }) {
  return (
    <p className="rule-notes-title" data-testid="rule-load-note">
      This is the policy rule <code>{visibleText(load.ruleId).text}</code>, whose filter{' '}
      {load.filters.map((filter, i) => (
        <span key={filter}>
          {i > 0 && ', '}
          <code>{visibleText(filter).text}</code>
        </span>
      ))}{' '}
      could not be decided for this agent: whether it loads the rule is unknown, so the events it
      would match are undecided, not matches.
    </p>
  );
}

export function RuleNotes() {
  const notes = useSearchStore((s) => s.summary?.ruleNotes ?? []);
  const load = useSearchStore((s) => s.summary?.ruleUndecidedLoad);
  if (notes.length === 0 && load === undefined) return null;
  return (
    <div className="rule-notes" data-testid="rule-notes">
      {load !== undefined && <LoadNote load={load} />}
      {notes.length > 0 && (
        <>
          <p className="rule-notes-title">
            Evaluated as unknown here (an unknown sub-expression never makes the rule match):
          </p>
          <ul>
            {notes.map((note) => (
              <li
                key={`${note.position}:${note.field}`}
                data-testid="rule-note"
                data-field={note.field}
              >
                <code>{note.field}</code> — {note.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
