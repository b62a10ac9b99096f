/**
 * Every field a query can name, in query syntax, for the query box's autocomplete, the facet
 * picker and the column chooser: the body paths of the shipped schemas (`@process.pid`; the
 * seed's first, then what the agent's Linux and Windows schemas add), the envelope
 * fields (`host`), the explorer's derived fields (`@validity`) and the indexed body paths the
 * schema does not list (`@agent.rule_id`). Each carries its type, its description, whether the
 * schema describes it, and whether the index holds it from the start (a fast field) or must
 * read the raw events first.
 *
 * Built once at module load from generated and static lists; never changes at run time.
 */
import { AGENT_SCHEMA_FIELDS } from '../../generated/agent-schema-fields';
import { SCHEMA_FIELDS } from '../../generated/schema-fields';
import {
  DERIVED_FIELDS,
  ENVELOPE_FIELDS,
  INDEXED_BODY_PATHS,
  INDEXED_FIELDS,
} from '../../query/indexed-fields';

export interface FieldInfo {
  /** Query syntax: `@process.pid`, `host`. */
  readonly field: string;
  readonly type: string;
  readonly description: string;
  /** Answered from the index at once (no pass over the raw events). */
  readonly isIndexed: boolean;
  /** A body path of the event schema (not an envelope, derived or companion field). */
  readonly inSchema: boolean;
}

/** Descriptions of fields outside the event schema (envelope, companions, derived). */
const EXTRA_DESCRIPTIONS: Readonly<Record<string, readonly [type: string, description: string]>> = {
  host: ['string', 'Host the event came from (log envelope)'],
  service: ['string', 'Service of the log (log envelope)'],
  source: ['string', 'Log source (log envelope)'],
  status: ['string', 'Log status (log envelope)'],
  '@validity': ['string', 'Schema check result: valid, drift or invalid'],
  '@schema': [
    'string',
    'Schema the event was validated against, from its agent.os and agent.version (linux-7.71, windows-7.71, linux-seed)',
  ],
  '@id': ['string', 'Event id (envelope id, or file fingerprint and record number)'],
  '@process.key': ['string', 'Events of one process: host/pid/fork time/exec time'],
  '@process.subtree': ['string', 'Events of one process and every process below it'],
  '@agent.rule_id': ['string', 'Id of the rule that matched'],
  '@hostname': ['string', 'Host name reported by the agent'],
  '@service': ['string', 'Service reported by the agent'],
  '@title': ['string', 'Description of the rule that matched'],
};

function buildCatalog(): readonly FieldInfo[] {
  const byField = new Map<string, FieldInfo>();
  const add = (field: string, type: string, description: string, inSchema: boolean) => {
    if (!byField.has(field)) {
      const isIndexed = INDEXED_FIELDS.has(field);
      byField.set(field, { field, type, description, isIndexed, inSchema });
    }
  };
  const addExtra = (field: string) => {
    const [type, description] = EXTRA_DESCRIPTIONS[field] ?? ['string', ''];
    add(field, type, description, false);
  };
  for (const field of [...ENVELOPE_FIELDS, ...DERIVED_FIELDS]) addExtra(field);
  for (const { path, type, description } of [...SCHEMA_FIELDS, ...AGENT_SCHEMA_FIELDS]) {
    add(`@${path}`, type, description, true);
  }
  // Indexed paths outside the schema (rule companions such as `agent.rule_id`).
  for (const path of INDEXED_BODY_PATHS) addExtra(`@${path}`);
  return [...byField.values()];
}

export const FIELD_CATALOG: readonly FieldInfo[] = buildCatalog();

/** The schema's fields alone, in schema order. */
export const SCHEMA_CATALOG: readonly FieldInfo[] = FIELD_CATALOG.filter((f) => f.inSchema);

const BY_FIELD: ReadonlyMap<string, FieldInfo> = new Map(FIELD_CATALOG.map((f) => [f.field, f]));

/** What the catalog knows about `field`, if it is one of its fields. */
export function fieldInfo(field: string): FieldInfo | undefined {
  return BY_FIELD.get(field);
}

/** What the schema says about `field`, if the schema describes it. */
export function schemaFieldInfo(field: string): FieldInfo | undefined {
  const info = BY_FIELD.get(field);
  return info?.inSchema === true ? info : undefined;
}

/** True for fields whose value is a list (a cell shows the items joined by spaces). */
export function isListField(field: string): boolean {
  return schemaFieldInfo(field)?.type.startsWith('array') ?? false;
}
