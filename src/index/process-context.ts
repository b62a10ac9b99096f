/**
 * What the process forest reads of an event, as text a parsing thread can send: the event's
 * host and its `process` entry with its `parent` and `ancestors`, each cut to the fields the
 * forest's nodes keep (identity, parent pid, user, names, container, the first arguments,
 * exit time). Events of one process mostly share one text, so a shard sends each distinct
 * text once and a code per event, and the forest is built from the parsed texts in file order
 * exactly as it would be from the events themselves.
 */
import { MAX_ARG_CHARS, MAX_ARGS_KEPT } from './process-nodes';

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` with only the listed fields of the record `{ [field]: … }` it is, else undefined. */
function pick(value: unknown, field: string): Json | undefined {
  return isRecord(value) ? { [field]: value[field] } : undefined;
}

/** The first arguments, each long enough to tell whether it was cut. */
function keptArgs(args: unknown): unknown {
  if (!Array.isArray(args)) return undefined;
  return args
    .slice(0, MAX_ARGS_KEPT + 1)
    .map((arg) =>
      typeof arg === 'string' && arg.length > MAX_ARG_CHARS + 1
        ? arg.slice(0, MAX_ARG_CHARS + 1)
        : arg,
    );
}

/** A process entry cut to what `ProcessNodes.add` and `complete` read; non-records are null. */
function entryOf(entry: unknown): Json | null {
  if (!isRecord(entry)) return null;
  return {
    pid: entry['pid'],
    ppid: entry['ppid'],
    uid: entry['uid'],
    fork_time: entry['fork_time'],
    exec_time: entry['exec_time'],
    exit_time: entry['exit_time'],
    comm: entry['comm'],
    user: entry['user'],
    executable: pick(entry['executable'], 'path'),
    credentials: pick(entry['credentials'], 'user'),
    container: pick(entry['container'], 'id'),
    args: keptArgs(entry['args']),
    args_truncated: entry['args_truncated'],
  };
}

/** The event's process context as text; `''` when the event names no process. */
export function processContextText(body: Json, host: string): string {
  const process = body['process'];
  if (!isRecord(process)) return '';
  const context = entryOf(process) as Json;
  if (isRecord(process['parent'])) context['parent'] = entryOf(process['parent']);
  const ancestors = process['ancestors'];
  if (Array.isArray(ancestors)) context['ancestors'] = ancestors.map(entryOf);
  return JSON.stringify([host, context]);
}

/** A body holding just the process context, and the host, from `processContextText`. */
export function parseProcessContext(text: string): { body: Json; host: string } {
  if (text === '') return { body: {}, host: '' };
  const [host, process] = JSON.parse(text) as [string, Json];
  return { body: { process }, host };
}
