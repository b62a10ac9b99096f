/**
 * The readable side of the process pivots (`pivots.ts`): the process pivots a query requires
 * (its top-level AND terms `@process.key:"<key>"` and `@process.subtree:"<key>"`), and the
 * words a label gives each ("subtree of sh (186886) on web-1"). Read from the query text
 * alone, so a link shows the same label; a query that does not hold one of these exact forms
 * (an OR around it, a negation, a wildcard key) has no label rather than a wrong one.
 */
import { parseQuery } from './parse';
import { parseIdentityKey } from './process-identity';

export interface ProcessPivot {
  /** `events`: the process's own events (`@process.key`); `subtree`: it and all below it. */
  readonly kind: 'events' | 'subtree';
  /** The identity key text (`host/pid/fork_time/exec_time`). */
  readonly key: string;
  readonly host: string;
  readonly pid: number;
}

const KIND_OF_FIELD: Readonly<Record<string, ProcessPivot['kind']>> = {
  'process.key': 'events',
  'process.subtree': 'subtree',
};

/** The process pivots `query` requires, in the order written; none when it does not parse. */
export function readProcessPivots(query: string): ProcessPivot[] {
  const parsed = parseQuery(query);
  if (!parsed.ok) return [];
  const required = parsed.ast.kind === 'and' ? parsed.ast.children : [parsed.ast];
  return required.flatMap((node): ProcessPivot[] => {
    if (node.kind !== 'term' || node.field?.scope !== 'derived') return [];
    if (node.match.kind !== 'exact') return [];
    const kind = KIND_OF_FIELD[node.field.path];
    const identity = parseIdentityKey(node.match.value);
    if (kind === undefined || identity === undefined) return [];
    return [{ kind, key: node.match.value, host: identity.host, pid: identity.pid }];
  });
}

/**
 * The label of a pivot: `subtree of sh (186886) on web-1`, `events of sh (186886) on web-1`;
 * `process 186886` stands in for the name until (or unless) the data set gives one.
 */
export function pivotLabel(pivot: ProcessPivot, name: string | undefined): string {
  const what = pivot.kind === 'subtree' ? 'subtree of' : 'events of';
  const process = name === undefined ? `process ${pivot.pid}` : `${name} (${pivot.pid})`;
  const where = pivot.host === '' ? '' : ` on ${pivot.host}`;
  return `${what} ${process}${where}`;
}
