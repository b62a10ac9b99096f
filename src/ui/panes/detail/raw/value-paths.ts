/**
 * Every value of an event body addressed by a path a person can type: object keys joined
 * with dots, array items by index (`process.args[0]`), keys that are not plain names quoted
 * (`mount["mountpoint.path"]`). Enumerated once per body, in body order, up to a limit.
 */
import type { JsonNode } from '../json-model';

const PLAIN_KEY = /^[A-Za-z_$][\w$-]*$/;
export const MAX_VALUE_PATHS = 5000;

function keyStep(parent: string, key: string): string {
  if (PLAIN_KEY.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${JSON.stringify(key)}]`;
}

/** Path → value, for the body and everything in it (a repeated key: the last one, as JSON.parse). */
export function valuePaths(body: JsonNode, limit = MAX_VALUE_PATHS): ReadonlyMap<string, JsonNode> {
  const paths = new Map<string, JsonNode>();
  // Iterative, depth-first in body order: bodies can nest deeply.
  const stack: Array<[path: string, node: JsonNode]> = [['', body]];
  while (stack.length > 0 && paths.size < limit) {
    const [path, node] = stack.pop() as [string, JsonNode];
    if (path !== '') paths.set(path, node);
    const children: Array<[string, JsonNode]> =
      node.kind === 'object'
        ? node.entries.map((e) => [keyStep(path, e.key), e.value])
        : node.kind === 'array'
          ? node.items.map((item, i) => [`${path}[${i}]`, item])
          : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as [string, JsonNode]);
  }
  return paths;
}
