/**
 * NDJSON export, fed batch by batch: each `write` returns the text of its lines (one record
 * per line, `\n`-terminated), so no whole file is ever held. Works for event bodies and for
 * whole records with their envelopes alike; a record may come as parsed JSON or as its JSON
 * text. Text is written byte for byte on one line unless redaction is asked for, which parses
 * it (numbers kept exact) and writes the redacted copy. A text that is not JSON cannot be
 * redacted: it is skipped and counted, never written.
 */
import { compactJsonLine, parseLossless, stringifyLossless } from './lossless-json';
import type { RedactionManifest } from './redact';
import { createRedactor } from './redact';
import type { RedactionCategory } from './redaction-rules';

/**
 * One record to export: parsed (`value`), as read from its file (`text`), or as read and
 * already compact on one line (`line`, written as it is).
 */
export type ExportRecord =
  { readonly value: unknown } | { readonly text: string } | { readonly line: string };

export interface NdjsonOptions {
  /** Categories to redact; none by default. */
  readonly redact?: readonly RedactionCategory[];
}

export interface NdjsonWriter {
  write(batch: readonly ExportRecord[]): string;
  /** The text that ends the file ('' for NDJSON: every line is complete when written). */
  end(): string;
  /** Records written and records skipped (a text that is not JSON, under redaction). */
  stats(): { readonly written: number; readonly skipped: number };
  manifest(): RedactionManifest;
}

export function createNdjsonWriter(options: NdjsonOptions = {}): NdjsonWriter {
  const categories = options.redact ?? [];
  const redactor = createRedactor(categories);
  const redacting = categories.length > 0;
  let written = 0;
  let skipped = 0;

  const line = (record: ExportRecord): string | undefined => {
    if ('text' in record || 'line' in record) {
      const text = 'text' in record ? record.text : record.line;
      if (!redacting) return 'line' in record ? text : compactJsonLine(text);
      try {
        return stringifyLossless(redactor.redact(parseLossless(text)));
      } catch {
        return undefined;
      }
    }
    return stringifyLossless(redacting ? redactor.redact(record.value) : record.value);
  };

  return {
    write(batch) {
      let out = '';
      for (const record of batch) {
        const text = line(record);
        if (text === undefined) {
          skipped++;
          continue;
        }
        out += `${text}\n`;
        written++;
      }
      return out;
    },
    end: () => '',
    stats: () => ({ written, skipped }),
    manifest: () => redactor.manifest(),
  };
}
