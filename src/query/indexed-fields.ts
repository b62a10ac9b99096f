/**
 * The fields the worker's index holds from the start, in query syntax. Queries, facets and
 * sorts on these are answered from columns at once; any other field is added to the index on
 * first use by one pass over the raw events (the slow path, which the page announces).
 *
 * Body paths are the ones analysts filter on most: what happened, which process, on what
 * file or address, under which rule, and what the comparison with a baseline counts (an
 * open's flags say whether it changed its file; a bind's address). The text fields are also where free text looks. Left
 * out on purpose, for the index's size: fields with a distinct value on almost every event
 * (`process.args`, source ports, parent pids) or repeat another one (`file.name`, the end of
 * `file.path`), which would cost tens of bytes per event;
 * they are added on first use like any other field.
 *
 * The fields of the newer agents' event types (a connect's or accept's address, IMDS
 * requests, flow monitor peers, capabilities, sysctl names, Windows registry keys) are
 * indexed too: most events lack them, and a column only stores the events that have a value
 * until they are many (`ValueColumn`), so they cost a data set without such events nothing.
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
  'file.flags',
  'network.source.ip',
  'network.destination.ip',
  'network.destination.port',
  'dns.question.name',
  'hostname',
  'service',
  'title',
  'connect.addr.ip',
  'connect.addr.port',
  'accept.addr.ip',
  'accept.addr.port',
  'bind.addr.ip',
  'bind.addr.port',
  'imds.cloud_provider',
  'imds.url',
  'network_flow_monitor.flows.source.ip',
  'network_flow_monitor.flows.destination.ip',
  'capabilities.caps_used',
  'capabilities.caps_attempted',
  'sysctl.name',
  'registry.key_path',
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
  '@connect.addr.ip',
  '@accept.addr.ip',
  '@imds.url',
  '@sysctl.name',
  '@registry.key_path',
  'host',
  'service',
];

export interface DefaultFacet {
  readonly field: string;
  readonly label: string;
  /** Listed only when some event of the data set has the field (newer event types). */
  readonly whenPresent?: true;
}

/** Facets shown by default, in order, with their labels. */
export const DEFAULT_FACETS: readonly DefaultFacet[] = [
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
  { field: '@connect.addr.ip', label: 'Connect destination', whenPresent: true },
  { field: '@connect.addr.port', label: 'Connect port', whenPresent: true },
  { field: '@accept.addr.ip', label: 'Accept address', whenPresent: true },
  { field: '@imds.cloud_provider', label: 'IMDS cloud provider', whenPresent: true },
  { field: '@imds.url', label: 'IMDS URL', whenPresent: true },
  {
    field: '@network_flow_monitor.flows.destination.ip',
    label: 'Flow destination',
    whenPresent: true,
  },
  { field: '@network_flow_monitor.flows.source.ip', label: 'Flow source', whenPresent: true },
  { field: '@capabilities.caps_used', label: 'Capabilities used', whenPresent: true },
  { field: '@capabilities.caps_attempted', label: 'Capabilities attempted', whenPresent: true },
  { field: '@sysctl.name', label: 'Sysctl name', whenPresent: true },
  { field: '@registry.key_path', label: 'Registry key', whenPresent: true },
];

/** High-cardinality facets: shown as top values with a search box. */
export const HIGH_CARDINALITY_FACETS: ReadonlySet<string> = new Set([
  '@file.path',
  '@network.destination.ip',
  '@network.source.ip',
  '@dns.question.name',
  '@process.args',
  '@connect.addr.ip',
  '@accept.addr.ip',
  '@imds.url',
  '@network_flow_monitor.flows.destination.ip',
  '@network_flow_monitor.flows.source.ip',
  '@registry.key_path',
]);
