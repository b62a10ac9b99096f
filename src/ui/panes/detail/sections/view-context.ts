/**
 * What every typed field needs from the view around it without threading props through each
 * section: the event's findings by field path (shown beside the fields they concern) and
 * whether collapsed parts (lineage details, long lists) start open ("Expand all"), and the
 * host the event's processes run on (for their identity keys).
 */
import { createContext, useContext } from 'react';
import type { Finding } from '../../../../protocol/messages';

const NO_FINDINGS: ReadonlyMap<string, readonly Finding[]> = new Map();

export const FindingsContext = createContext<ReadonlyMap<string, readonly Finding[]>>(NO_FINDINGS);

export const ExpandAllContext = createContext(false);

export function useFindings(path: string): readonly Finding[] {
  return useContext(FindingsContext).get(path) ?? [];
}

export function useExpandAll(): boolean {
  return useContext(ExpandAllContext);
}

/** The event's host as process identity uses it: envelope host, else the body's `hostname`. */
export const EventHostContext = createContext('');

export function useEventHost(): string {
  return useContext(EventHostContext);
}
