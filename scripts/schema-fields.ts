/**
 * Lists the leaf paths of a JSON schema's object tree (following local `$ref`s), with
 * each field's type and description. Paths are dotted, array items are transparent
 * (`process.args`), keys that contain dots are kept whole (`mount.mountpoint.path`).
 */
export interface SchemaFieldInfo {
  readonly path: string;
  readonly type: string;
  readonly description: string;
}

type Node = Record<string, unknown>;

function resolve(schema: Node, node: Node): Node {
  const ref = node['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let target: unknown = schema;
  for (const part of ref.slice(2).split('/')) target = (target as Node)[part];
  return target as Node;
}

export function listSchemaFields(schema: Node): SchemaFieldInfo[] {
  const fields: SchemaFieldInfo[] = [];
  const walk = (node: Node, path: string, description: string, seen: readonly string[]): void => {
    const ref = typeof node['$ref'] === 'string' ? node['$ref'] : undefined;
    // ProcessContext → Process → … can recur (ptrace.tracee.parent…): stop at a cycle.
    if (ref !== undefined && seen.includes(ref)) return;
    const resolved = resolve(schema, node);
    const nextSeen = ref === undefined ? seen : [...seen, ref];
    const desc =
      description || (typeof resolved['description'] === 'string' ? resolved['description'] : '');
    if (resolved['type'] === 'array' && typeof resolved['items'] === 'object') {
      const items = resolve(schema, resolved['items'] as Node);
      if (items['properties'] === undefined) {
        fields.push({
          path,
          type: `array<${String(items['type'] ?? 'unknown')}>`,
          description: desc,
        });
        return;
      }
      walk(resolved['items'] as Node, path, desc, nextSeen);
      return;
    }
    const properties = resolved['properties'] as Record<string, Node> | undefined;
    if (properties === undefined) {
      const format = typeof resolved['format'] === 'string' ? ` (${resolved['format']})` : '';
      fields.push({
        path,
        type: `${String(resolved['type'] ?? 'unknown')}${format}`,
        description: desc,
      });
      return;
    }
    for (const [key, child] of Object.entries(properties)) {
      const childDescription = typeof child['description'] === 'string' ? child['description'] : '';
      walk(child, path === '' ? key : `${path}.${key}`, childDescription, nextSeen);
    }
  };
  walk(schema, '', '', []);
  return fields;
}
