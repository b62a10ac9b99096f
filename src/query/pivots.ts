/**
 * The queries behind the pivot buttons of the detail pane and the process tree: events of a
 * process, of it and everything it started, of a container, of a network peer. One place, so
 * a pivot always reads back as a query the analyst can edit.
 */
import { termText } from './compose';

export const processEventsQuery = (key: string) => termText('@process.key', key);

export const processSubtreeQuery = (key: string) => termText('@process.subtree', key);

export const containerQuery = (id: string) => termText('@container.id', id);

/** Events that name `value` at the body path `path` (`network.destination.ip`). */
export const sameValueQuery = (path: string, value: string) => termText(`@${path}`, value);
