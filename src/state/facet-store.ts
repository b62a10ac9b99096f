/**
 * Layout of the facets panel: whether it is open, which fields the analyst added to the
 * default facets, which facets are expanded, how many values each shows, in which order
 * (most frequent or rarest first) and what its search box holds. Only descriptors: the value
 * counts come from the engine, per view. Like the rest of the panel's layout, none of it is
 * in a link: a link carries what the table shows, and the panel is arranged by its reader.
 */
import { create } from 'zustand';
import type { FacetOrder } from '../protocol/messages';
import { DEFAULT_FACETS } from '../query/indexed-fields';

/** Values a facet shows at first, and how many more each "show more" adds. */
export const FACET_LIMIT = 8;
export const FACET_LIMIT_STEP = 25;
export const FACET_LIMIT_MAX = 500;

/** Facets expanded when the page opens: the small, most telling ones. */
const INITIALLY_EXPANDED = [
  '@evt.name',
  '@evt.category',
  '@evt.outcome',
  '@validity',
  '@schema',
  'host',
];

interface FacetState {
  readonly isOpen: boolean;
  /** Fields added by the analyst (query syntax), after the defaults, in the order added. */
  readonly added: readonly string[];
  readonly expanded: ReadonlySet<string>;
  readonly limits: ReadonlyMap<string, number>;
  /** Facets listed rarest first (`rare`); the others list their most frequent values. */
  readonly orders: ReadonlyMap<string, FacetOrder>;
  /** Text of each facet's value search box (high-cardinality facets). */
  readonly searches: ReadonlyMap<string, string>;
}

/** On a narrow window the panel would take the table's room: it starts closed there. */
function startsOpen(): boolean {
  if (typeof window === 'undefined') return true;
  return window.matchMedia?.('(min-width: 900px)').matches ?? true;
}

export const useFacetStore = create<FacetState>(() => ({
  isOpen: startsOpen(),
  added: [],
  expanded: new Set(INITIALLY_EXPANDED),
  limits: new Map(),
  orders: new Map(),
  searches: new Map(),
}));

export function setFacetsOpen(isOpen: boolean): void {
  useFacetStore.setState({ isOpen });
}

export function toggleFacet(field: string): void {
  useFacetStore.setState((s) => {
    const expanded = new Set(s.expanded);
    if (!expanded.delete(field)) expanded.add(field);
    return { expanded };
  });
}

/** Adds `field` as a facet (expanded), unless it is one already. */
export function addFacet(field: string): void {
  useFacetStore.setState((s) => ({
    added:
      s.added.includes(field) || DEFAULT_FACETS.some((f) => f.field === field)
        ? s.added
        : [...s.added, field],
    expanded: new Set(s.expanded).add(field),
  }));
}

export function removeFacet(field: string): void {
  useFacetStore.setState((s) => ({ added: s.added.filter((f) => f !== field) }));
}

export function showMoreValues(field: string): void {
  useFacetStore.setState((s) => {
    const limit = Math.min(
      FACET_LIMIT_MAX,
      (s.limits.get(field) ?? FACET_LIMIT) + FACET_LIMIT_STEP,
    );
    return { limits: new Map(s.limits).set(field, limit) };
  });
}

export function setFacetOrder(field: string, order: FacetOrder): void {
  useFacetStore.setState((s) => {
    const orders = new Map(s.orders);
    if (order === 'top') orders.delete(field);
    else orders.set(field, order);
    return { orders };
  });
}

export function setFacetSearch(field: string, text: string): void {
  useFacetStore.setState((s) => ({ searches: new Map(s.searches).set(field, text) }));
}

/** Every facet in panel order: the defaults, then the added ones. */
export interface FacetSpec {
  readonly field: string;
  readonly label: string;
  readonly isAdded: boolean;
}

/**
 * The default facets (those of newer event types only when the data set has the field, as
 * `fieldsWithValues` says) and the added ones.
 */
export function facetList(
  added: readonly string[],
  fieldsWithValues: ReadonlySet<string>,
): FacetSpec[] {
  return [
    ...DEFAULT_FACETS.filter((f) => f.whenPresent !== true || fieldsWithValues.has(f.field)).map(
      (f) => ({ field: f.field, label: f.label, isAdded: false }),
    ),
    ...added.map((field) => ({ field, label: field, isAdded: true })),
  ];
}
