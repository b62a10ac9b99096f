/**
 * What the seed schema says about a body path: its description (for hover text) and whether
 * the schema knows the path at all, as a leaf or as an object on the way to one. Paths are
 * JSON paths with array indices dropped (`process.ancestors.pid`). Built once from the
 * generated field list.
 */
import { SCHEMA_FIELDS } from '../../../../generated/schema-fields';

const DESCRIPTIONS: ReadonlyMap<string, string> = new Map(
  SCHEMA_FIELDS.map((f) => [f.path, f.description]),
);

/** Every schema path and every object path above one (`process`, `process.credentials`). */
const KNOWN_PATHS: ReadonlySet<string> = (() => {
  const known = new Set<string>();
  for (const { path } of SCHEMA_FIELDS) {
    known.add(path);
    let dot = path.lastIndexOf('.');
    while (dot > 0) {
      known.add(path.slice(0, dot));
      dot = path.lastIndexOf('.', dot - 1);
    }
  }
  return known;
})();

export function isSchemaPath(path: string): boolean {
  return KNOWN_PATHS.has(path);
}

/** Whether the schema knows `path`, or a leaf above it holds free-form content. */
export function isDescribedPath(path: string): boolean {
  if (KNOWN_PATHS.has(path)) return true;
  // `credentials.destination` is typed "unknown" in the schema: what it holds is allowed.
  let dot = path.lastIndexOf('.');
  while (dot > 0) {
    const above = path.slice(0, dot);
    if (DESCRIPTIONS.has(above)) return true;
    dot = path.lastIndexOf('.', dot - 1);
  }
  return false;
}

/** Hover text of a body path: the schema description and the path itself. */
export function fieldHint(path: string): string {
  const description = DESCRIPTIONS.get(path);
  if (description !== undefined && description !== '') return `${description}\n${path}`;
  if (isDescribedPath(path)) return path;
  return `${path}\nNot in the schema (a newer agent, or a producer's own field)`;
}
