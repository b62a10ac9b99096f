/**
 * Writes a `JsonNode` back as JSON text: numbers as their source text (exact), strings
 * escaped by the platform, duplicate keys kept. A subtree the reader did not descend into
 * (`deep`) cannot be written: the answer is then undefined.
 */
import type { JsonNode } from '../json-model';

export function writeJson(node: JsonNode, indent = '  '): string | undefined {
  let failed = false;
  const write = (n: JsonNode, pad: string): string => {
    const inner = pad + indent;
    switch (n.kind) {
      case 'string':
        return JSON.stringify(n.value);
      case 'number':
      case 'literal':
        return n.text;
      case 'deep':
        failed = true;
        return '';
      case 'array':
        if (n.items.length === 0) return '[]';
        return `[\n${n.items.map((item) => inner + write(item, inner)).join(',\n')}\n${pad}]`;
      case 'object':
        if (n.entries.length === 0) return '{}';
        return `{\n${n.entries
          .map((e) => `${inner}${JSON.stringify(e.key)}: ${write(e.value, inner)}`)
          .join(',\n')}\n${pad}}`;
    }
  };
  const text = write(node, '');
  return failed ? undefined : text;
}
