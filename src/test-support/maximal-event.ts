/**
 * A "maximal event" of a JSON schema (the agents' event schemas): a body that sets every
 * property the schema describes, each with a plausible value of its type (addresses look
 * like addresses, ports like ports, dates are RFC 3339), so tests can check that every field
 * of a schema is understood. Local `$ref`s are followed, once per branch (ProcessContext →
 * Process → … recurs); arrays get one item; free-form objects get one member.
 */

type SchemaNode = Readonly<Record<string, unknown>>;

/** Values for keys whose meaning a type alone would misrepresent. */
const BY_KEY: Readonly<Record<string, unknown>> = {
  ip: '10.0.0.5',
  port: 443,
  family: 'AF_INET',
  path: '/usr/bin/curl',
  l3_protocol: 'IPv4',
  l4_protocol: 'TCP',
  protocol: 'TCP',
  cloud_provider: 'aws',
  url: '/latest/meta-data/iam/security-credentials/',
  pid: 4121,
  ppid: 1,
};

const DATE_TIME = '2026-11-20T08:00:14.188130294Z';

function resolve(root: SchemaNode, node: SchemaNode): SchemaNode {
  const ref = node['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let target: unknown = root;
  for (const part of ref.slice(2).split('/')) target = (target as SchemaNode)[part];
  return target as SchemaNode;
}

function leafValue(node: SchemaNode, key: string): unknown {
  const type = node['type'];
  const byKey = BY_KEY[key];
  if (byKey !== undefined && typeof byKey === (type === 'integer' ? 'number' : type)) return byKey;
  switch (type) {
    case 'string':
      return node['format'] === 'date-time' ? DATE_TIME : `${key}-value`;
    case 'integer':
      return 33261;
    case 'number':
      return 1.5;
    case 'boolean':
      return true;
    default:
      // Free-form (`type: object` without properties, or no type at all).
      return { [`${key}_member`]: 'value' };
  }
}

/** The value of `node` (under the member `key`); undefined for a reference already followed. */
function fill(
  root: SchemaNode,
  node: SchemaNode | boolean,
  key: string,
  seen: readonly string[],
): unknown {
  if (typeof node === 'boolean') return `${key}-item`;
  const ref = typeof node['$ref'] === 'string' ? node['$ref'] : undefined;
  if (ref !== undefined && seen.includes(ref)) return undefined;
  const nextSeen = ref === undefined ? seen : [...seen, ref];
  const resolved = resolve(root, node);
  const properties = resolved['properties'] as Readonly<Record<string, SchemaNode>> | undefined;
  if (properties !== undefined) {
    const out: Record<string, unknown> = {};
    for (const [childKey, child] of Object.entries(properties)) {
      const value = fill(root, child, childKey, nextSeen);
      if (value !== undefined) out[childKey] = value;
    }
    return out;
  }
  if (resolved['type'] === 'array') {
    const item = fill(root, (resolved['items'] ?? true) as SchemaNode | boolean, key, nextSeen);
    return item === undefined ? [] : [item];
  }
  const members = resolved['additionalProperties'];
  if (typeof members === 'object' && members !== null) {
    // A map whose members have a schema of their own (`k8s_extra`: lists of strings).
    const member = fill(root, members as SchemaNode, `${key}_member`, nextSeen);
    return member === undefined ? {} : { [`${key}_member`]: member };
  }
  return leafValue(resolved, key);
}

/** A body setting every property of `schema` (an event schema's root). */
export function maximalEvent(schema: SchemaNode): Record<string, unknown> {
  return fill(schema, schema, '', []) as Record<string, unknown>;
}
