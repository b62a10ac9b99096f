/**
 * The query that narrows the table to the events of one compared value: ordinary query text in
 * the search syntax (`@field:value` terms, values quoted or escaped as needed, masked parts as
 * `*` wildcards), which the analyst can read and edit.
 */
import { termText } from '../query/compose';
import { formatMatch } from '../query/format';
import { hasMask, shapeGlob, type Piece } from './pieces';

export const EVT = '@evt.name';
export const EXECUTABLE = '@process.executable.path';
export const PARENT_EXECUTABLE = '@process.parent.executable.path';
export const ARGS = '@process.args';
export const USER = '@process.user';
export const CONTAINER = '@container.id';
export const RULE = '@agent.rule_id';
export const DNS = '@dns.question.name';
export const FILE_PATH = '@file.path';
export const FILE_FLAGS = '@file.flags';
/** The envelope tag naming a container's image. */
export const IMAGE_TAG = 'image_name';

/** Event types that change a file whatever their flags (Linux, and Windows' own names). */
export const FILE_CHANGE_TYPES: readonly string[] = [
  'chmod',
  'chown',
  'link',
  'mkdir',
  'rmdir',
  'rename',
  'unlink',
  'utimes',
  'setxattr',
  'removexattr',
  'create',
  'write',
  'delete',
];
/** Open flags that write, create or truncate: such an `open` changes its file. */
export const WRITE_FLAGS: readonly string[] = ['O_WRONLY', 'O_RDWR', 'O_CREAT', 'O_TRUNC'];

const FILE_CHANGE_QUERY =
  `(${EVT}:(${FILE_CHANGE_TYPES.join(' OR ')}) OR ` +
  `(${EVT}:open ${FILE_FLAGS}:(${WRITE_FLAGS.join(' OR ')})))`;

/** `field:value`, or `field:pattern` with `*` for the masked parts. */
export function shapeTerm(field: string, pieces: readonly Piece[]): string {
  if (!hasMask(pieces))
    return termText(field, pieces.map((p) => ('literal' in p ? p.literal : '')).join(''));
  return `${field}:${formatMatch({ kind: 'wildcard', pattern: shapeGlob(pieces) })}`;
}

export function execEdgeQuery(parent: string, child: string): string {
  return `${EVT}:exec ${termText(PARENT_EXECUTABLE, parent)} ${termText(EXECUTABLE, child)}`;
}

/** Exec events of the executable whose arguments include each argument's shape. */
export function commandQuery(
  executable: readonly Piece[],
  args: readonly (readonly Piece[])[],
): string {
  const terms = [`${EVT}:exec`, shapeTerm(EXECUTABLE, executable)];
  for (const arg of args) {
    if (arg.length === 0) continue;
    const term = shapeTerm(ARGS, arg);
    if (!terms.includes(term)) terms.push(term);
  }
  return terms.join(' ');
}

export function fileChangeQuery(path: readonly Piece[]): string {
  return `${shapeTerm(FILE_PATH, path)} ${FILE_CHANGE_QUERY}`;
}

/**
 * Ports from here up are the ones the kernel hands out for a connection's own end (Linux's
 * ephemeral range starts at 32768): a different one on every connection, so they compare as one.
 */
export const EPHEMERAL_PORT = 32768;
export const EPHEMERAL_TEXT = '<ephemeral>';

/** `ip` and `port` fields of an address (`port` left out when the address has none). */
export function addressQuery(ipField: string, portField: string, ip: string, port: string): string {
  const ipTerm = termText(ipField, ip);
  if (port === '') return ipTerm;
  const portTerm =
    port === EPHEMERAL_TEXT ? `${portField}:>=${EPHEMERAL_PORT}` : termText(portField, port);
  return `${ipTerm} ${portTerm}`;
}
