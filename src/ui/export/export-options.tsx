/** The choices of an export: the format (radio group) and what to redact (checkboxes). */
import type { ExportFormat, ExportRedaction } from '../../protocol/messages';

const FORMATS: ReadonlyArray<{ id: ExportFormat; label: string; hint: string }> = [
  {
    id: 'ndjson-bodies',
    label: 'NDJSON of the event bodies',
    hint: 'One body per line, as in the file (exact numbers and text).',
  },
  {
    id: 'ndjson-envelopes',
    label: 'NDJSON of the records',
    hint: 'Each event with its envelope (id, host, tags…), as in the file.',
  },
  {
    id: 'csv',
    label: 'CSV of the visible columns',
    hint: 'The table’s columns in their order, one row per event.',
  },
];

export const REDACTIONS: ReadonlyArray<{ id: ExportRedaction; label: string }> = [
  { id: 'envs', label: 'Environment values' },
  { id: 'args', label: 'Arguments' },
  { id: 'users', label: 'User names' },
  { id: 'ips', label: 'IP addresses' },
];

interface Props {
  readonly format: ExportFormat;
  readonly onFormat: (format: ExportFormat) => void;
  readonly redact: ReadonlySet<ExportRedaction>;
  readonly onRedact: (category: ExportRedaction, on: boolean) => void;
  readonly columnCount: number;
}

export function ExportOptions({ format, onFormat, redact, onRedact, columnCount }: Props) {
  return (
    <>
      <fieldset className="export-group">
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f.id} className="export-choice">
            <input
              type="radio"
              name="export-format"
              value={f.id}
              checked={format === f.id}
              onChange={() => onFormat(f.id)}
            />
            <span>
              {f.label}
              <span className="export-hint">
                {f.hint}
                {f.id === 'csv' && ` ${columnCount} columns.`}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="export-group">
        <legend>Redact</legend>
        <div className="export-redactions">
          {REDACTIONS.map((r) => (
            <label key={r.id} className="export-check">
              <input
                type="checkbox"
                checked={redact.has(r.id)}
                onChange={(e) => onRedact(r.id, e.currentTarget.checked)}
              />
              {r.label}
            </label>
          ))}
        </div>
        <p className="export-hint">
          Values are replaced by <code>[redacted]</code> in the fields that hold them; IP addresses
          in any text. Names in free text (titles, paths, notes) are not found.
        </p>
      </fieldset>
    </>
  );
}
