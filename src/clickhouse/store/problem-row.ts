/**
 * One rejected record or file problem as one row of the ClickHouse `problems` table (the
 * tab's Problems list), from the `Problem` ingest reports.
 */
import type { Problem } from '../../protocol/ingest';

export interface ProblemsRow {
  readonly source_path: string;
  readonly source_fingerprint: string;
  readonly line: number;
  readonly byte_offset: number;
  readonly kind: Problem['kind'];
  readonly message: string;
  readonly excerpt: string;
}

export function problemsRow(
  problem: Problem,
  source: { readonly fingerprint: string },
): ProblemsRow {
  return {
    source_path: problem.source,
    source_fingerprint: source.fingerprint,
    line: problem.line,
    byte_offset: problem.byteOffset,
    kind: problem.kind,
    message: problem.reason,
    excerpt: problem.excerpt,
  };
}
