/**
 * The current view of the data set in the worker: the spec in force (query, time range,
 * sort, extra fields), its compiled plan, and the matching events in view order. Rows,
 * facets and the histogram are all read from here.
 *
 * Re-applying the same spec after the data set grew (while loading) recompiles nothing:
 * the plan's code tables only decide the values that are new.
 */
import { CATEGORY, SCHEMA_IDS, type EventIndex } from '../index/event-index';
import type { FieldColumns } from '../index/field-columns';
import type { ProcessForest } from '../index/process-forest';
import { valuesOf, type ValueColumn } from '../index/value-column';
import type { QueryNode } from '../query/ast';
import { fieldRefFromName } from '../query/field-ref';
import type {
  FacetRequest,
  FacetResult,
  Histogram,
  HistogramRequest,
  TimeRange,
  ViewSpec,
} from '../protocol/messages';
import { DEFAULT_SORT, VALIDITY_CLASSES } from '../protocol/messages';
import { columnName, compilePlan, matchBitmap, type Plan, type PlanData } from './compile-plan';
import { countCodes, facetResult, valueText } from './facets';
import { buildHistogram } from './histogram';
import { sortedOrder } from './sort-order';

export interface SearchData {
  readonly index: EventIndex;
  readonly fields: FieldColumns;
  readonly forest: ProcessForest;
  eventId(key: number): string;
  /** True while events are still being added (the order is then ingest order). */
  isLoading(): boolean;
}

/**
 * A restriction of the view beyond its query and time range (a SECL rule, a set of event
 * ids): `matches(count)` marks with 1 the keys `[0, count)` it keeps. Called on every refresh,
 * so the data set may have grown since the last call.
 */
export interface KeyFilter {
  matches(count: number): Uint8Array;
}

export const EMPTY_VIEW_SPEC: ViewSpec = {
  query: '',
  range: undefined,
  sort: DEFAULT_SORT,
  fields: [],
};

interface CachedOrder {
  readonly count: number;
  readonly order: Uint32Array;
}

/** View ids are unique across data sets, so a new data set's first view never looks old. */
let lastViewId = 0;

export class SearchView {
  spec: ViewSpec = EMPTY_VIEW_SPEC;
  /** Matching keys in view order. */
  keys: Uint32Array = new Uint32Array(0);
  viewId = ++lastViewId;
  /** Fields the spec in force needed from the raw events when it was first applied. */
  slowFields: readonly string[] = [];
  slowMs = 0;
  private ast: QueryNode = { kind: 'all' };
  private filters: readonly KeyFilter[] = [];
  private plan: Plan | undefined;
  private timeOrder: CachedOrder | undefined;
  private readonly orders = new Map<string, CachedOrder>();

  constructor(private readonly data: SearchData) {}

  /**
   * Puts `spec` (whose query parsed to `ast`) in force and computes its rows. `slowFields`
   * (read from the raw events for it) are remembered while the same query, rule and fields
   * stay.
   */
  apply(
    spec: ViewSpec,
    ast: QueryNode,
    slow: { fields: readonly string[]; ms: number },
    filters: readonly KeyFilter[] = [],
  ): void {
    this.filters = filters;
    // The slow-path note belongs to the view that needed the read: a new query, rule or set
    // of fields drops it.
    const isSameView =
      spec.query === this.spec.query &&
      spec.rule === this.spec.rule &&
      spec.fields.join('\n') === this.spec.fields.join('\n');
    if (slow.fields.length > 0 || !isSameView) {
      this.slowFields = slow.fields;
      this.slowMs = slow.ms;
    }
    if (spec.query !== this.spec.query || this.plan === undefined) {
      this.ast = ast;
      this.plan = compilePlan(ast, this.planData());
    }
    this.spec = spec;
    this.refresh();
  }

  /** Recomputes the rows of the spec in force (the data set may have grown). */
  refresh(): void {
    const { index } = this.data;
    const count = index.count;
    this.plan ??= compilePlan(this.ast, this.planData());
    const bitmap = this.ast.kind === 'all' ? undefined : matchBitmap(this.plan, count);
    const range = this.spec.range;
    const restrictions = this.filters.map((f) => f.matches(count));
    const order = this.order();
    const keys = new Uint32Array(order.length);
    const times = index.timeMs;
    let n = 0;
    for (let i = 0; i < order.length; i++) {
      const key = order[i] as number;
      if (bitmap !== undefined && bitmap[key] === 0) continue;
      if (restrictions.length > 0 && restrictions.some((r) => r[key] !== 1)) continue;
      if (range !== undefined) {
        const t = times[key] as number;
        if (!(t >= range.fromMs && t < range.toMs)) continue;
      }
      keys[n++] = key;
    }
    this.keys = n === keys.length ? keys : keys.slice(0, n);
    this.viewId = ++lastViewId;
  }

  private planData(): PlanData {
    return {
      fields: this.data.fields,
      validity: () => this.data.index.validity,
      schema: () => this.data.index.schema,
      eventId: (key) => this.data.eventId(key),
      forest: this.data.forest,
    };
  }

  /** Every event in view order (before filtering). */
  private order(): Uint32Array {
    const { index, fields } = this.data;
    const count = index.count;
    const sort = this.spec.sort;
    const cacheKey = `${sort.column}\u0000${sort.descending ? 1 : 0}`;
    const cached = this.orders.get(cacheKey);
    if (cached !== undefined && cached.count === count) return cached.order;
    const order = sortedOrder(sort, index, fields, this.allByTime()) ?? this.allByTime();
    this.orders.set(cacheKey, { count, order });
    return order;
  }

  /** All keys by time; ingest order while loading (sorting a growing set on every refresh would not pay). */
  private allByTime(): Uint32Array {
    const { index } = this.data;
    const count = index.count;
    if (this.timeOrder?.count === count) return this.timeOrder.order;
    const order = this.data.isLoading()
      ? Uint32Array.from({ length: count }, (_, i) => i)
      : index.timeOrder();
    this.timeOrder = { count, order };
    return order;
  }

  facets(requests: readonly FacetRequest[]): FacetResult[] {
    return requests.map((request) => this.facet(request));
  }

  private facet(request: FacetRequest): FacetResult {
    const { index, fields } = this.data;
    // Over every event when asked (suggestions while the view matches nothing).
    const keys = request.everyEvent === true ? this.allByTime() : this.keys;
    const base = {
      field: request.field,
      limit: request.limit,
      search: request.search,
      order: request.order ?? 'top',
    };
    if (request.field === '@schema') {
      return facetResult({
        ...base,
        counts: countCodes(keys, index.schema, SCHEMA_IDS.length),
        values: SCHEMA_IDS,
        absentCode: -1,
      });
    }
    if (request.field === '@validity') {
      return facetResult({
        ...base,
        counts: countCodes(keys, index.validity, VALIDITY_CLASSES.length),
        values: VALIDITY_CLASSES,
        absentCode: -1,
      });
    }
    const ref = fieldRefFromName(request.field);
    const name = ref === undefined ? undefined : columnName(ref);
    const column = name === undefined ? undefined : fields.get(name);
    if (column === undefined || ref === undefined) {
      return { field: request.field, values: [], distinct: 0, missing: keys.length };
    }
    const counts = countCodes(keys, column.codes, column.size);
    if (name === 'tags' && ref.scope === 'envelope' && ref.path.startsWith('tags.')) {
      // `key` facets over tags: the values of `key:value` tags.
      const prefix = `${ref.path.slice('tags.'.length)}:`;
      const values = column.values.map((v) =>
        valuesOf(v)
          .filter((t): t is string => typeof t === 'string' && t.startsWith(prefix))
          .map((t) => t.slice(prefix.length)),
      );
      return facetResult({ ...base, counts, values, absentCode: 0 });
    }
    return facetResult({ ...base, counts, values: column.values, absentCode: 0 });
  }

  histogram(request: HistogramRequest): Histogram {
    const { index } = this.data;
    const range = request.range ?? this.extent();
    const category = index.fields.get(CATEGORY) as ValueColumn;
    return buildHistogram({
      keys: this.keys,
      timeMs: index.timeMs,
      categoryCodes: category.codes,
      categoryNames: category.values.map((v) => (v === undefined ? '' : String(v))),
      range,
      bins: request.bins,
    });
  }

  /** The span of all events' times (one millisecond past the last, so it is in range). */
  private extent(): TimeRange {
    const { index } = this.data;
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    const times = index.timeMs;
    for (let i = 0; i < index.count; i++) {
      const t = times[i] as number;
      if (t < min) min = t;
      if (t > max) max = t;
    }
    if (min > max) return { fromMs: 0, toMs: 1 };
    return { fromMs: min, toMs: max + 1 };
  }

  /** Display text of an extra field for row `key`. */
  fieldText(field: string, key: number): string {
    const ref = fieldRefFromName(field);
    const name = ref === undefined ? undefined : columnName(ref);
    const column = name === undefined ? undefined : this.data.fields.get(name);
    if (column === undefined) return '';
    return valuesOf(column.value(key))
      .map((v) => valueText(v) ?? 'null')
      .join(' ');
  }
}
