/**
 * The process tree pane on a ClickHouse source. The tab's forest code builds the tree: it is
 * fed the event's body and one representative event per process the slice needs (each child
 * of a lineage node, the event's process's subtree breadth-first), read by the `lineage`
 * column ([process, parent, ancestors…] identity keys). The tab's slice code then picks what
 * to show, and the counts the pane prints (own events, subtree events, children,
 * descendants) are replaced by exact ones counted on the server, since the forest only saw a
 * sample. Node ids are session numbers of the processes' identity keys.
 *
 * Bounds: the tab's (`LINEAGE_CHILDREN` per lineage node, `SUBTREE_NODES` below the event's
 * process); at most `MAX_LINEAGE` lineage levels are read.
 */
import { eventHost } from '../../query/process-identity';
import { NO_PROCESS, ProcessForest } from '../../index/process-forest';
import { ProcessTotals } from '../../index/process-totals';
import {
  LINEAGE_CHILDREN,
  MAX_CHILDREN_PAGE,
  processNodeDto,
  processTreeSlice,
  SUBTREE_NODES,
} from '../../index/process-tree-slice';
import type { ProcessNode, ProcessTreeSlice } from '../../protocol/messages';
import { ParamBag } from '../sql/params';
import type { SessionNumbers } from './session-numbers';
import type { SqlClient, SqlRow } from './sql-client';

const MAX_LINEAGE = 64;

type Json = Record<string, unknown>;

interface Representative {
  readonly body: string;
  readonly host: string;
}

function feed(forest: ProcessForest, events: readonly Representative[]): void {
  events.forEach((event, i) => {
    const body = JSON.parse(event.body) as Json;
    forest.addEvent(i, body, eventHost(body, event.host));
  });
}

const representative = (row: SqlRow): Representative => ({
  body: String(row['body'] ?? '{}'),
  host: String(row['h'] ?? ''),
});

export class ProcessFamilies {
  constructor(
    private readonly client: SqlClient,
    private readonly processes: SessionNumbers,
  ) {}

  async slice(eventId: string, eventKey: number, datasetId: number): Promise<ProcessTreeSlice> {
    const bag = new ParamBag();
    const [focus] = await this.client.rows(
      'SELECT body, env_host AS h, lineage FROM events WHERE event_id = ' +
        `${bag.bind(eventId, 'String')} LIMIT 1`,
      bag.params(),
    );
    if (focus === undefined) throw new Error(`the event ${eventId} is no longer on the server`);
    const lineage = ((focus['lineage'] as string[] | undefined) ?? []).slice(0, MAX_LINEAGE);
    const events = [representative(focus)];
    if (lineage.length > 0) {
      const [children, subtree] = await Promise.all([
        this.childRepresentatives(lineage.slice(1), 0, LINEAGE_CHILDREN + 1),
        this.subtreeRepresentatives(lineage[0] as string),
      ]);
      events.push(...children, ...subtree);
    }
    const forest = new ProcessForest();
    feed(forest, events);
    const local = processTreeSlice(forest, new ProcessTotals(forest), 0, datasetId);
    const keyOf = (id: number) => forest.keyOf(id);
    const nodes = await this.withServerCounts(local.nodes, keyOf);
    const number = (id: number) => this.processes.numberOf(keyOf(id));
    const focusNode = nodes.find((n) => n.id === (local.focusId ?? -1));
    const childrenShown: Record<number, readonly number[]> = {};
    for (const [id, shown] of Object.entries(local.childrenShown)) {
      childrenShown[number(Number(id))] = shown.map(number);
    }
    const subtreeShown = local.nodes.length - local.lineage.length;
    return {
      datasetId,
      eventKey,
      focusId: local.focusId === undefined ? undefined : number(local.focusId),
      lineage: local.lineage.map(number),
      nodes: nodes.map((n) => this.renumbered(n, keyOf)),
      childrenShown,
      subtreeNodesCut: Math.max(0, (focusNode?.descendantCount ?? 0) - subtreeShown),
    };
  }

  /** Children `[offset, offset + limit)` of process `nodeId`, in start-time order. */
  async children(nodeId: number, offset: number, limit: number): Promise<ProcessNode[]> {
    const parentKey = this.processes.textOf(nodeId);
    const count = Math.max(0, Math.min(Math.floor(limit), MAX_CHILDREN_PAGE));
    const events = await this.childRepresentatives([parentKey], Math.max(0, offset), count);
    const forest = new ProcessForest();
    feed(forest, events);
    const parent = forest.nodeOfKey(parentKey);
    const totals = new ProcessTotals(forest);
    totals.update();
    const ids = totals.orderedChildren(parent);
    const keyOf = (id: number) => forest.keyOf(id);
    const nodes = await this.withServerCounts(
      ids.map((id) => processNodeDto(forest, totals, id)),
      keyOf,
    );
    return nodes.map((n) => this.renumbered(n, keyOf));
  }

  /** The name (`comm`) of process `key`, from one event that names it. */
  async name(key: string): Promise<string | undefined> {
    const [row] = await this.childOrSelf(key);
    if (row === undefined) return undefined;
    const forest = new ProcessForest();
    feed(forest, [row]);
    const id = forest.nodeOfKey(key);
    const comm = id === NO_PROCESS ? '' : forest.nodes.comm.get(id);
    return comm === '' ? undefined : comm;
  }

  private async childOrSelf(key: string): Promise<Representative[]> {
    const bag = new ParamBag();
    const rows = await this.client.rows(
      `SELECT body, env_host AS h FROM events WHERE has(lineage, ${bag.bind(key, 'String')}) ` +
        'LIMIT 1',
      bag.params(),
    );
    return rows.map(representative);
  }

  /** One event per child of each of `parents` (children ordered by first event time). */
  private async childRepresentatives(
    parents: readonly string[],
    offset: number,
    perParent: number,
  ): Promise<Representative[]> {
    if (parents.length === 0) return [];
    const bag = new ParamBag();
    const keys = bag.bind(parents, 'Array(String)');
    const rows = await this.client.rows(
      `SELECT k, lineage[indexOf(lineage, k) - 1] AS child, argMin(body, time_ms) AS body, ` +
        `argMin(env_host, time_ms) AS h, min(time_ms) AS first FROM events ` +
        `ARRAY JOIN arrayIntersect(lineage, ${keys}) AS k ` +
        `WHERE hasAny(lineage, ${keys}) AND indexOf(lineage, k) > 1 GROUP BY k, child ` +
        `ORDER BY k, first, child LIMIT ${Math.floor(offset)}, ${Math.floor(perParent)} BY k`,
      bag.params(),
    );
    return rows.map(representative);
  }

  /** One event per process below `key`, nearest levels first, as many as the slice shows. */
  private async subtreeRepresentatives(key: string): Promise<Representative[]> {
    const bag = new ParamBag();
    const focus = bag.bind(key, 'String');
    const rows = await this.client.rows(
      `SELECT d, argMin(body, time_ms) AS body, argMin(env_host, time_ms) AS h, ` +
        `min(indexOf(lineage, ${focus}) - indexOf(lineage, d)) AS depth FROM events ` +
        `ARRAY JOIN arraySlice(lineage, 1, indexOf(lineage, ${focus}) - 1) AS d ` +
        `WHERE has(lineage, ${focus}) GROUP BY d ORDER BY depth, d LIMIT ${SUBTREE_NODES + 1}`,
      bag.params(),
    );
    return rows.map(representative);
  }

  /** `nodes` with the counts of their processes over every event on the server. */
  private async withServerCounts(
    nodes: readonly ProcessNode[],
    keyOf: (id: number) => string,
  ): Promise<ProcessNode[]> {
    if (nodes.length === 0) return [];
    const bag = new ParamBag();
    const keys = bag.bind(
      nodes.map((n) => keyOf(n.id)),
      'Array(String)',
    );
    const rows = await this.client.rows(
      `SELECT k, countIf(process_key = k) AS own, count() AS subtree, ` +
        `uniqExactIf(lineage[indexOf(lineage, k) - 1], indexOf(lineage, k) > 1) AS children, ` +
        `uniqExactArray(arraySlice(lineage, 1, indexOf(lineage, k) - 1)) AS descendants ` +
        `FROM events ARRAY JOIN arrayIntersect(lineage, ${keys}) AS k ` +
        `WHERE hasAny(lineage, ${keys}) GROUP BY k`,
      bag.params(),
    );
    const byKey = new Map(rows.map((r) => [String(r['k']), r]));
    return nodes.map((node) => {
      const counted = byKey.get(keyOf(node.id));
      if (counted === undefined) return node;
      return {
        ...node,
        ownEvents: Number(counted['own']),
        subtreeEvents: Number(counted['subtree']),
        childCount: Number(counted['children']),
        descendantCount: Number(counted['descendants']),
      };
    });
  }

  /** `node` with session numbers for its id and its parent's. */
  private renumbered(node: ProcessNode, keyOf: (id: number) => string): ProcessNode {
    return {
      ...node,
      id: this.processes.numberOf(node.key),
      parentId:
        node.parentId === undefined ? undefined : this.processes.numberOf(keyOf(node.parentId)),
    };
  }
}
