/**
 * The process lanes on a ClickHouse source. The tab's lane builder (`index/process-lanes.ts`)
 * makes the lanes; this module reads what it needs for the scope, by bound parameters:
 *
 * - the events that may fall in a lane, in ingest order (`source_path, ordinal`, the tab's row
 *   order), each as a few light columns (id, process key, time, category, type): for a family,
 *   those below any image of the family's process's task plus the own events of every image of
 *   its ancestors' tasks; for the view, the view's condition;
 * - the few bodies the tab's process forest learnt those processes from (see `forest`), fed
 *   into that forest, which finds the ancestors, the exec images and the lifetimes as the tab
 *   does.
 *
 * The builder then scopes, orders and cuts as on the tab. Row keys are session numbers of
 * event ids (the engine's), so a mark the page clicks opens that event.
 *
 * Bounds: the tab's. At most `MAX_LANE_EVENTS` events (in ingest order) and three bodies per
 * lane (`MAX_LANES`) are read; the events past that are added to `eventsCut`.
 */
import { toEpochMs } from '../../ingest/parse/envelope';
import { eventHost } from '../../query/process-identity';
import { NO_PROCESS, ProcessForest } from '../../index/process-forest';
import { buildLanes, MAX_LANE_EVENTS, MAX_LANES } from '../../index/process-lanes';
import { ProcessTotals } from '../../index/process-totals';
import type { LaneSet, LanesScope } from '../../protocol/lanes';
import { ParamBag } from '../sql/params';
import type { SessionNumbers } from './session-numbers';
import type { SqlClient, SqlRow } from './sql-client';

type Condition = (bag: ParamBag) => string;

/** The light columns of the events read, entry i of each the same event. */
interface LaneRows {
  readonly ids: string[];
  readonly processKeys: string[];
  readonly timeMs: Float64Array;
  readonly fields: Readonly<Record<string, readonly string[]>>;
}

const INGEST_ORDER = '(source_path, ordinal)';

/** The task of an identity key (`host/pid/fork_time`): what the images of one task share. */
const task = (key: string) => `replaceRegexpOne(${key}, '/[^/]*$', '')`;
const taskOf = (key: string) => key.replace(/\/[^/]*$/, '');

/** The tab's time of an event: its body's `date` to the sub-millisecond, else `time_ms`. */
function exactTime(row: SqlRow): number {
  if (Number(row['timed']) !== 1) return Number.NaN;
  const date = toEpochMs(row['date']);
  return Number.isNaN(date) ? Number(row['time_ms']) : date;
}

export class ProcessLaneSets {
  constructor(
    private readonly client: SqlClient,
    private readonly events: SessionNumbers,
    private readonly datasetId: number,
  ) {}

  /** The lanes of `scope`; `view` is the condition of the view in force. */
  async lanes(scope: LanesScope, view: Condition): Promise<LaneSet> {
    const processKey = await this.scopeProcess(scope);
    const where = processKey === undefined ? view : await this.familyCondition(processKey);
    const [rows, total, forest] = await Promise.all([
      this.laneRows(where),
      this.count(where),
      this.forest(where),
    ]);
    const nodes = new Map<string, number>();
    const eventNode = Uint32Array.from(rows.processKeys, (key) => {
      let node = nodes.get(key);
      if (node === undefined) {
        node = key === '' ? NO_PROCESS : forest.nodeOfKey(key);
        nodes.set(key, node);
      }
      return node;
    });
    const count = rows.ids.length;
    const built = buildLanes(
      {
        forest,
        totals: new ProcessTotals(forest),
        index: {
          count,
          timeMs: rows.timeMs,
          fieldText: (name, key) => rows.fields[name]?.[key] ?? '',
        },
        eventNode,
        datasetId: this.datasetId,
        eventId: (key) => rows.ids[key] ?? '',
        viewKeys: () => Uint32Array.from({ length: count }, (_, i) => i),
      },
      processKey === undefined ? { kind: 'view' } : { kind: 'process', processKey },
    );
    const keys = Uint32Array.from(built.events.ids, (id) => this.events.numberOf(id));
    return {
      ...built,
      events: { ...built.events, keys },
      focusEventKey: scope.kind === 'family' ? scope.eventKey : -1,
      eventsCut: built.eventsCut + Math.max(0, total - count),
    };
  }

  /** The process whose family the scope is (undefined for the view). */
  private async scopeProcess(scope: LanesScope): Promise<string | undefined> {
    if (scope.kind === 'view') return undefined;
    if (scope.kind === 'process') return scope.processKey;
    const eventId = this.events.textOf(scope.eventKey);
    const bag = new ParamBag();
    const [row] = await this.client.rows(
      `SELECT process_key FROM events WHERE event_id = ${bag.bind(eventId, 'String')} LIMIT 1`,
      bag.params(),
    );
    if (row === undefined) throw new Error(`the event ${eventId} is no longer on the server`);
    return String(row['process_key'] ?? '');
  }

  /**
   * The events that may fall in the family of `key`: those below any image of its task (an
   * exec chain is one lane, the lineage names one image), and the own events of every image
   * of its ancestors' tasks (by one event's lineage of `key`).
   */
  private async familyCondition(key: string): Promise<Condition> {
    // An event that names no process has no family (and no lanes).
    if (key === '') return () => '0';
    const bag = new ParamBag();
    const focus = bag.bind(key, 'String');
    const [row] = await this.client.rows(
      `SELECT arraySlice(lineage, indexOf(lineage, ${focus}) + 1) AS above FROM events ` +
        `WHERE has(lineage, ${focus}) LIMIT 1`,
      bag.params(),
    );
    const above = (row?.['above'] as string[] | undefined) ?? [];
    const images = await this.images([key, ...above]);
    const subtrees = [key, ...images.filter((image) => taskOf(image) === taskOf(key))];
    const owners = [key, ...above, ...images];
    return (where) =>
      `(hasAny(lineage, ${where.bind(subtrees, 'Array(String)')}) OR ` +
      `process_key IN ${where.bind(owners, 'Array(String)')})`;
  }

  /** The processes (identity keys) that are images of the tasks of `keys`. */
  private async images(keys: readonly string[]): Promise<string[]> {
    const bag = new ParamBag();
    const rows = await this.client.rows(
      `SELECT DISTINCT process_key FROM events WHERE ${task('process_key')} IN ` +
        bag.bind(keys.map(taskOf), 'Array(String)'),
      bag.params(),
    );
    return rows.map((r) => String(r['process_key']));
  }

  private async laneRows(where: Condition): Promise<LaneRows> {
    const bag = new ParamBag();
    const rows = await this.client.rows(
      `SELECT event_id, process_key, timed, time_ms, evt_category, evt_name, ` +
        `attr_values[indexOf(attr_paths, 'date')] AS date FROM events ` +
        `WHERE ${where(bag)} ORDER BY ${INGEST_ORDER} LIMIT ${MAX_LANE_EVENTS}`,
      bag.params(),
    );
    return {
      ids: rows.map((r) => String(r['event_id'])),
      processKeys: rows.map((r) => String(r['process_key'] ?? '')),
      timeMs: Float64Array.from(rows, exactTime),
      fields: {
        '@evt.category': rows.map((r) => String(r['evt_category'] ?? '')),
        '@evt.name': rows.map((r) => String(r['evt_name'] ?? '')),
      },
    };
  }

  private async count(where: Condition): Promise<number> {
    const bag = new ParamBag();
    const [row] = await this.client.rows(
      `SELECT count() AS n FROM events WHERE ${where(bag)}`,
      bag.params(),
    );
    return Number(row?.['n'] ?? 0);
  }

  /**
   * The tab's forest over the processes of the events in `where` and their ancestors, fed the
   * events the tab learnt them from, in its order (ingest order): for each of them, the first
   * event whose lineage names it, and for every image of their tasks (the exec chains the
   * lineage does not name), its first own event and the first that gives its exit time. Node ids, which order roots and siblings that
   * start together, and what each node knows, are then the tab's.
   */
  private async forest(where: Condition): Promise<ProcessForest> {
    const bag = new ParamBag();
    const first = `argMin(event_id, ${INGEST_ORDER})`;
    const exit = `argMinIf(event_id, ${INGEST_ORDER}, has(attr_paths, 'process.exit_time'))`;
    const rows = await this.client.rows(
      `SELECT body, env_host AS h FROM events WHERE event_id IN (` +
        `SELECT ${first} FROM events ARRAY JOIN lineage AS k WHERE k IN ` +
        `(SELECT arrayJoin(lineage) FROM events WHERE ${where(bag)}) GROUP BY k ` +
        `UNION ALL SELECT arrayJoin([${first}, ${exit}]) FROM events WHERE ${task('process_key')} ` +
        `IN (SELECT ${task('arrayJoin(lineage)')} FROM events WHERE ${where(bag)}) ` +
        `GROUP BY process_key` +
        `) ORDER BY ${INGEST_ORDER} LIMIT ${3 * MAX_LANES}`,
      bag.params(),
    );
    const forest = new ProcessForest();
    rows.forEach((row, i) => {
      const body = JSON.parse(String(row['body'] ?? '{}')) as Record<string, unknown>;
      forest.addEvent(i, body, eventHost(body, String(row['h'] ?? '')));
    });
    return forest;
  }
}
