/**
 * What the shipped schemas say about a body path: its description (for hover text) and
 * whether any of them knows the path at all, as a leaf or as an object on the way to one.
 * The schemas are the seed's and every agent release's (Linux and Windows): a field one agent
 * sends is never "not in the schema". Paths are JSON paths with array indices dropped
 * (`process.ancestors.pid`). Built once from the generated field lists.
 */
import { AGENT_SCHEMA_FIELDS } from '../../../../generated/agent-schema-fields';
import { SCHEMA_FIELDS } from '../../../../generated/schema-fields';

/** Every known path with its description; the seed's wording first, else the agents'. */
const DESCRIPTIONS: ReadonlyMap<string, string> = (() => {
  const descriptions = new Map<string, string>();
  for (const { path, description } of [...AGENT_SCHEMA_FIELDS, ...SCHEMA_FIELDS]) {
    if (description !== '' || !descriptions.has(path)) descriptions.set(path, description);
  }
  return descriptions;
})();

/** Every schema path and every object path above one (`process`, `process.credentials`). */
const KNOWN_PATHS: ReadonlySet<string> = (() => {
  const known = new Set<string>();
  for (const path of DESCRIPTIONS.keys()) {
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

/** Whether a shipped schema knows `path`, or a leaf above it holds free-form content. */
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
