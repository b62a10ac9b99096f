/**
 * The manifest of an export, a JSON document offered beside the exported file: what was
 * exported (file, format, the view: query, rule, time range, sort), how many events, from
 * which files (fingerprints), what was redacted (per category the count and the paths, never
 * a value) and, for the bodies format whose lines must stay the input's bodies, the stars and
 * notes of the exported events.
 */
import type { ExportFormat, ExportRedaction, ViewSpec } from '../protocol/messages';
import type { RedactionManifest } from './redact';

export const MANIFEST_KIND = 'cws-event-explorer.export-manifest';

export interface ManifestSource {
  readonly path: string;
  readonly fingerprint: string | undefined;
  readonly sizeBytes: number;
  readonly events: number;
}

export interface ManifestAnnotation {
  readonly eventId: string;
  readonly starred: boolean;
  readonly note: string;
}

export interface ManifestInput {
  readonly fileName: string;
  readonly format: ExportFormat;
  readonly createdMs: number;
  readonly spec: ViewSpec;
  readonly matching: number;
  readonly exported: number;
  readonly skipped: number;
  readonly datasetEvents: number;
  readonly sources: readonly ManifestSource[];
  readonly categories: readonly ExportRedaction[];
  readonly redaction: RedactionManifest;
  readonly annotated: number;
  /** Listed for the bodies format only (the other formats carry them inline). */
  readonly annotations: readonly ManifestAnnotation[] | undefined;
}

function isoOrNull(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

function viewOf(spec: ViewSpec) {
  return {
    query: spec.query,
    ...(spec.rule !== undefined && spec.rule !== '' ? { rule: spec.rule } : {}),
    range:
      spec.range === undefined
        ? null
        : { from: isoOrNull(spec.range.fromMs), to: isoOrNull(spec.range.toMs) },
    sort: { column: spec.sort.column, descending: spec.sort.descending },
    ...(spec.ids !== undefined ? { onlyEventIds: spec.ids.length } : {}),
  };
}

export function manifestJson(input: ManifestInput): string {
  const redaction: Record<string, unknown> = { categories: input.categories };
  for (const category of input.categories) redaction[category] = input.redaction[category];
  const manifest = {
    kind: MANIFEST_KIND,
    version: 1,
    file: input.fileName,
    format: input.format,
    created: new Date(input.createdMs).toISOString(),
    view: viewOf(input.spec),
    counts: {
      matching: input.matching,
      exported: input.exported,
      skipped: input.skipped,
      loaded: input.datasetEvents,
      annotated: input.annotated,
    },
    sources: input.sources,
    redaction,
    ...(input.annotations !== undefined ? { annotations: input.annotations } : {}),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** The sum of two redaction manifests (paths of both, each once). */
export function mergeRedaction(a: RedactionManifest, b: RedactionManifest): RedactionManifest {
  const entry = (c: keyof RedactionManifest) => ({
    count: a[c].count + b[c].count,
    paths: [...new Set([...a[c].paths, ...b[c].paths])],
  });
  return { envs: entry('envs'), args: entry('args'), users: entry('users'), ips: entry('ips') };
}
