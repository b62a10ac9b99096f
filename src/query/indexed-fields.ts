/**
 * The fields the worker's index holds from the start, in query syntax. Queries, facets and
 * sorts on these are answered from columns at once; any other field is added to the index on
 * first use by one pass over the raw events (the slow path, which the page announces).
 *
 * Body paths are the ones analysts filter on most: what happened, which process, on what
 * file or address, under which rule. The text fields are also where free text looks. Left
 * out on purpose, for the index's size: fields with a distinct value on almost every event
 * (`process.args`, source ports, parent pids) or repeat another one (`file.name`, the end of
 * `file.path`), which would cost tens of bytes per event;
 * they are added on first use like any other field.
 */

/** Body attributes indexed at load time (`@` + path). */
export const INDEXED_BODY_PATHS: readonly string[] = [
  'evt.name',
  'evt.category',
  'evt.outcome',
  'agent.rule_id',
  'process.pid',
  'process.comm',
  'process.executable.path',
  'process.user',
  'process.container.id',
  'process.parent.executable.path',
  'usr.id',
  'container.id',
  'file.path',
  'file.destination.path',
  'network.source.ip',
  'network.destination.ip',
  'network.destination.port',
  'dns.question.name',
  'hostname',
  'service',
  'title',
];

/** Envelope fields, written without `@`. */
export const ENVELOPE_FIELDS: readonly string[] = ['host', 'service', 'source', 'status'];

/** Fields the explorer derives (not stored in the event). */
export const DERIVED_FIELDS: readonly string[] = [
  '@validity',
  '@schema',
  '@id',
  '@process.key',
  '@process.subtree',
];

/** Every field answered from the index without the slow path, in query syntax. */
export const INDEXED_FIELDS: ReadonlySet<string> = new Set([
  ...INDEXED_BODY_PATHS.map((p) => `@${p}`),
  ...ENVELOPE_FIELDS,
  ...DERIVED_FIELDS,
]);

/**
 * Where free text (bare words) looks: the string values of these fields. Searching every
 * string of every event would mean re-reading the whole log for each query.
 */
export const FREE_TEXT_FIELDS: readonly string[] = [
  '@evt.name',
  '@agent.rule_id',
  '@process.comm',
  '@process.executable.path',
  '@process.user',
  '@process.parent.executable.path',
  '@usr.id',
  '@container.id',
  '@file.path',
  '@file.destination.path',
  '@network.source.ip',
  '@network.destination.ip',
  '@dns.question.name',
  '@title',
  'host',
  'service',
];

/** Facets shown by default, in order, with their labels. */
export const DEFAULT_FACETS: readonly { readonly field: string; readonly label: string }[] = [
  { field: '@evt.name', label: 'Event type' },
  { field: '@evt.category', label: 'Category' },
  { field: '@evt.outcome', label: 'Outcome' },
  { field: '@validity', label: 'Validity' },
  { field: '@schema', label: 'Schema' },
  { field: 'host', label: 'Host' },
  { field: 'service', label: 'Service' },
  { field: '@container.id', label: 'Container' },
  { field: '@process.user', label: 'User' },
  { field: '@process.comm', label: 'Process name' },
  { field: '@process.executable.path', label: 'Executable' },
  { field: '@agent.rule_id', label: 'Rule id' },
  { field: '@file.path', label: 'File path' },
  { field: '@network.destination.ip', label: 'Destination IP' },
  { field: '@dns.question.name', label: 'DNS name' },
];

/** High-cardinality facets: shown as top values with a search box. */
export const HIGH_CARDINALITY_FACETS: ReadonlySet<string> = new Set([
  '@file.path',
  '@network.destination.ip',
  '@network.source.ip',
  '@dns.question.name',
  '@process.args',
]);
