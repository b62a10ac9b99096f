/**
 * Which facet requests must go to the engine: all of them for a new view, else only those
 * whose limit, order or search changed since their answer arrived (expanding one facet,
 * sorting it or typing in its search box does not recount the others).
 */
import type { FacetRequest } from '../../protocol/messages';

/** Identity of a request: field, limit, order and search together. */
export function requestKey(request: FacetRequest): string {
  const order = request.order ?? 'top';
  return `${request.field}\u0000${request.limit}\u0000${order}\u0000${request.search ?? ''}`;
}

/**
 * The requests of `wanted` not answered yet: `answered` maps a field to the key of the request
 * its current answer is for, and is undefined when the answers belong to another view.
 */
export function requestsToSend(
  wanted: readonly FacetRequest[],
  answered: ReadonlyMap<string, string> | undefined,
): FacetRequest[] {
  if (answered === undefined) return [...wanted];
  return wanted.filter((r) => answered.get(r.field) !== requestKey(r));
}
