/**
 * The process lanes' part of a view fragment: `lanes` (the full-width lanes in place of the
 * table: `view` for the view's processes, `process:<identity key>` for one process's family),
 * `lanes-from` and `lanes-to` (the zoom window, ISO 8601, whole milliseconds) and `lanes-pin`
 * (the pinned lanes' process identity keys, separated by `,`; a comma inside a key is `%2C`).
 * Each is written only when set.
 */
import { decodePart, encodePart, paramText, quoteForNotice } from './fragment-text';
import { readRange, writeRange } from './range-param';
import type { FullWidthScope } from '../protocol/messages';
import type { LanesLink } from './view-link';

export const LANES_KEYS = ['lanes', 'lanes-from', 'lanes-to', 'lanes-pin'] as const;
export type LanesKey = (typeof LANES_KEYS)[number];

/** `[key, value]` pairs of canonical lanes state. */
export function encodeLanes(lanes: LanesLink): Array<[LanesKey, string]> {
  const out: Array<[LanesKey, string]> = [];
  if (lanes.fullWidth !== undefined) out.push(['lanes', writeFullWidth(lanes.fullWidth)]);
  if (lanes.window !== undefined) {
    const [from, to] = writeRange(lanes.window);
    out.push(['lanes-from', from], ['lanes-to', to]);
  }
  if (lanes.pinned !== undefined && lanes.pinned.length > 0) {
    out.push(['lanes-pin', lanes.pinned.map((key) => encodePart(key, ',')).join(',')]);
  }
  return out;
}

const PROCESS_PREFIX = 'process:';

function writeFullWidth(scope: FullWidthScope): string {
  return scope.kind === 'view' ? 'view' : `${PROCESS_PREFIX}${encodePart(scope.processKey)}`;
}

function readFullWidth(
  text: string | undefined,
  notice: (message: string) => void,
): FullWidthScope | undefined {
  if (text === undefined) return undefined;
  if (text === 'view') return { kind: 'view' };
  const processKey = text.startsWith(PROCESS_PREFIX) ? text.slice(PROCESS_PREFIX.length) : '';
  if (processKey !== '') return { kind: 'process', processKey };
  notice(`lanes: ${quoteForNotice(text)} is not view or process:<key> — ignored`);
  return undefined;
}

/** The lanes state the parameters describe; undefined when they give none. */
export function decodeLanes(
  raws: ReadonlyMap<LanesKey, string>,
  notice: (message: string) => void,
): LanesLink | undefined {
  const text = (key: LanesKey) => paramText(raws, key, notice);
  const window = readRange(text('lanes-from'), text('lanes-to'), notice, [
    'lanes-from',
    'lanes-to',
  ]);
  const fullWidth = readFullWidth(text('lanes'), notice);
  const pinned: string[] = [];
  (raws.get('lanes-pin')?.split(',') ?? []).forEach((item, i) => {
    const key = decodePart(item);
    if (key === undefined || key === '') notice(`lanes-pin: item ${i + 1} is not a key — dropped`);
    else if (!pinned.includes(key)) pinned.push(key);
  });
  if (window === undefined && pinned.length === 0 && fullWidth === undefined) return undefined;
  return {
    ...(window === undefined ? {} : { window }),
    ...(pinned.length > 0 ? { pinned } : {}),
    ...(fullWidth === undefined ? {} : { fullWidth }),
  };
}
