/**
 * Places schema findings next to the fields they concern: a finding's JSON pointer
 * (`/process/ancestors/0/pid`) becomes the field path the panes use (`process.ancestors.pid`).
 * The pointer is walked through the body, so a segment is dropped as an array index only
 * where the body holds an array, and a key that merely looks like a number stays.
 */
import type { Finding } from '../../../../protocol/messages';
import type { JsonNode } from '../json-model';
import { member } from './json-access';

function unescapeSegment(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** The field path of a JSON pointer into `body`; `''` for the body itself. */
export function pointerToPath(body: JsonNode | undefined, pointer: string): string {
  if (pointer === '' || pointer === '/') return '';
  const keys: string[] = [];
  let node = body;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = unescapeSegment(raw);
    if (node?.kind === 'array' && /^\d+$/.test(segment)) {
      node = node.items[Number(segment)];
      continue;
    }
    keys.push(segment);
    node = member(node, segment);
  }
  return keys.join('.');
}

/** Findings keyed by the field path they point at. */
export function findingsByPath(
  body: JsonNode | undefined,
  findings: readonly Finding[],
): ReadonlyMap<string, readonly Finding[]> {
  const byPath = new Map<string, Finding[]>();
  for (const finding of findings) {
    const path = pointerToPath(body, finding.pointer);
    const list = byPath.get(path);
    if (list === undefined) byPath.set(path, [finding]);
    else list.push(finding);
  }
  return byPath;
}
