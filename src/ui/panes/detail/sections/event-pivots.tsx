/**
 * Pivot rows of the typed sections: from the event's process to its events, its subtree's
 * and its container's; from the network section to events with the same destination, DNS
 * name or port, and from the sections of newer agents (a connection's peer, an IMDS
 * request's cloud provider, a registry key) to events sharing them. Built from the body as
 * shown, with the identity rules the engine uses.
 */
import { identityKeyText } from '../../../../query/process-identity';
import {
  containerQuery,
  processEventsQuery,
  processSubtreeQuery,
  sameValueQuery,
} from '../../../../query/pivots';
import { visibleText } from '../../../../lib/visible-text';
import { PivotBar, PivotButton } from '../../../common/pivot-button';
import { memberAt, scalarText, textOf } from '../body/json-access';
import type { JsonNode } from '../json-model';
import { useEventHost } from './view-context';

/** The identity key of a process node, as `@process.key` reads it; undefined without a pid. */
function processKey(host: string, process: JsonNode): string | undefined {
  const pid = memberAt(process, ['pid']);
  if (pid?.kind !== 'number' || !/^-?\d+$/.test(pid.text)) return undefined;
  const time = (key: string) => textOf(memberAt(process, [key])) ?? '';
  return identityKeyText(host, Number(pid.text), time('fork_time'), time('exec_time'));
}

/** Pivots from the event's own process (`process`) and its container. */
export function ProcessPivots({
  process,
  body,
}: {
  readonly process: JsonNode;
  readonly body: JsonNode;
}) {
  const host = useEventHost();
  const key = processKey(host, process);
  const container =
    textOf(memberAt(process, ['container', 'id'])) ?? textOf(memberAt(body, ['container', 'id']));
  if (key === undefined && container === undefined) return null;
  return (
    <PivotBar label="Show events of">
      {key !== undefined && (
        <>
          <PivotButton query={processEventsQuery(key)}>this process</PivotButton>
          <PivotButton query={processSubtreeQuery(key)}>it and its descendants</PivotButton>
        </>
      )}
      {container !== undefined && container !== '' && (
        <PivotButton query={containerQuery(container)}>this container</PivotButton>
      )}
    </PivotBar>
  );
}

/** A pivot to events holding the same value at `path`, and how its button reads. */
export interface SameValuePivot {
  readonly path: readonly string[];
  readonly label: (value: string) => string;
}

export const NETWORK_PIVOTS: readonly SameValuePivot[] = [
  { path: ['network', 'destination', 'ip'], label: (v) => `destination ${v}` },
  { path: ['network', 'destination', 'port'], label: (v) => `destination port ${v}` },
  { path: ['dns', 'question', 'name'], label: (v) => `DNS name ${v}` },
  { path: ['bind', 'addr', 'ip'], label: (v) => `bound address ${v}` },
  { path: ['bind', 'addr', 'port'], label: (v) => `bound port ${v}` },
];

/** Pivots to events that hold the same value at one of `pivots`' paths as this one. */
export function SameValuePivots({
  body,
  pivots,
}: {
  readonly body: JsonNode;
  readonly pivots: readonly SameValuePivot[];
}) {
  return <ItemPivots item={body} path={undefined} pivots={pivots} />;
}

/** Pivots from one item of a list of objects (a monitored flow) to events with the same value. */
export function ItemPivots({
  item,
  path,
  pivots,
}: {
  readonly item: JsonNode;
  /** The list's field path (`network_flow_monitor.flows`); undefined for the body itself. */
  readonly path: string | undefined;
  readonly pivots: readonly SameValuePivot[];
}) {
  const shown = pivots.flatMap(({ path: inItem, label }) => {
    const value = scalarText(memberAt(item, inItem));
    if (value === undefined || value === '') return [];
    const field = (path === undefined ? inItem : [path, ...inItem]).join('.');
    return [{ query: sameValueQuery(field, value), text: label(visibleText(value, 200).text) }];
  });
  if (shown.length === 0) return null;
  return (
    <PivotBar label="Events with the same">
      {shown.map((p) => (
        <PivotButton key={p.query} query={p.query}>
          {p.text}
        </PivotButton>
      ))}
    </PivotBar>
  );
}
