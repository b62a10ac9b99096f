/**
 * Fields of the rule in force that exported events cannot tell: they evaluate to "unknown",
 * so a sub-expression on them never makes the rule match (only true matches) — said here, with
 * the reason, so that no match is not read as "would not have fired".
 */
import { useSearchStore } from '../../state/search-store';

export function RuleNotes() {
  const notes = useSearchStore((s) => s.summary?.ruleNotes ?? []);
  if (notes.length === 0) return null;
  return (
    <div className="rule-notes" data-testid="rule-notes">
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
    </div>
  );
}
